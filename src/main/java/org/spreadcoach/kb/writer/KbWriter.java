package org.spreadcoach.kb.writer;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.kb.WriteQueue;

/**
 * Stores queued writes in the background, so that a reply never waits for the disk.
 *
 * <ul>
 *   <li>Writes are stored in the order submitted, by one drain at a time on the {@code writes}
 *       executor (one background thread in production; the caller's thread for an in-memory
 *       database). A drain commits whatever has queued, at most {@value #MAX_BATCH} writes per
 *       transaction, until the queue is empty.
 *   <li>A write's future completes with its value once the write is stored, after as many tries as
 *       that takes; it fails only if the write is dropped.
 *   <li>When a transaction fails, the writer is FAILING: the batch goes back to the head of the
 *       queue, new writes queue untried, and the queue is tried again every {@code retryEvery}. The
 *       failure is logged once, and the recovery once.
 *   <li>Beyond {@value #MAX_BUFFERED} queued writes the oldest are dropped (logged at the first
 *       drop and at every 10,000th).
 *   <li>{@link #barrier()} completes, never exceptionally, once every write submitted before it has
 *       been tried: stored, or found failing and kept.
 *   <li>{@link #flush} and {@link #close} try once more to store the queue, for shutdown.
 * </ul>
 *
 * <p>Futures, the listener and the log are called after the writer's lock is released.
 */
public final class KbWriter implements WriteQueue, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KbWriter.class);

  /** Beyond this many queued writes the oldest are dropped. */
  static final int MAX_BUFFERED = 100_000;

  /** The most writes one transaction carries. */
  static final int MAX_BATCH = 500;

  /** Drops are logged on the first and then once per this many. */
  private static final int DROPS_PER_LOG = 10_000;

  /** RUNNING: writes are tried as they come. FAILING: the last try failed; writes wait. */
  private enum State {
    RUNNING,
    FAILING
  }

  /** A queued write; {@code tried} completes at its first try (or drop), {@code stored} later. */
  private record Job<T>(
      Function<KnowledgeBase.Writes, T> write,
      CompletableFuture<T> stored,
      CompletableFuture<Void> tried) {
    Job(Function<KnowledgeBase.Writes, T> write) {
      this(write, new CompletableFuture<>(), new CompletableFuture<>());
    }

    /** Makes the write; returns what completes its future once the transaction commits. */
    Runnable writeIn(KnowledgeBase.Writes writes) {
      T value = write.apply(writes);
      return () -> stored.complete(value);
    }

    void markTried() {
      tried.complete(null);
    }

    void drop() {
      stored.completeExceptionally(
          new KnowledgeBaseException(
              "knowledge base write dropped: " + "more than " + MAX_BUFFERED + " writes waiting",
              null));
      tried.complete(null);
    }
  }

  private final KnowledgeBase kb;
  private final Executor writes;
  private final ScheduledExecutorService retries;
  private final Duration retryEvery;
  private final Listener listener;
  private final Object lock = new Object();
  // Guarded by lock.
  private final Deque<Job<?>> queue = new ArrayDeque<>();
  private List<Job<?>> inFlight = List.of();
  private State state = State.RUNNING;

  /** A drain is handed to the executor or running. */
  private boolean draining;

  private ScheduledFuture<?> retryTask;
  private long drops;

  /**
   * @param writes runs the drains: a single-thread executor, or {@code Runnable::run} to write on
   *     the caller's thread
   * @param retries schedules the retries while the database fails; null means retries only happen
   *     through {@link #retryPending()} (tests drive them by hand)
   */
  public KbWriter(
      KnowledgeBase kb,
      Executor writes,
      ScheduledExecutorService retries,
      Duration retryEvery,
      Listener listener) {
    this.kb = kb;
    this.writes = writes;
    this.retries = retries;
    this.retryEvery = retryEvery;
    this.listener = listener;
  }

  /**
   * Queues {@code write}. The future completes with its value once it is stored, however many tries
   * that takes; a caller that should not wait out an outage (as {@code /privacy forget-me}) waits
   * on {@link #barrier()} instead and reads the future only if it is done. It completes
   * exceptionally only when the write is dropped because too many are waiting.
   */
  @Override
  public <T> CompletableFuture<T> submit(Function<KnowledgeBase.Writes, T> write) {
    Job<T> job = new Job<>(write);
    List<Runnable> after = new ArrayList<>(1);
    boolean drain;
    synchronized (lock) {
      queue.addLast(job);
      dropBeyondLimit(after);
      if (state == State.FAILING) {
        // The database is known to fail: this write waits for the retry, untried.
        after.add(job::markTried);
      }
      drain = state == State.RUNNING && startDrain();
    }
    after.forEach(Runnable::run);
    if (drain) {
      handToExecutor();
    }
    return job.stored();
  }

  /**
   * A future that completes once every write submitted so far has been tried: stored, or found
   * failing and kept for a retry. It never completes exceptionally.
   */
  @Override
  public CompletableFuture<Void> barrier() {
    Job<?> last;
    synchronized (lock) {
      last =
          !queue.isEmpty()
              ? queue.peekLast()
              : inFlight.isEmpty() ? null : inFlight.get(inFlight.size() - 1);
    }
    // Writes are tried in order, so the last one tried means all of them were.
    return last == null ? CompletableFuture.completedFuture(null) : last.tried().copy();
  }

  /**
   * Tries the queued writes again now (on the writes executor); with an inline executor they have
   * been tried when this returns.
   *
   * @return how many writes are still waiting when this returns
   */
  public int retryPending() {
    boolean drain;
    synchronized (lock) {
      drain = !queue.isEmpty() && startDrain();
    }
    if (drain) {
      handToExecutor();
    }
    return pending();
  }

  /** Writes queued or being written. */
  public int pending() {
    synchronized (lock) {
      return queue.size() + inFlight.size();
    }
  }

  /**
   * Tries once more to store what is queued and waits for it, for shutdown.
   *
   * @return true when nothing is left waiting
   */
  public boolean flush(Duration timeout) {
    retryPending();
    long deadline = System.nanoTime() + timeout.toNanos();
    int left;
    synchronized (lock) {
      // Until everything is stored, or the drain has stopped (the database failed again).
      while (queue.size() + inFlight.size() > 0 && draining) {
        long millis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (millis <= 0) {
          break;
        }
        try {
          lock.wait(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      left = queue.size() + inFlight.size();
    }
    if (left > 0) {
      LOG.warn("{} knowledge base write(s) could not be stored", left);
    }
    return left == 0;
  }

  /** Flushes (waiting up to 30 s) and stops retrying. */
  @Override
  public void close() {
    flush(Duration.ofSeconds(30));
    ScheduledFuture<?> retry;
    synchronized (lock) {
      retry = retryTask;
      retryTask = null;
    }
    if (retry != null) {
      retry.cancel(false);
    }
  }

  /** Must hold the lock. Marks a drain as started; false when one already is. */
  private boolean startDrain() {
    if (draining) {
      return false;
    }
    draining = true;
    return true;
  }

  /** Hands a drain to the writes executor; after its shutdown the writes stay queued. */
  private void handToExecutor() {
    try {
      writes.execute(this::drain);
    } catch (RejectedExecutionException e) {
      List<Job<?>> waiting;
      synchronized (lock) {
        draining = false;
        waiting = new ArrayList<>(queue);
        lock.notifyAll();
      }
      LOG.warn("the knowledge base writer has stopped; {} write(s) left unstored", waiting.size());
      // Nothing will try them: a barrier must not wait for them forever.
      waiting.forEach(Job::markTried);
    }
  }

  /** Stores batches until the queue is empty or a transaction fails. */
  private void drain() {
    List<Job<?>> batch;
    while ((batch = nextBatch()) != null) {
      if (!store(batch)) {
        return;
      }
    }
  }

  /** The next batch, now in flight; null (and the drain over) when nothing is queued. */
  private List<Job<?>> nextBatch() {
    synchronized (lock) {
      if (queue.isEmpty()) {
        draining = false;
        lock.notifyAll();
        return null;
      }
      List<Job<?>> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
      while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(queue.pollFirst());
      }
      inFlight = batch;
      return batch;
    }
  }

  /** One transaction for the batch; true when it is committed. */
  private boolean store(List<Job<?>> batch) {
    List<Runnable> completions = new ArrayList<>(batch.size());
    try {
      kb.write(
          w -> {
            batch.forEach(job -> completions.add(job.writeIn(w)));
            return null;
          });
    } catch (RuntimeException e) {
      failed(batch, e);
      return false;
    }
    stored(batch, completions);
    return true;
  }

  private void stored(List<Job<?>> batch, List<Runnable> completions) {
    boolean recovered;
    int left;
    ScheduledFuture<?> retry;
    synchronized (lock) {
      inFlight = List.of();
      recovered = state == State.FAILING;
      state = State.RUNNING;
      retry = retryTask;
      retryTask = null;
      left = queue.size();
      lock.notifyAll();
    }
    if (retry != null) {
      retry.cancel(false);
    }
    listener.batchStored(batch.size());
    if (recovered) {
      LOG.info(
          "knowledge base writes recovered: {} buffered write(s) stored, {} still queued",
          batch.size(),
          left);
    }
    completions.forEach(Runnable::run);
    batch.forEach(Job::markTried);
  }

  private void failed(List<Job<?>> batch, RuntimeException e) {
    List<Runnable> after = new ArrayList<>();
    List<Job<?>> waiting;
    boolean first;
    synchronized (lock) {
      inFlight = List.of();
      for (int i = batch.size() - 1; i >= 0; i--) {
        queue.addFirst(batch.get(i));
      }
      dropBeyondLimit(after);
      first = state == State.RUNNING;
      state = State.FAILING;
      scheduleRetries();
      draining = false;
      // The writes queued behind the batch are not tried while the database fails.
      waiting = new ArrayList<>(queue);
      lock.notifyAll();
    }
    listener.writeFailed();
    if (first) {
      LOG.warn(
          "{}; replies carry on, writes are buffered and retried every {} s",
          e.getMessage(),
          retryEvery.toSeconds());
    }
    after.forEach(Runnable::run);
    waiting.forEach(Job::markTried);
  }

  /** Must hold the lock. Scheduling only queues a task: nothing runs here. */
  private void scheduleRetries() {
    if (retries == null || retryTask != null) {
      return;
    }
    long every = Math.max(1, retryEvery.toMillis());
    try {
      retryTask =
          retries.scheduleWithFixedDelay(this::retryPending, every, every, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Shutting down: the writes stay queued, and close() has made its last try.
    }
  }

  /** Must hold the lock. Drops the oldest writes beyond the limit; {@code after} settles them. */
  private void dropBeyondLimit(List<Runnable> after) {
    while (queue.size() > MAX_BUFFERED) {
      Job<?> dropped = queue.pollFirst();
      boolean log = drops++ % DROPS_PER_LOG == 0;
      after.add(
          () -> {
            listener.writeDropped();
            if (log) {
              LOG.error(
                  "knowledge base buffer full ({} writes): dropping the oldest", MAX_BUFFERED);
            }
            dropped.drop();
          });
    }
  }
}
