package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.javacord.api.DiscordApi;
import org.junit.jupiter.api.Test;
import org.spreadcoach.testing.LogCapture;

/** The bot's orderly stop, whatever Javacord's disconnect does. */
class DiscordBotTest {
  private final DiscordApi api = mock(DiscordApi.class);

  @Test
  void disconnectSurvivesJavacordRejectingItsOwnFallbackTimer() {
    // Regression: seen in the end-to-end test as "unexpected error:
    // RejectedExecutionException" and exit 1 after SIGTERM, when the gateway's close came back
    // before Javacord's disconnect() scheduled its one-minute fallback on its stopped pool.
    when(api.disconnect()).thenThrow(new RejectedExecutionException("pool shutting down"));

    assertThatCode(() -> DiscordBot.disconnect(api, Duration.ofSeconds(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void aDisconnectThatNeverCompletesIsGivenUpAfterTheTimeout() throws Exception {
    when(api.disconnect()).thenReturn(new CompletableFuture<>());

    try (LogCapture log = new LogCapture(DiscordBot.class)) {
      // A zero timeout on a future that never completes times out at once: no real time passes.
      DiscordBot.disconnect(api, Duration.ZERO);

      assertThat(log.messages(Level.INFO))
          .singleElement()
          .asString()
          .startsWith("Discord disconnect did not complete cleanly (TimeoutException");
    }
  }

  @Test
  void aFailedDisconnectIsLoggedNotThrown() throws Exception {
    when(api.disconnect())
        .thenReturn(
            CompletableFuture.failedFuture(new IllegalStateException("socket already gone")));

    try (LogCapture log = new LogCapture(DiscordBot.class)) {
      DiscordBot.disconnect(api, Duration.ofSeconds(1));

      assertThat(log.messages(Level.INFO))
          .singleElement()
          .asString()
          .contains("IllegalStateException: socket already gone");
    }
  }
}
