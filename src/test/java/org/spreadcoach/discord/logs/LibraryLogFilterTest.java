package org.spreadcoach.discord.logs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.neovisionaries.ws.client.WebSocketError;
import com.neovisionaries.ws.client.WebSocketException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import org.javacord.core.util.gateway.DiscordWebSocketAdapter;
import org.javacord.core.util.gateway.PacketHandler;
import org.javacord.core.util.rest.RestRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.spreadcoach.discord.DiscordBot;

/**
 * The filter as {@code logback.xml} installs it, fed what reaches Logback from Javacord 3.8.0: its
 * Log4j calls arrive through the Log4j-to-SLF4J bridge as one formatted message and an exception,
 * on loggers named after Javacord's classes; the wording is that of Javacord's own calls. (The
 * end-to-end test drives the real thing.)
 */
class LibraryLogFilterTest {
  private static final String NHS_NUMBER = "943 476 5919";
  private static final String PACKET =
      "{\"id\":\"1\",\"type\":0,\"flags\":32768,\"author\":{\"id\":\"2\",\"username\":\"rota-bot\"},\"components\":[{\"type\":17,\"components\":[{\"type\":10,\"content\":\"Patient"
          + " Jane Doe, NHS number "
          + NHS_NUMBER
          + ", moved to ward 7\"}]}]}";

  private final List<Capture> captures = new ArrayList<>();

  @AfterEach
  void detach() {
    captures.forEach(Capture::close);
  }

  @Test
  void anUnreadablePacketIsLoggedAsItsTypeWithoutItsContentOrStack() {
    Capture log = capture(PacketHandler.class, Level.WARN);

    // PacketHandler.handlePacket's call; a type of this test's own, as the filter in logback.xml
    // counts for the whole JVM.
    javacord(PacketHandler.class)
        .warn(
            unreadable("LIBRARY_LOG_FILTER_TEST"),
            new IllegalStateException(
                "Couldn't parse the component of type '10'. Please contact the developer!"));

    assertThat(log.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getFormattedMessage())
                  .isEqualTo(
                      "Javacord could not read a LIBRARY_LOG_FILTER_TEST packet from Discord and"
                          + " skipped it (1 of this type so far); its content is not logged:"
                          + " IllegalStateException: Couldn't parse the component of type '10'."
                          + " Please contact the developer!");
              assertThat(e.getLevel()).isEqualTo(Level.WARN);
              assertThat(e.getLoggerName()).isEqualTo(PacketHandler.class.getName());
              assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
            });
  }

  @Test
  void unreadablePacketsAreCountedPerTypeAndLoggedFirstFewThenEveryHundredth() {
    LibraryLogFilter filter = new LibraryLogFilter();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 2 * LibraryLogFilter.EVERY_UNREADABLE; i++) {
      created.add(filter.rewrite(Level.WARN, unreadable("MESSAGE_CREATE"), null).text());
    }
    String updated = filter.rewrite(Level.WARN, unreadable("MESSAGE_UPDATE"), null).text();

    List<String> logged = created.stream().filter(m -> !m.isEmpty()).toList();
    assertThat(logged).hasSize(LibraryLogFilter.FIRST_UNREADABLE + 2);
    assertThat(logged.get(0)).contains("MESSAGE_CREATE").contains("(1 of this type so far)");
    assertThat(logged.get(4))
        .contains("(5 of this type so far; from now on every 100th is logged)");
    assertThat(logged.get(5)).contains("(100 of this type so far)");
    assertThat(logged.get(6)).contains("(200 of this type so far)");
    assertThat(updated).contains("MESSAGE_UPDATE").contains("(1 of this type so far)");
    assertThat(logged).noneMatch(m -> m.contains(NHS_NUMBER) || m.contains("Jane"));
  }

  private static String unreadable(String type) {
    return "Couldn't handle packet of type "
        + type
        + ". Please contact the developer! (packet: "
        + PACKET
        + ")";
  }

  @Test
  void restBodiesAtDebugAreDroppedAndTheRequestLineKept() {
    Capture log = capture(RestRequest.class, Level.DEBUG);
    String body = "{\"content\":\"Jane Doe's NHS number is " + NHS_NUMBER + "\"}";

    javacord(RestRequest.class)
        .debug(
            "Trying to send POST request to https://discord.com/api/v10/channels/1/messages with"
                + " body "
                + body);
    javacord(RestRequest.class)
        .debug("Trying to send GET request to https://discord.com/api/v10/x");

    assertThat(log.messages())
        .containsExactly(
            "Trying to send POST request to https://discord.com/api/v10/channels/1/messages with"
                + " body ["
                + body.length()
                + " characters not logged]",
            "Trying to send GET request to https://discord.com/api/v10/x");
  }

  @Test
  void gatewayFramesAtTraceLoseTheirPayload() {
    Capture log = capture(DiscordWebSocketAdapter.class, Level.TRACE);
    org.slf4j.Logger javacord = javacord(DiscordWebSocketAdapter.class);

    javacord.trace(
        "onTextMessage: text='{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"d\":" + PACKET + "}'");
    javacord.debug(
        "Sending frame WebSocketFrame(FIN=1,RSV1=0,RSV2=0,RSV3=0,Opcode=TEXT,Length=60,"
            + "Payload=\"hello "
            + NHS_NUMBER
            + "\")");
    javacord.debug("Received unknown packet of type POLL_VOTE (packet: " + PACKET + ")");

    assertThat(log.messages())
        .allSatisfy(m -> assertThat(m).doesNotContain(NHS_NUMBER).contains("characters not logged"))
        .satisfiesExactly(
            m -> assertThat(m).startsWith("onTextMessage: text='["),
            m ->
                assertThat(m)
                    .startsWith(
                        "Sending frame WebSocketFrame(FIN=1,RSV1=0,RSV2=0,RSV3=0,Opcode=TEXT"),
            m -> assertThat(m).startsWith("Received unknown packet of type POLL_VOTE (packet: ["));
  }

  @Test
  void httpLoggingLosesCredentialsAndBodiesButKeepsTheRequestLine() {
    // Javacord hands OkHttp's logging interceptor a Javacord logger named after OkHttpClient.
    Capture log = capture(okhttp3.OkHttpClient.class, Level.TRACE);
    org.slf4j.Logger http = javacord(okhttp3.OkHttpClient.class);

    http.trace("--> POST https://discord.com/api/v10/channels/1/messages");
    http.trace("Authorization: Bot some-token-that-javacord-did-not-know");
    http.trace("Proxy-Authorization: Basic dXNlcjpwYXNzd29yZA==");
    http.trace("{\"content\":\"" + NHS_NUMBER + "\"}");
    http.trace("<-- 200 https://discord.com/api/v10/channels/1/messages (12ms)");

    assertThat(log.messages())
        .containsExactly(
            "--> POST https://discord.com/api/v10/channels/1/messages",
            "authorization: [not logged]",
            "proxy-authorization: [not logged]",
            "[" + (NHS_NUMBER.length() + 14) + " characters not logged]",
            "<-- 200 https://discord.com/api/v10/channels/1/messages (12ms)");
  }

  @Test
  void anExceptionBecomesItsCausesOnTheSameLine() {
    Capture log = capture(DiscordWebSocketAdapter.class, Level.WARN);
    WebSocketException failure =
        new WebSocketException(
            WebSocketError.SOCKET_CONNECT_ERROR,
            "Failed to connect to '127.0.0.1:9': Connection refused",
            new ConnectException("Connection refused"));
    javacord(DiscordWebSocketAdapter.class)
        .warn("An error occurred while connecting to websocket", failure);

    assertThat(log.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getFormattedMessage())
                  .isEqualTo(
                      "An error occurred while connecting to websocket (WebSocketException:"
                          + " Failed to connect to '127.0.0.1:9': Connection refused)");
              assertThat(e.getThrowableProxy()).isNull();
            });
  }

  @Test
  void javacordsWarningForEachFailedFrameOfADroppingConnectionGoesDownToInfo() {
    Capture atWarn = capture(DiscordWebSocketAdapter.class, Level.WARN);
    WebSocketException broken =
        new WebSocketException(
            WebSocketError.FLUSH_ERROR, "Flushing frames to the server failed: Broken pipe");

    javacord(DiscordWebSocketAdapter.class).warn("Websocket error!", broken);
    assertThat(atWarn.events()).isEmpty();
    atWarn.close();
    Capture atInfo = capture(DiscordWebSocketAdapter.class, Level.INFO);
    javacord(DiscordWebSocketAdapter.class).warn("Websocket error!", broken);

    assertThat(atInfo.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.INFO);
              assertThat(e.getFormattedMessage())
                  .isEqualTo(
                      "Websocket error! (WebSocketException: Flushing frames to the server failed:"
                          + " Broken pipe)");
            });
  }

  @Test
  void linesWithoutPayloadsPassUntouchedAndOurOwnLoggersAreNotRewritten() {
    Capture javacordLog = capture(DiscordWebSocketAdapter.class, Level.INFO);
    Capture ours = capture(DiscordBot.class, Level.INFO);

    javacord(DiscordWebSocketAdapter.class)
        .info("Websocket closed with reason 'x' and code 4000 by server!");
    LoggerFactory.getLogger(DiscordBot.class).info("a line of ours with {\"json\":1}");

    assertThat(javacordLog.messages())
        .containsExactly("Websocket closed with reason 'x' and code 4000 by server!");
    assertThat(ours.messages()).containsExactly("a line of ours with {\"json\":1}");
  }

  @Test
  void aLineBelowTheLoggersLevelIsNotLoggedInstead() {
    // SLF4J callers reach the filter before Logback's level check (Javacord's Log4j calls are
    // checked first): the filter must not log in their place what the level would have dropped.
    Capture log = capture(RestRequest.class, Level.INFO);

    LoggerFactory.getLogger(RestRequest.class).debug("Sent GET with body {}", PACKET);

    assertThat(log.events()).isEmpty();
  }

  /** What Javacord's Log4j logger for {@code source} hands to Logback. */
  private static org.slf4j.Logger javacord(Class<?> source) {
    return LoggerFactory.getLogger(source);
  }

  private Capture capture(Class<?> source, Level level) {
    Capture c = new Capture((Logger) LoggerFactory.getLogger(source), level);
    captures.add(c);
    return c;
  }

  /** A list appender on one logger, set to {@code level} until closed. */
  private static final class Capture implements AutoCloseable {
    private final Logger logger;
    private final Level before;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    Capture(Logger logger, Level level) {
      this.logger = logger;
      this.before = logger.getLevel();
      logger.setLevel(level);
      appender.start();
      logger.addAppender(appender);
    }

    List<ILoggingEvent> events() {
      return List.copyOf(appender.list);
    }

    List<String> messages() {
      return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }
  }
}
