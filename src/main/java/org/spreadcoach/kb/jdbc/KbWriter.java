package org.spreadcoach.kb.jdbc;

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
 * Writes to the knowledge base without ever holding up a reply.
 *
 * <p>Writes queue in order and are applied by one drain at a time on the {@code writes} executor:
 * a single background thread in production, so the bot's thread never waits for the disk, and
 * the writes that arrive while one transaction commits go together into the next ({@link
 * #MAX_BATCH} at most, one transaction each). An in-memory database is written inline instead, on
 * the caller's thread (see {@code Wiring}).
 *
 * <p>When the database is locked, read-only or gone, the failed writes stay queued, in order, and
 * are retried every {@code retryEvery}; the failure is logged once, not per write, and writes that
 * arrive meanwhile queue without being tried. Beyond {@link #MAX_BUFFERED} queued writes the
 * oldest are dropped, so an outage cannot exhaust memory.
 */
public final class KbWriter implements WriteQueue, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KbWriter.class);
  /** Beyond this many queued writes the oldest are dropped. */
  static final int MAX_BUFFERED = 100_000;
  /** The most writes one transaction carries. */
  static final int MAX_BATCH = 500;

  /** A queued write, numbered in submission order. */
  private record Job<T>(long seq, Function<KnowledgeBase.Writes, T> work,
      CompletableFuture<T> result) {
    void run(KnowledgeBase.Writes writes, List<Runnable> onCommit) {
      T value = work.apply(writes);
      onCommit.add(() -> result.complete(value));
    }
  }

  /** Waits for every write up to {@code seq} to have been tried. */
  private record Barrier(long seq, CompletableFuture<Void> done) {}

  private final KnowledgeBase kb;
  private final Executor writes;
  private final ScheduledExecutorService retries;
  private final Duration retryEvery;
  private final Listener listener;
  private final Deque<Job<?>> queue = new ArrayDeque<>();
  private final Deque<Barrier> barriers = new ArrayDeque<>();
  private List<Job<?>> inFlight = List.of();
  private long submitted;
  private long tried;
  private boolean draining;
  /** New writes are not tried until the next retry. */
  private boolean failing;
  /** Since the first failure, until a write is stored again. */
  private boolean outage;
  private RuntimeException lastFailure;
  private ScheduledFuture<?> retryTask;
  /** Writes dropped since start, so the drop is logged on the first and every 10,000th. */
  private long drops;

  /**
   * @param writes runs the drains, one at a time: a single-thread executor, or {@code Runnable::run}
   *     to write on the caller's thread
   * @param retries schedules the retries after a failure; null means retries only happen through
   *     {@link #retryPending()} (tests drive it by hand)
   */
  public KbWriter(KnowledgeBase kb, Executor writes, ScheduledExecutorService retries,
      Duration retryEvery, Listener listener) {
    this.kb = kb;
    this.writes = writes;
    this.retries = retries;
    this.retryEvery = retryEvery;
    this.listener = listener;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /**
   * Queues {@code write}. The future settles at the write's first try: with its value once it is
   * committed, or with the {@link KnowledgeBaseException} when the database failed, in which case
   * the write stays queued and is retried (and the future stays failed).
   */
  @Override
  public <T> CompletableFuture<T> submit(Function<KnowledgeBase.Writes, T> write) {
    CompletableFuture<T> result = new CompletableFuture<>();
    boolean start;
    synchronized (this) {
      queue.addLast(new Job<>(++submitted, write, result));
      dropOldestBeyondLimit();
      if (failing) {
        // Not tried while the database is failing: settled now, stored by a later retry.
        result.completeExceptionally(lastFailure);
        triedUpTo(submitted);
        return result;
      }
      start = startDrain();
    }
    if (start) {
      runDrain();
    }
    return result;
  }

  /**
   * A future that completes once every write submitted so far has been tried: stored, or found
   * failing and kept for a retry. It never completes exceptionally.
   */
  public synchronized CompletableFuture<Void> barrier() {
    if (tried >= submitted) {
      return CompletableFuture.completedFuture(null);
    }
    Barrier barrier = new Barrier(submitted, new CompletableFuture<>());
    barriers.addLast(barrier);
    return barrier.done();
  }

  /**
   * Tries the queued writes again now (on the writes executor); with an inline executor they have
   * been tried when this returns.
   *
   * @return how many writes are still waiting when this returns
   */
  public int retryPending() {
    boolean start;
    synchronized (this) {
      failing = false;
      start = !queue.isEmpty() && startDrain();
    }
    if (start) {
      runDrain();
    }
    return pending();
  }

  /** Writes queued or being written. */
  public synchronized int pending() {
    return queue.size() + inFlight.size();
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
    synchronized (this) {
      // Until everything is stored, or the attempt this started has failed (failing again).
      while ((!queue.isEmpty() || !inFlight.isEmpty()) && !failing) {
        long wait = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (wait <= 0) {
          break;
        }
        try {
          wait(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      left = pending();
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
    synchronized (this) {
      if (retryTask != null) {
        retryTask.cancel(false);
        retryTask = null;
      }
    }
  }

  /** Hands a drain to the writes executor; after shutdown the writes stay queued. */
  private void runDrain() {
    try {
      writes.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        draining = false;
      }
      LOG.warn("the knowledge base writer has stopped; {} write(s) left unstored", pending());
    }
  }

  /** Writes batches until the queue is empty or the database fails. Never two at once. */
  private void drain() {
    while (true) {
      List<Job<?>> batch;
      synchronized (this) {
        if (queue.isEmpty() || failing) {
          draining = false;
          notifyAll();
          return;
        }
        batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
        while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
          batch.add(queue.pollFirst());
        }
        inFlight = batch;
      }
      RuntimeException failure = store(batch);
      synchronized (this) {
        inFlight = List.of();
        if (failure != null) {
          for (int i = batch.size() - 1; i >= 0; i--) {
            queue.addFirst(batch.get(i));
          }
          dropOldestBeyondLimit();
          fail(failure);
          // The writes queued behind the batch are not tried while the database fails: they
          // settle now, as new ones do, and wait for the retry.
          queue.forEach(job -> job.result().completeExceptionally(failure));
          triedUpTo(submitted);
          draining = false;
          notifyAll();
          return;
        }
        triedUpTo(batch.get(batch.size() - 1).seq());
        notifyAll();
      }
    }
  }

  /** One transaction for the batch; returns the failure, or null when it is committed. */
  private RuntimeException store(List<Job<?>> batch) {
    List<Runnable> onCommit = new ArrayList<>(batch.size());
    try {
      kb.write(writes -> {
        batch.forEach(job -> job.run(writes, onCommit));
        return null;
      });
    } catch (RuntimeException e) {
      listener.writeFailed();
      batch.forEach(job -> job.result().completeExceptionally(e));
      return e;
    }
    onCommit.forEach(Runnable::run);
    listener.batchStored(batch.size());
    boolean recovered;
    synchronized (this) {
      recovered = outage;
      outage = false;
      if (retryTask != null) {
        retryTask.cancel(false);
        retryTask = null;
      }
    }
    if (recovered) {
      LOG.info("knowledge base writes recovered: {} buffered write(s) stored", batch.size());
    }
    return null;
  }

  /** Must hold the lock. Marks a drain as started; false when one is already running. */
  private boolean startDrain() {
    if (draining) {
      return false;
    }
    draining = true;
    return true;
  }

  /** Must hold the lock. */
  private void fail(RuntimeException e) {
    if (!outage) {
      outage = true;
      LOG.warn("{}; replies carry on, writes are buffered and retried every {} s",
          e.getMessage(), retryEvery.toSeconds());
    }
    failing = true;
    lastFailure = e;
    if (retries != null && retryTask == null) {
      long every = Math.max(1, retryEvery.toMillis());
      retryTask = retries.scheduleWithFixedDelay(this::retryPending, every, every,
          TimeUnit.MILLISECONDS);
    }
  }

  /** Must hold the lock. */
  private void triedUpTo(long seq) {
    tried = Math.max(tried, seq);
    while (!barriers.isEmpty() && barriers.peekFirst().seq() <= tried) {
      barriers.pollFirst().done().complete(null);
    }
  }

  /** Must hold the lock. */
  private void dropOldestBeyondLimit() {
    while (queue.size() > MAX_BUFFERED) {
      Job<?> dropped = queue.pollFirst();
      dropped.result().completeExceptionally(new KnowledgeBaseException(
          "knowledge base write dropped: more than " + MAX_BUFFERED + " writes waiting", null));
      triedUpTo(dropped.seq());
      listener.writeDropped();
      if (++drops % 10_000 == 1) {
        LOG.error("knowledge base buffer full ({} writes): dropping the oldest", MAX_BUFFERED);
      }
    }
  }
}
