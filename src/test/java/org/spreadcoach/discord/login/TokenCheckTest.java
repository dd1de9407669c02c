package org.spreadcoach.discord.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spreadcoach.testing.LogCapture;

/** The token check against a local server standing in for Discord's REST API. */
class TokenCheckTest {
  private static final String TOKEN = "token-check-test.not-a-real-token";

  private final MockWebServer discord = new MockWebServer();
  private final OkHttpClient client = new OkHttpClient();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() throws IOException {
    scheduler.shutdownNow();
    client.dispatcher().executorService().shutdownNow();
    discord.shutdown();
  }

  private CompletableFuture<Void> check() throws IOException {
    discord.start(InetAddress.getLoopbackAddress(), 0);
    HttpUrl api = discord.url("/api/v10/");
    // No pause between retries: the pauses themselves are TokenCheck.pause's, checked below.
    return new TokenCheck(client, api, scheduler, Duration.ZERO).check(TOKEN);
  }

  @Test
  void aTokenDiscordKnowsPassesWithOneRequestCarryingIt() throws Exception {
    discord.enqueue(new MockResponse().setBody("{\"id\":\"1\",\"username\":\"Spread Coach\"}"));

    check().get(10, TimeUnit.SECONDS);

    RecordedRequest request = discord.takeRequest();
    assertThat(request.getPath()).isEqualTo("/api/v10/users/@me");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bot " + TOKEN);
    assertThat(request.getHeader("User-Agent")).startsWith("DiscordBot (");
    assertThat(discord.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a401FailsAtOnceWithoutRetryingOrLogging() throws Exception {
    discord.enqueue(
        new MockResponse().setResponseCode(401).setBody("{\"message\":\"401: Unauthorized\"}"));

    try (LogCapture log = new LogCapture(TokenCheck.class)) {
      CompletableFuture<Void> check = check();

      assertThatThrownBy(() -> check.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(TokenCheck.Refused.class)
          .hasMessage("it answered 401 Unauthorized to GET /users/@me");
      assertThat(discord.getRequestCount()).isEqualTo(1);
      assertThat(log.all()).isEmpty();
    }
  }

  @Test
  void discordsOwnTroubleIsRetriedWithOneLineEachNamingIt() throws Exception {
    discord.enqueue(new MockResponse().setResponseCode(502));
    discord.enqueue(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("Retry-After", "0.05")
            .setBody("{\"retry_after\":0.05}"));
    discord.enqueue(new MockResponse().setBody("{\"id\":\"1\"}"));

    try (LogCapture log = new LogCapture(TokenCheck.class)) {
      check().get(10, TimeUnit.SECONDS);

      assertThat(discord.getRequestCount()).isEqualTo(3);
      assertThat(log.messages(Level.WARN))
          .containsExactly(
              "could not check the bot token with Discord (Discord answered HTTP 502); trying"
                  + " again in 0.0 s",
              "could not check the bot token with Discord (Discord answered 429 Too Many"
                  + " Requests); trying again in 0.1 s");
    }
  }

  @Test
  void anUnreachableDiscordIsRetriedNamingTheCauseUntilTheCallerGivesUp() throws Exception {
    int closed;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = free.getLocalPort(); // nothing listens there once it is closed
    }
    HttpUrl api = HttpUrl.get("http://127.0.0.1:" + closed + "/api/v10/");
    CompletableFuture<Void> check;
    try (LogCapture log = new LogCapture(TokenCheck.class)) {
      check = new TokenCheck(client, api, scheduler, Duration.ofMillis(1)).check(TOKEN);
      log.await(Level.WARN, 2, Duration.ofSeconds(10));

      check.cancel(false);

      assertThat(log.messages(Level.WARN))
          .allSatisfy(
              m ->
                  assertThat(m)
                      .startsWith("could not check the bot token with Discord (ConnectException")
                      .doesNotContain(TOKEN)
                      .doesNotContain("\n"));
    }
    assertThat(check).isCancelled();
  }

  @Test
  void pausesDoubleUpToHalfAMinute() {
    TokenCheck tokens =
        new TokenCheck(client, TokenCheck.DISCORD_API, scheduler, Duration.ofSeconds(1));

    assertThat(tokens.pause(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(tokens.pause(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(tokens.pause(4)).isEqualTo(Duration.ofSeconds(16));
    assertThat(tokens.pause(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(tokens.pause(40)).isEqualTo(Duration.ofSeconds(30));
  }
}
