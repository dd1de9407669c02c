package org.spreadcoach.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.cli.common.ExitCodes;

/**
 * Turns SIGTERM and Ctrl-C into an orderly stop that exits with the command's own code, through a
 * JVM shutdown hook (no {@code sun.misc.Signal}).
 *
 * <p>Once a signal has started the JVM's shutdown, the JVM halts with 143 (130 for Ctrl-C) as soon
 * as the hooks return, whatever the command is still doing. So the hook asks the command to stop,
 * waits until it has finished (pending writes stored) and said how it ended, and halts with that
 * code itself; the command's own {@code System.exit} then never returns, which is fine.
 */
final class OrderlyStop {
  private static final Logger LOG = LoggerFactory.getLogger(OrderlyStop.class);
  private final CountDownLatch requested = new CountDownLatch(1);
  private final CompletableFuture<Integer> finished = new CompletableFuture<>();
  private final Runnable onRequest;
  private final Duration bound;
  private final IntConsumer halt;
  private final Thread hook = new Thread(this::stopThenHalt, "orderly-stop");

  /**
   * @param onRequest runs on the hook's thread as the stop is requested (to cut a login short)
   * @param bound how long the hook waits for the command before it gives up and halts with 1
   * @param halt ends the JVM with a code ({@link Runtime#halt} outside tests)
   */
  OrderlyStop(Runnable onRequest, Duration bound, IntConsumer halt) {
    this.onRequest = onRequest;
    this.bound = bound;
    this.halt = halt;
  }

  /** An orderly stop installed as a shutdown hook of this JVM. */
  static OrderlyStop install(Runnable onRequest, Duration bound) {
    OrderlyStop stop = new OrderlyStop(onRequest, bound, code -> Runtime.getRuntime().halt(code));
    Runtime.getRuntime().addShutdownHook(stop.hook);
    return stop;
  }

  /** Waits until a stop is requested. */
  void await() throws InterruptedException {
    requested.await();
  }

  boolean requested() {
    return requested.getCount() == 0;
  }

  /** The hook: request the stop, wait for the command's code, end the JVM with it. */
  void stopThenHalt() {
    requested.countDown();
    onRequest.run();
    int code;
    try {
      code = finished.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn(
          "the orderly stop took longer than {} s; exiting without waiting further",
          bound.toSeconds());
      code = ExitCodes.INVALID;
    } catch (InterruptedException | ExecutionException e) {
      code = ExitCodes.INVALID;
    }
    halt.accept(code);
  }

  /**
   * Says the command has finished with {@code code}: a shutdown in progress ends with it, and
   * otherwise the hook is removed so that the command's own exit is the only one.
   */
  void finish(int code) {
    finished.complete(code);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook was waiting for this code and now halts with it.
    }
  }
}
