package org.spreadcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Discord's gateway: a plain websocket on 127.0.0.1 that says HELLO, acknowledges heartbeats,
 * answers IDENTIFY with READY and the server, answers RESUME with RESUMED, and sends the events the
 * test asks for. Every frame the bot sends is recorded for the test to await.
 */
public final class FakeGateway extends Dispatcher {
  /** Long enough that heartbeats never matter within a test; short ones work too. */
  private static final int HEARTBEAT_MS = 41_250;

  private final String sessionId = "session-" + UUID.randomUUID();
  private final BlockingQueue<GatewayFrame> pending = new LinkedBlockingQueue<>();
  private final List<GatewayFrame> all = new ArrayList<>();
  private volatile String url;
  private WebSocket current;
  private int sequence;

  /** Dispatches sent while the bot was away: replayed when it resumes, as Discord does. */
  private final List<ObjectNode> missed = new ArrayList<>();

  void url(String url) {
    this.url = url;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    return new MockResponse().withWebSocketUpgrade(new Connection());
  }

  /** One websocket connection; after a resume there is a second one. */
  private final class Connection extends WebSocketListener {
    @Override
    public void onOpen(WebSocket socket, Response response) {
      synchronized (FakeGateway.this) {
        current = socket;
      }
      socket.send(
          Payloads.object()
              .put("op", 10)
              .set("d", Payloads.object().put("heartbeat_interval", HEARTBEAT_MS))
              .toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      JsonNode frame;
      try {
        frame = Payloads.JSON.readTree(text);
      } catch (IOException e) {
        frame = Payloads.object().put("op", -1).put("unparsed", text);
      }
      switch (frame.path("op").asInt()) {
        case 1 -> socket.send("{\"op\":11}");
        case 2 -> {
          synchronized (FakeGateway.this) {
            missed.clear(); // a new session starts from now
          }
          dispatch("READY", Payloads.ready(sessionId, url));
          dispatch("GUILD_CREATE", Payloads.guildCreate());
        }
        case 6 -> {
          synchronized (FakeGateway.this) {
            // The missed events, in order, then RESUMED.
            missed.forEach(e -> socket.send(e.put("s", ++sequence).toString()));
            missed.clear();
          }
          dispatch("RESUMED", Payloads.object());
        }
        default -> {}
      }
      // Recorded after answering, so a test that saw IDENTIFY or RESUME sends its events after
      // READY or RESUMED, as Discord would.
      record(new GatewayFrame(frame.path("op").asInt(), frame.path("d"), 0));
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
      record(new GatewayFrame(GatewayFrame.CLOSE, Payloads.object().put("reason", reason), code));
      // Echo the close frame, or the bot's disconnect() waits for it in vain.
      socket.close(code, null);
    }
  }

  private void record(GatewayFrame frame) {
    synchronized (all) {
      all.add(frame);
    }
    pending.add(frame);
  }

  /**
   * Sends a dispatch (op 0) on the current connection, with the next sequence number; while the bot
   * is away, keeps it for when it resumes.
   */
  public synchronized void dispatch(String type, JsonNode data) {
    ObjectNode event = Payloads.object().put("op", 0).put("t", type);
    event.set("d", data);
    if (current == null) {
      missed.add(event);
      return;
    }
    current.send(event.put("s", ++sequence).toString());
  }

  /** Closes the connection from Discord's side with {@code code}, as Discord does at times. */
  public synchronized void drop(int code) {
    current.close(code, "fake Discord dropped the connection");
    current = null;
  }

  /** The connection was cut from outside (see {@link FakeDiscord#severGateway()}). */
  synchronized void severed() {
    current = null;
  }

  public synchronized int lastSequence() {
    return sequence;
  }

  public String sessionId() {
    return sessionId;
  }

  /**
   * The next frame from the bot that matches, waiting at most {@code timeout}; frames before it
   * that do not match are passed over (they stay in {@link #all()}).
   */
  public GatewayFrame await(String what, Predicate<GatewayFrame> matching, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Integer> passed = new ArrayList<>();
    while (true) {
      GatewayFrame frame = pending.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (frame == null) {
        throw new AssertionError(
            "no "
                + what
                + " from the bot within "
                + timeout.toSeconds()
                + " s; opcodes meanwhile: "
                + passed);
      }
      if (matching.test(frame)) {
        return frame;
      }
      passed.add(frame.op());
    }
  }

  /** Every frame the bot sent, in order. */
  public List<GatewayFrame> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  /**
   * A frame the bot sent.
   *
   * @param op the gateway opcode, or {@link #CLOSE} for a close frame
   * @param data the {@code d} field
   * @param closeCode the close code of a close frame, else 0
   */
  public record GatewayFrame(int op, JsonNode data, int closeCode) {
    public static final int CLOSE = -2;

    /** Never prints {@code d}: IDENTIFY and RESUME carry the bot token. */
    @Override
    public String toString() {
      return op == CLOSE ? "close " + closeCode : "op " + op;
    }
  }
}
