package org.spreadcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ServerSocketFactory;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.spreadcoach.discord.fake.FakeGuild.FakeUser;
import org.spreadcoach.discord.fake.Payloads.Option;

/**
 * A local Discord for end-to-end tests, on 127.0.0.1 only.
 *
 * <ul>
 *   <li>REST: an HTTP CONNECT proxy that terminates TLS for {@code discord.com} with a certificate
 *       from a test CA, so the bot reaches it through {@code HTTPS_PROXY} exactly as it reaches the
 *       real Discord (Javacord's REST URL is a constant), and checks the certificate against the
 *       JVM trust store it is given.
 *   <li>Gateway: a plain websocket whose URL the REST {@code GET /gateway} returns.
 * </ul>
 */
public final class FakeDiscord implements AutoCloseable {
  /** Password of the trust store {@link #writeTrustStore} writes; it guards nothing. */
  public static final String TRUST_STORE_PASSWORD = "fake-discord";

  private final HeldCertificate authority;
  private final MockWebServer restServer = new MockWebServer();
  private final MockWebServer gatewayServer = new MockWebServer();

  /** The gateway's open sockets, to cut them as a network failure would. */
  private final List<Socket> gatewaySockets = new CopyOnWriteArrayList<>();

  private final AtomicLong ids = new AtomicLong(820_000_000_000_000_000L);
  private final FakeGateway gateway = new FakeGateway();
  private final FakeRest rest;

  /** Everything people said through the fake: message text, poll questions, command options. */
  private final List<String> said = new CopyOnWriteArrayList<>();

  private FakeDiscord(boolean refuseTokens, boolean gatewayUnreachable) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    gatewayServer.setDispatcher(gateway);
    gatewayServer.setServerSocketFactory(trackingSockets());
    gatewayServer.start(loopback, 0);
    String gatewayUrl = "ws://127.0.0.1:" + gatewayServer.getPort();
    gateway.url(gatewayUrl);
    if (gatewayUnreachable) {
      // A port that was free a moment ago: connections to it are refused.
      try (ServerSocket free = new ServerSocket(0, 1, loopback)) {
        gatewayUrl = "ws://127.0.0.1:" + free.getLocalPort();
      }
    }

    authority =
        new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("Fake Discord test CA")
            .build();
    HeldCertificate discord =
        new HeldCertificate.Builder()
            .commonName("discord.com")
            .addSubjectAlternativeName("discord.com")
            .signedBy(authority)
            .build();
    HandshakeCertificates server =
        new HandshakeCertificates.Builder()
            .heldCertificate(discord, authority.certificate())
            .build();
    rest = new FakeRest(gatewayUrl, ids, refuseTokens);
    restServer.setDispatcher(rest);
    restServer.useHttps(server.sslSocketFactory(), true);
    // HTTP/1.1 keeps the recorded requests simple; Javacord's behaviour does not depend on it.
    restServer.setProtocols(List.of(Protocol.HTTP_1_1));
    restServer.start(loopback, 0);
  }

  public static FakeDiscord start() throws IOException {
    return new FakeDiscord(false, false);
  }

  /** A Discord that answers 401 to every request with a token, as it does for a wrong token. */
  public static FakeDiscord refusingEveryToken() throws IOException {
    return new FakeDiscord(true, false);
  }

  /** A Discord whose REST API answers but whose gateway URL leads nowhere. */
  public static FakeDiscord withUnreachableGateway() throws IOException {
    return new FakeDiscord(false, true);
  }

  /** The port of the CONNECT proxy, for {@code HTTPS_PROXY=http://127.0.0.1:PORT}. */
  public int proxyPort() {
    return restServer.getPort();
  }

  /** Writes a PKCS#12 trust store holding only the fake's CA, for {@code javax.net.ssl}. */
  public Path writeTrustStore(Path file) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("fake-discord-ca", authority.certificate());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, TRUST_STORE_PASSWORD.toCharArray());
    }
    return file;
  }

  /**
   * Cuts the gateway connection without a close frame, as a network failure does (an abnormal
   * closure, 1006 in the websocket protocol's terms, which no server can send): its sockets are
   * reset, and the gateway goes on listening for the bot to come back.
   */
  public void severGateway() throws IOException {
    gateway.severed();
    for (Socket socket : gatewaySockets) {
      socket.setSoLinger(true, 0); // a reset, not an orderly end of the stream
      socket.close();
    }
    gatewaySockets.clear();
  }

  /** Server sockets whose accepted sockets are kept in {@link #gatewaySockets}. */
  private ServerSocketFactory trackingSockets() {
    return new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
          @Override
          public Socket accept() throws IOException {
            Socket socket = super.accept();
            gatewaySockets.add(socket);
            return socket;
          }
        };
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        throw new UnsupportedOperationException("MockWebServer binds the socket itself");
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        throw new UnsupportedOperationException("MockWebServer binds the socket itself");
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
          throws IOException {
        throw new UnsupportedOperationException("MockWebServer binds the socket itself");
      }
    };
  }

  public FakeRest rest() {
    return rest;
  }

  public FakeGateway gateway() {
    return gateway;
  }

  /** {@code author} writes {@code content} in a server channel; returns the message id. */
  public String say(String channel, FakeUser author, String content) {
    return send(channel, FakeGuild.ID, author, content, List.of());
  }

  /** {@code author} writes {@code <@bot> content}, mentioning the bot; returns the message id. */
  public String mention(String channel, FakeUser author, String content) {
    return send(
        channel,
        FakeGuild.ID,
        author,
        "<@" + FakeGuild.BOT_ID + "> " + content,
        List.of(FakeGuild.SELF));
  }

  /** {@code author} sends the bot a direct message in DM channel {@code dm}. */
  public String direct(String dm, FakeUser author, String content) {
    return send(dm, null, author, content, List.of());
  }

  private String send(
      String channel, String guild, FakeUser author, String content, List<FakeUser> mentions) {
    String id = nextId();
    said.add(content.replaceFirst("^<@\\d+> ", ""));
    gateway.dispatch(
        "MESSAGE_CREATE", Payloads.message(id, channel, guild, author, content, mentions));
    return id;
  }

  /** Every text people said through the fake so far, to check that none reached a log. */
  public List<String> said() {
    return List.copyOf(said);
  }

  private String nextId() {
    return Long.toString(ids.incrementAndGet());
  }

  /**
   * {@code author} posts a Components V2 message whose Text Display holds {@code text}, then edits
   * it (MESSAGE_CREATE, then MESSAGE_UPDATE with the whole message); returns its id.
   */
  public String componentsV2(String channel, FakeUser author, String text) {
    String id = nextId();
    said.add(text);
    gateway.dispatch("MESSAGE_CREATE", Payloads.componentsV2(id, channel, author, text));
    gateway.dispatch(
        "MESSAGE_UPDATE",
        Payloads.componentsV2(id, channel, author, text + " (edited)")
            .put("edited_timestamp", Payloads.TIMESTAMP));
    return id;
  }

  /** {@code author} forwards a message that said {@code text}; returns the forward's id. */
  public String forward(String channel, FakeUser author, String text) {
    String id = nextId();
    said.add(text);
    gateway.dispatch("MESSAGE_CREATE", Payloads.forwarded(id, channel, author, text));
    return id;
  }

  /** {@code author} starts a poll; returns its id. */
  public String poll(String channel, FakeUser author, String question, String... answers) {
    String id = nextId();
    said.add(question);
    said.addAll(List.of(answers));
    gateway.dispatch(
        "MESSAGE_CREATE", Payloads.poll(id, channel, author, question, List.of(answers)));
    return id;
  }

  /** A message of message type {@code type}, which says {@code content}; returns its id. */
  public String ofType(int type, String channel, FakeUser author, String content) {
    String id = nextId();
    said.add(content);
    gateway.dispatch("MESSAGE_CREATE", Payloads.ofType(type, id, channel, author, content));
    return id;
  }

  /** A MESSAGE_UPDATE with only an embed, for a message the bot never saw. */
  public void partialUpdate(String channel, String text) {
    said.add(text);
    gateway.dispatch("MESSAGE_UPDATE", Payloads.partialUpdate(nextId(), channel, text));
  }

  /** Auto-moderation blocked {@code author}'s message that said {@code text}. */
  public void autoModeration(String channel, FakeUser author, String text) {
    said.add(text);
    gateway.dispatch(
        "AUTO_MODERATION_ACTION_EXECUTION", Payloads.autoModeration(channel, author, text));
  }

  /** {@code user} adds {@code emoji} to message {@code messageId}. */
  public void react(String channel, String messageId, FakeUser user, String emoji) {
    gateway.dispatch(
        "MESSAGE_REACTION_ADD", Payloads.reaction(channel, messageId, user, emoji, true));
  }

  /** {@code user} takes their {@code emoji} off message {@code messageId}. */
  public void unreact(String channel, String messageId, FakeUser user, String emoji) {
    gateway.dispatch(
        "MESSAGE_REACTION_REMOVE", Payloads.reaction(channel, messageId, user, emoji, false));
  }

  /**
   * A message by the bot in {@code channel} that this run of the bot never sent or saw (one from
   * before a restart, say): REST knows it, the bot's cache does not. Returns its id.
   */
  public String plantBotMessage(String channel, String content) {
    String id = nextId();
    rest.remember(Payloads.message(id, channel, FakeGuild.ID, FakeGuild.SELF, content, List.of()));
    return id;
  }

  /**
   * {@code caller} presses the button {@code customId} under {@code message} (the bot's message, as
   * Discord returned it when the bot posted it).
   */
  public Interaction click(String channel, FakeUser caller, JsonNode message, String customId) {
    String id = nextId();
    Interaction interaction = new Interaction(id, "interaction-token-" + id);
    rest.interactionIn(interaction.token(), channel);
    gateway.dispatch(
        "INTERACTION_CREATE",
        Payloads.buttonClick(id, interaction.token(), channel, caller, message, customId));
    return interaction;
  }

  /** An invoked slash command: the ids the bot's answers to it carry in their paths. */
  public record Interaction(String id, String token) {
    public String callbackPath() {
      return "/interactions/" + id + "/" + token + "/callback";
    }

    public String originalPath() {
      return "/webhooks/" + FakeGuild.BOT_ID + "/" + token + "/messages/@original";
    }
  }

  /**
   * {@code caller} runs {@code /command sub options...} in {@code channel}.
   *
   * @param options user options must name users of {@link FakeGuild}; they are sent resolved
   */
  public Interaction slash(
      String channel, FakeUser caller, String command, String sub, Option... options) {
    String id = nextId();
    Interaction interaction = new Interaction(id, "interaction-token-" + id);
    rest.interactionIn(interaction.token(), channel);
    for (Option o : options) {
      if (o.value() instanceof String text && o.type() == 3) {
        said.add(text);
      }
    }
    List<FakeUser> resolved =
        FakeGuild.MEMBERS.stream()
            .filter(
                m ->
                    List.of(options).stream()
                        .anyMatch(o -> o.type() == 6 && o.value().equals(m.id())))
            .toList();
    gateway.dispatch(
        "INTERACTION_CREATE",
        Payloads.slashCommand(
            id, interaction.token(), channel, caller, command, sub, List.of(options), resolved));
    return interaction;
  }

  @Override
  public void close() throws IOException {
    try {
      gatewayServer.shutdown();
    } finally {
      restServer.shutdown();
    }
  }
}
