package org.spreadcoach.kb;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the knowledge base without ever holding up a reply. A write is tried at once; when the
 * database is locked, read-only or gone, it is buffered (in order) and retried in the background,
 * and the failure is logged once, not per message. Writes are applied one at a time, in order.
 */
public final class KbWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KbWriter.class);
  /** Beyond this many buffered writes the oldest are dropped, so an outage cannot exhaust memory. */
  static final int MAX_BUFFERED = 100_000;

  /** Told about every failed and dropped write, for metrics. */
  public interface Listener {
    void writeFailed();

    void writeDropped();

    static Listener none() {
      return new Listener() {
        @Override
        public void writeFailed() {}

        @Override
        public void writeDropped() {}
      };
    }
  }

  private final KnowledgeBase kb;
  private final ScheduledExecutorService retries;
  private final Duration retryEvery;
  private final Listener listener;
  private final Deque<Consumer<KnowledgeBase>> buffer = new ArrayDeque<>();
  private ScheduledFuture<?> retryTask;
  private boolean failing;
  private long failures;

  /**
   * @param retries runs background retries; null means retries only happen through {@link
   *     #retryPending()} (tests drive it by hand)
   */
  public KbWriter(KnowledgeBase kb, ScheduledExecutorService retries, Duration retryEvery,
      Listener listener) {
    this.kb = kb;
    this.retries = retries;
    this.retryEvery = retryEvery;
    this.listener = listener;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /**
   * Applies {@code write} now, or buffers it when earlier writes are still waiting or the database
   * fails.
   *
   * @return true when it was written now
   */
  public synchronized boolean submit(Consumer<KnowledgeBase> write) {
    if (buffer.isEmpty() && tryWrite(write)) {
      return true;
    }
    buffer(write);
    return false;
  }

  /** Writes buffered writes in order until one fails; returns how many are still waiting. */
  public synchronized int retryPending() {
    int written = 0;
    while (!buffer.isEmpty()) {
      if (!tryWrite(buffer.peekFirst())) {
        return buffer.size();
      }
      buffer.pollFirst();
      written++;
    }
    if (retryTask != null) {
      retryTask.cancel(false);
      retryTask = null;
    }
    if (written > 0) {
      LOG.info("knowledge base writes recovered: {} buffered write(s) stored", written);
    }
    return 0;
  }

  public synchronized int pending() {
    return buffer.size();
  }

  /**
   * Tries to store what is buffered, for shutdown.
   *
   * @return true when nothing is left waiting
   */
  public boolean flush() {
    int left = retryPending();
    if (left > 0) {
      LOG.warn("{} knowledge base write(s) could not be stored before shutdown", left);
    }
    return left == 0;
  }

  @Override
  public void close() {
    flush();
    synchronized (this) {
      if (retryTask != null) {
        retryTask.cancel(false);
      }
    }
  }

  private boolean tryWrite(Consumer<KnowledgeBase> write) {
    try {
      write.accept(kb);
      failing = false;
      return true;
    } catch (RuntimeException e) {
      failures++;
      listener.writeFailed();
      if (!failing) {
        failing = true;
        LOG.warn("{}; replies carry on, writes are buffered and retried every {} s",
            e.getMessage(), retryEvery.toSeconds());
      }
      return false;
    }
  }

  private void buffer(Consumer<KnowledgeBase> write) {
    if (buffer.size() >= MAX_BUFFERED) {
      buffer.pollFirst();
      listener.writeDropped();
      if (failures % 10_000 == 1) {
        LOG.error("knowledge base buffer full ({} writes): dropping the oldest", MAX_BUFFERED);
      }
    }
    buffer.addLast(write);
    if (retries != null && retryTask == null) {
      long every = Math.max(1, retryEvery.toMillis());
      retryTask = retries.scheduleWithFixedDelay(this::retryPending, every, every,
          TimeUnit.MILLISECONDS);
    }
  }
}
