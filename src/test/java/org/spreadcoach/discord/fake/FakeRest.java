package org.spreadcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Discord's REST API as the bot sees it through its proxy: answers the endpoints the bot uses,
 * records every request for the test to await, and can answer one request with a 429.
 */
public final class FakeRest extends Dispatcher {
  private static final String PREFIX = "/api/v10";
  private static final Pattern THREAD = Pattern.compile("/channels/(\\d+)/messages/\\d+/threads");
  private static final Pattern MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
  private static final Pattern ORIGINAL =
      Pattern.compile("/webhooks/\\d+/([^/]+)/messages/@original");
  private static final Pattern COMMANDS =
      Pattern.compile("/applications/\\d+/guilds/(\\d+)/commands");
  private static final Pattern FOLLOWUP = Pattern.compile("/webhooks/\\d+/([^/]+)");
  private static final Pattern MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)");

  private final String gatewayUrl;
  private final AtomicLong ids;
  private final BlockingQueue<RestCall> pending = new LinkedBlockingQueue<>();
  private final List<RestCall> all = new ArrayList<>();
  private final List<String> tunnels = new ArrayList<>();

  /** Channel of each interaction token, so answers to an interaction land in its channel. */
  private final Map<String, String> interactionChannels = new ConcurrentHashMap<>();

  private final Set<String> threads = ConcurrentHashMap.newKeySet();
  private final AtomicReference<RateLimit> rateLimit = new AtomicReference<>();

  /** Every message the bot posted (or the test planted), by id, as a GET would return it. */
  private final Map<String, JsonNode> messages = new ConcurrentHashMap<>();

  /** Whether every authenticated request is answered 401, as Discord answers a bad token. */
  private final boolean refuseTokens;

  private record RateLimit(String method, String path, double retryAfterSeconds) {}

  FakeRest(String gatewayUrl, AtomicLong ids, boolean refuseTokens) {
    this.gatewayUrl = gatewayUrl;
    this.ids = ids;
    this.refuseTokens = refuseTokens;
  }

  /** Every connection starts with a CONNECT; after answering it, switch the socket to TLS. */
  @Override
  public MockResponse peek() {
    return new MockResponse().setSocketPolicy(SocketPolicy.UPGRADE_TO_SSL_AT_END);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    long received = System.nanoTime();
    if ("CONNECT".equals(request.getMethod())) {
      synchronized (tunnels) {
        // The request line is "CONNECT host:port HTTP/1.1".
        tunnels.add(request.getRequestLine().split(" ", -1)[1]);
      }
      return new MockResponse();
    }
    String path = request.getPath() == null ? "" : request.getPath();
    path = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    JsonNode body = parse(request);
    Answer answer =
        refuseTokens && request.getHeader("Authorization") != null
            ? json(401, Payloads.object().put("message", "401: Unauthorized").put("code", 0))
            : answer(request.getMethod(), path, body);
    RestCall call =
        new RestCall(
            request.getMethod(),
            path,
            body,
            request.getHeader("Authorization"),
            answer.status(),
            answer.json(),
            received);
    synchronized (all) {
      all.add(call);
    }
    pending.add(call);
    return answer.response();
  }

  /** A response and what it says, for the record. */
  private record Answer(int status, JsonNode json, MockResponse response) {}

  private Answer answer(String method, String path, JsonNode body) {
    RateLimit limit = rateLimit.get();
    if (limit != null
        && limit.method().equals(method)
        && limit.path().equals(path)
        && rateLimit.compareAndSet(limit, null)) {
      // Without a Via header Javacord takes a 429 for a Cloudflare ban (see FAKE-DISCORD.md).
      Answer limited =
          json(
              429,
              Payloads.object()
                  .put("message", "You are being rate limited.")
                  .put("retry_after", limit.retryAfterSeconds())
                  .put("global", false));
      limited.response().addHeader("Via", "1.1 google").addHeader("X-RateLimit-Scope", "user");
      return limited;
    }
    if (method.equals("GET") && path.equals("/gateway")) {
      return json(200, Payloads.object().put("url", gatewayUrl));
    }
    if (method.equals("GET") && path.equals("/oauth2/applications/@me")) {
      return json(200, Payloads.application());
    }
    if (method.equals("GET") && path.equals("/users/@me")) {
      return json(200, Payloads.user(FakeGuild.SELF));
    }
    Matcher message = MESSAGE.matcher(path);
    if (method.equals("GET") && message.matches()) {
      JsonNode known = messages.get(message.group(2));
      return known != null && known.path("channel_id").asText().equals(message.group(1))
          ? json(200, known)
          : json(404, Payloads.object().put("message", "Unknown Message").put("code", 10008));
    }
    Matcher commands = COMMANDS.matcher(path);
    if (method.equals("PUT") && commands.matches()) {
      return json(200, Payloads.registered(body, commands.group(1), this::next));
    }
    Matcher thread = THREAD.matcher(path);
    if (method.equals("POST") && thread.matches()) {
      String id = next();
      threads.add(id);
      return json(201, Payloads.thread(id, thread.group(1), body.path("name").asText()));
    }
    Matcher messages = MESSAGES.matcher(path);
    if (method.equals("POST") && messages.matches()) {
      String channel = messages.group(1);
      boolean inGuild = FakeGuild.TEXT_CHANNELS.contains(channel) || threads.contains(channel);
      return posted(Payloads.sentMessage(next(), channel, inGuild ? FakeGuild.ID : null, body));
    }
    if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
      return new Answer(204, null, new MockResponse().setResponseCode(204));
    }
    Matcher original = ORIGINAL.matcher(path);
    Matcher followup = FOLLOWUP.matcher(path);
    Matcher webhook =
        method.equals("PATCH") && original.matches()
            ? original
            : method.equals("POST") && followup.matches() ? followup : null;
    if (webhook != null) {
      String channel = interactionChannels.getOrDefault(webhook.group(1), FakeGuild.GENERAL);
      return posted(Payloads.sentMessage(next(), channel, FakeGuild.ID, body));
    }
    return json(404, Payloads.object().put("message", "404: Not Found").put("code", 0));
  }

  private Answer posted(JsonNode message) {
    remember(message);
    return json(200, message);
  }

  /** Keeps {@code message} for {@code GET /channels/{c}/messages/{id}}. */
  void remember(JsonNode message) {
    messages.put(message.path("id").asText(), message);
  }

  private static Answer json(int status, JsonNode body) {
    return new Answer(
        status,
        body,
        new MockResponse()
            .setResponseCode(status)
            .addHeader("Content-Type", "application/json")
            .setBody(body.toString()));
  }

  private static JsonNode parse(RecordedRequest request) {
    String text = request.getBody().readUtf8();
    if (text.isBlank()) {
      return null;
    }
    try {
      return Payloads.JSON.readTree(text);
    } catch (IOException e) {
      return Payloads.object().put("unparsed", text);
    }
  }

  private String next() {
    return Long.toString(ids.incrementAndGet());
  }

  void interactionIn(String token, String channel) {
    interactionChannels.put(token, channel);
  }

  /** Answers the next {@code method path} with a 429 asking to retry after the given time. */
  public void rateLimitNext(String method, String path, double retryAfterSeconds) {
    rateLimit.set(new RateLimit(method, path, retryAfterSeconds));
  }

  /**
   * The next request that matches, waiting at most {@code timeout}; requests before it that do not
   * match are passed over (they stay in {@link #all()}).
   *
   * @throws AssertionError naming what was awaited and what came instead
   */
  public RestCall await(String what, Predicate<RestCall> matching, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<RestCall> passed = new ArrayList<>();
    while (true) {
      RestCall call = pending.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (call == null) {
        throw new AssertionError(
            "no " + what + " within " + timeout.toSeconds() + " s; requests meanwhile: " + passed);
      }
      if (matching.test(call)) {
        return call;
      }
      passed.add(call);
    }
  }

  /** Every request so far, in arrival order. */
  public List<RestCall> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  /** The {@code host:port} of every CONNECT the proxy was asked for. */
  public List<String> tunnels() {
    synchronized (tunnels) {
      return List.copyOf(tunnels);
    }
  }
}
