package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.discord.fake.FakeDiscord;

/**
 * Logging in when it cannot work, with the real bot as its own process against the fake Discord:
 * each ends with one line that says why, and a distinct exit code, never a stack trace.
 *
 * <ul>
 *   <li>a refused token ends the login at once;
 *   <li>a Discord that cannot be reached (here: its certificate is not trusted, so a trust-all
 *       setting anywhere in the bot would fail the test) and a gateway that cannot be reached are
 *       retried, one line per retry naming the cause, until the login timeout;
 *   <li>SIGTERM while logging in stops at once.
 * </ul>
 */
class DiscordLoginIT {
  private static final String TOKEN = "login-" + UUID.randomUUID() + ".fake-discord-token";

  /** Start-up (JVM, model, knowledge base) on a busy machine, then the login itself. */
  private static final Duration EXIT_WAIT = Duration.ofSeconds(75);

  /** A log line, as logback.xml writes them. */
  private static final String LOG_LINE =
      "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (TRACE|DEBUG|INFO |WARN |ERROR) .*";

  @TempDir Path dir;

  private String[] arguments(String loginTimeout) throws Exception {
    return BotProcess.discordArguments(
        dir,
        """
        kb:
          url: jdbc:sqlite:%s
        discord:
          loginTimeout: %s
        """
            .formatted(dir.resolve("kb.db"), loginTimeout));
  }

  private static List<String> trustFake(FakeDiscord discord, Path dir) throws Exception {
    Path trustStore = discord.writeTrustStore(dir.resolve("fake-discord-ca.p12"));
    return List.of(
        "-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStorePassword=" + FakeDiscord.TRUST_STORE_PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  /** Every line is a log line except the last, the one sentence for the operator. */
  private static void assertLogLinesThenOneSentence(BotProcess bot, String sentence) {
    List<String> lines = bot.stderr().lines().toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(lines.size() - 1)).startsWith(sentence);
    assertThat(lines.subList(0, lines.size() - 1))
        .as("no stack trace, no second sentence")
        .allMatch(l -> l.matches(LOG_LINE));
    assertThat(bot.stderr() + bot.stdout()).doesNotContain(TOKEN);
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aRefusedTokenEndsTheLoginAtOnceWithOneLineAndItsOwnExitCode() throws Exception {
    try (FakeDiscord discord = FakeDiscord.refusingEveryToken();
        BotProcess bot =
            BotProcess.start(
                trustFake(discord, dir),
                BotProcess.environment(TOKEN, discord.proxyPort()),
                Path.of("target", "discord-refused-token"),
                // A long timeout: the bot must not wait for it.
                arguments("PT60S"))) {
      bot.awaitLine("connecting to Discord through proxy", EXIT_WAIT);
      long asked = System.nanoTime();

      assertThat(bot.awaitExit(EXIT_WAIT)).isEqualTo(ExitCodes.TOKEN_REFUSED);

      assertThat(Duration.ofNanos(System.nanoTime() - asked))
          .as("no retries")
          .isLessThan(Duration.ofSeconds(20));
      assertLogLinesThenOneSentence(bot, "discord: Discord refused the token: ");
      assertThat(bot.stderr()).doesNotContain(" WARN ").doesNotContain(" ERROR ");
      assertThat(discord.rest().all())
          .singleElement()
          .satisfies(c -> assertThat(c.is("GET", "/users/@me")).isTrue())
          .satisfies(c -> assertThat(c.status()).isEqualTo(401));
      assertThat(discord.gateway().all()).as("the gateway was never opened").isEmpty();
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aDiscordWithAnUntrustedCertificateIsRetriedOneLineEachThenGivenUp() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        BotProcess bot =
            BotProcess.start(
                List.of(),
                BotProcess.environment(TOKEN, discord.proxyPort()),
                Path.of("target", "discord-untrusted"),
                arguments("PT5S"))) {

      assertThat(bot.awaitExit(EXIT_WAIT)).isEqualTo(ExitCodes.CONFIG);

      assertThat(discord.rest().tunnels())
          .as("it did try, through the proxy")
          .isNotEmpty()
          .containsOnly("discord.com:443");
      assertThat(discord.rest().all()).as("no request got past the TLS handshake").isEmpty();
      assertThat(discord.gateway().all()).isEmpty();
      assertLogLinesThenOneSentence(bot, "discord: Could not log in to Discord within 5 s");
      assertThat(bot.stderr().lines().filter(l -> l.contains(" WARN ")))
          .as("one line per retry, naming the cause")
          .isNotEmpty()
          .allMatch(
              l ->
                  l.contains(
                      "could not check the bot token with Discord (SSLHandshakeException: "));
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void anUnreachableGatewayIsRetriedOneLineEachThenGivenUp() throws Exception {
    try (FakeDiscord discord = FakeDiscord.withUnreachableGateway();
        BotProcess bot =
            BotProcess.start(
                trustFake(discord, dir),
                BotProcess.environment(TOKEN, discord.proxyPort()),
                Path.of("target", "discord-unreachable-gateway"),
                arguments("PT6S"))) {

      assertThat(bot.awaitExit(EXIT_WAIT)).isEqualTo(ExitCodes.CONFIG);

      assertThat(discord.rest().all())
          .as("the token was checked, then the gateway asked for")
          .anyMatch(c -> c.is("GET", "/users/@me") && c.status() == 200)
          .anyMatch(c -> c.is("GET", "/gateway"));
      assertLogLinesThenOneSentence(
          bot, "discord: Discord took the token but its gateway did not let the bot in within 6 s");
      // Javacord's own retries: its warning, rewritten to one line with the cause.
      assertThat(bot.stderr().lines().filter(l -> l.contains(" WARN ")))
          .isNotEmpty()
          .allMatch(
              l ->
                  l.contains("An error occurred while connecting to websocket (")
                      && l.contains("Connection refused"));
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void sigtermWhileLoggingInStopsAtOnceWithExitZero() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        BotProcess bot =
            BotProcess.start(
                List.of(),
                BotProcess.environment("stopped-" + TOKEN, discord.proxyPort()),
                Path.of("target", "discord-stopped-in-login"),
                arguments("PT60S"))) {
      bot.awaitLine("connecting to Discord through proxy", Duration.ofSeconds(60));

      assertThat(bot.terminate(Duration.ofSeconds(10))).isZero();
      assertThat(bot.stderr()).contains("stopped while logging in to Discord");
    }
  }
}
