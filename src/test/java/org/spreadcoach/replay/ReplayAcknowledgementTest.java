package org.spreadcoach.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.testing.RecordingBot;
import org.spreadcoach.time.ManualClock;

/**
 * Replay acknowledges an event only once its writes have been tried: the knowledge base's barrier
 * is held shut here, and nothing may be printed, nor a command handled, until it opens.
 */
class ReplayAcknowledgementTest {

  @Test
  void nothingIsPrintedNorACommandRunUntilTheWritesBeforeItAreStored() throws Exception {
    CompletableFuture<Void> stored = new CompletableFuture<>();
    CountDownLatch asked = new CountDownLatch(2);
    RecordingBot bot =
        new RecordingBot(m -> Outcome.done(Post.plain(m.channel(), "heard " + m.text())));
    ReplayRunner runner =
        new ReplayRunner(
            bot,
            new ManualClock(ManualClock.REPLAY_EPOCH),
            () -> {
              asked.countDown();
              return stored;
            });
    String transcript =
        """
        {"type":"message","channel":"c","user":"u","text":"one"}
        {"type":"message","channel":"c","user":"u","text":"two"}
        {"type":"command","channel":"c","user":"u","command":"coach","args":{"question":"q"}}
        """;
    StringWriter out = new StringWriter();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> run =
          thread.submit(() -> runner.run(new BufferedReader(new StringReader(transcript)), out));

      assertThat(asked.await(30, TimeUnit.SECONDS)).as("both messages handled").isTrue();
      assertThat(out.toString()).as("no acknowledgement before the writes").isEmpty();
      assertThat(bot.commandsSeen()).as("the command waits for the writes before it").isZero();

      stored.complete(null);

      assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(bot.commandsSeen()).isEqualTo(1);
      assertThat(out.toString().lines().toList())
          .hasSize(3)
          .satisfies(
              lines -> {
                assertThat(lines.get(0)).contains("\"event\":1").contains("heard one");
                assertThat(lines.get(1)).contains("\"event\":2").contains("heard two");
                assertThat(lines.get(2)).contains("\"event\":3").contains("done coach");
              });
    } finally {
      thread.shutdownNow();
    }
  }
}
