package org.spreadcoach.kb;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Writes that must not hold up a reply: queued, and stored in order in the background. The code
 * that decides what to keep depends on this port, not on the writer behind it.
 */
public interface WriteQueue {

  /** Queues {@code write} behind every write submitted before it. */
  <T> CompletableFuture<T> submit(Function<KnowledgeBase.Writes, T> write);

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
