package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spreadcoach.cli.common.ExitCodes;

/**
 * The shutdown hook behind an orderly SIGTERM: it asks the command to stop, waits for it, and ends
 * the JVM with the command's code (the real JVM is in DiscordEndToEndIT).
 */
class OrderlyStopTest {

  @Test
  void theHookWaitsForTheCommandAndExitsWithItsCode() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CompletableFuture<Integer> halted = new CompletableFuture<>();
    OrderlyStop stop = new OrderlyStop(asked::countDown, Duration.ofSeconds(30), halted::complete);
    ExecutorService signal = Executors.newSingleThreadExecutor();
    try {
      // GIVEN SIGTERM starts the JVM's shutdown, which runs the hook
      signal.execute(stop::stopThenHalt);

      // WHEN the command sees the request, THEN it still has time to finish its work
      stop.await();
      assertThat(stop.requested()).isTrue();
      // The request is marked before the callback runs (a login waits on it), so wait for both.
      assertThat(asked.await(30, TimeUnit.SECONDS)).as("the command was asked to stop").isTrue();
      assertThat(halted).as("nothing ends the JVM before the command says so").isNotDone();

      stop.finish(0);

      assertThat(halted.get(30, TimeUnit.SECONDS)).isZero();
    } finally {
      signal.shutdownNow();
    }
  }

  @Test
  void aCommandThatNeverFinishesIsGivenUpAfterTheBound() {
    CompletableFuture<Integer> halted = new CompletableFuture<>();
    // A zero bound times out at once, so no real time passes.
    OrderlyStop stop = new OrderlyStop(() -> {}, Duration.ZERO, halted::complete);

    stop.stopThenHalt();

    assertThat(halted).isCompletedWithValue(ExitCodes.INVALID);
  }

  @Test
  void withoutASignalNothingIsRequestedAndTheCommandsOwnExitStands() {
    CompletableFuture<Integer> halted = new CompletableFuture<>();
    OrderlyStop stop = new OrderlyStop(() -> {}, Duration.ofSeconds(30), halted::complete);

    stop.finish(ExitCodes.CONFIG);

    assertThat(stop.requested()).isFalse();
    assertThat(halted).isNotDone();
  }
}
