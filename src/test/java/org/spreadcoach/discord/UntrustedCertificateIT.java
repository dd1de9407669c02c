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
import org.spreadcoach.discord.fake.FakeDiscord;

/**
 * The bot checks Discord's certificate against the JVM's trust store: given the fake Discord
 * without its CA in the trust store, it sends nothing through the tunnel and gives up at the login
 * timeout with one sentence. A trust-all setting anywhere in the bot would fail this test.
 */
class UntrustedCertificateIT {
  private static final String TOKEN = "untrusted-" + UUID.randomUUID() + ".fake-discord-token";

  @TempDir Path dir;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aDiscordWithAnUntrustedCertificateIsRefused() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        BotProcess bot =
            BotProcess.start(
                List.of(),
                BotProcess.environment(TOKEN, discord.proxyPort()),
                Path.of("target", "discord-untrusted"),
                BotProcess.discordArguments(
                    dir,
                    """
                    kb:
                      url: jdbc:sqlite:%s
                    discord:
                      loginTimeout: PT5S
                    """
                        .formatted(dir.resolve("kb.db"))))) {

      // Start-up (JVM, model, knowledge base) on a busy machine, then the 5 s login timeout.
      assertThat(bot.awaitExit(Duration.ofSeconds(75))).isEqualTo(2);

      assertThat(discord.rest().tunnels())
          .as("it did try, through the proxy")
          .isNotEmpty()
          .containsOnly("discord.com:443");
      assertThat(discord.rest().all()).as("no request got past the TLS handshake").isEmpty();
      assertThat(discord.gateway().all()).isEmpty();
      assertThat(bot.stderr())
          .contains("discord: Could not log in to Discord within 5 s")
          .doesNotContain(TOKEN);
      assertThat(bot.stdout()).doesNotContain(TOKEN);
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
                BotProcess.discordArguments(
                    dir,
                    """
                    kb:
                      url: jdbc:sqlite:%s
                    discord:
                      loginTimeout: PT60S
                    """
                        .formatted(dir.resolve("kb.db"))))) {
      bot.awaitLine("connecting to Discord through proxy", Duration.ofSeconds(60));

      assertThat(bot.terminate(Duration.ofSeconds(10))).isZero();
      assertThat(bot.stderr()).contains("stopped while logging in to Discord");
    }
  }
}
