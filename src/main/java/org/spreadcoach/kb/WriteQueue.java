package org.spreadcoach.kb;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes that must not hold up a reply: queued, and stored in order in the background. The code
 * that decides what to keep depends on this port, not on the writer behind it.
 */
public interface WriteQueue {

  /**
   * Queues {@code write} behind every write submitted before it; the future completes with its
   * value once it is stored.
   */
  <T> CompletableFuture<T> submit(Function<KnowledgeBase.Writes, T> write);

  /**
   * Completes, never exceptionally, once every write submitted so far has been tried: stored, or
   * found failing and kept for a retry.
   */
  CompletableFuture<Void> barrier();

  /**
   * Queues {@code write} for a caller with nothing to wait for: a write that fails stays queued and
   * is retried by the queue, which also reports the failure.
   */
  default void enqueue(Consumer<KnowledgeBase.Writes> write) {
    CompletableFuture<Void> unused =
        submit(
            w -> {
              write.accept(w);
              return null;
            });
  }

  /** Told about every stored batch and every failed and dropped write, for metrics. */
  interface Listener {
    void writeFailed();

    void writeDropped();

    /** A transaction of {@code writes} writes was committed. */
    default void batchStored(int writes) {}

    static Listener none() {
      return new Listener() {
        @Override
        public void writeFailed() {}

        @Override
        public void writeDropped() {}
      };
    }
  }
}
