package org.spreadcoach.kb.writer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.kb.WriteQueue;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.testing.LogCapture;

/**
 * The writer against a real SQLite database that fails for real: another connection renames the
 * messages table away (every insert then fails with "no such table") and back. Most tests write
 * inline or drive the drains by hand, so what happens when is exact.
 */
// The tests queue writes whose futures they do not need: they check the database and barriers.
@SuppressWarnings("FutureReturnValueIgnored")
class KbWriterTest {
  @TempDir Path dir;
  private KnowledgeBase kb;
  private KbWriter writer;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();
  private final List<Integer> batches = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    kb = KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("kb.db"), null, null, 2);
    writer = writer(Runnable::run);
  }

  private KbWriter writer(Executor writes) {
    return new KbWriter(
        kb,
        writes,
        null,
        Duration.ofSeconds(1),
        new WriteQueue.Listener() {
          @Override
          public void writeFailed() {
            failures.incrementAndGet();
          }

          @Override
          public void writeDropped() {
            dropped.incrementAndGet();
          }

          @Override
          public void batchStored(int writes) {
            batches.add(writes);
          }
        });
  }

  @AfterEach
  void tearDown() {
    kb.close();
  }

  private void rename(String from, String to) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + from + " RENAME TO " + to);
    }
  }

  private static Exchange exchange(String text) {
    return new Exchange(
        Instant.parse("2026-01-05T09:00:00Z"),
        "team",
        "p_a",
        text,
        null,
        null,
        null,
        0.1,
        false,
        true,
        List.of());
  }

  private List<String> storedTexts() {
    List<String> texts = new ArrayList<>();
    kb.export(
        row -> {
          if ("message".equals(row.get("type"))) {
            texts.add((String) row.get("text"));
          }
        });
    return texts;
  }

  private static Function<KnowledgeBase.Writes, Long> record(String text) {
    return k -> k.recordExchange(exchange(text));
  }

  @Test
  void writesAtOnceWhenTheDatabaseIsFine() {
    CompletableFuture<Long> id = writer.submit(record("one"));

    assertThat(id).isCompleted();
    assertThat(id.join()).isPositive();
    assertThat(writer.pending()).isZero();
    assertThat(writer.barrier()).isCompleted();
    assertThat(storedTexts()).containsExactly("one");
  }

  @Test
  void writesThatArriveWhileOneIsWaitingGoTogetherInOneTransaction() {
    Deque<Runnable> tasks = new ArrayDeque<>();
    writer = writer(tasks::add);

    List<CompletableFuture<Long>> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(writer.submit(record("batched " + i)));
    }
    CompletableFuture<Void> barrier = writer.barrier();

    assertThat(tasks).as("one drain for all five").hasSize(1);
    assertThat(barrier).isNotDone();
    assertThat(ids).noneMatch(CompletableFuture::isDone);
    assertThat(writer.pending()).isEqualTo(5);
    assertThat(storedTexts()).isEmpty();

    tasks.poll().run();

    assertThat(batches).containsExactly(5);
    assertThat(barrier).isCompleted();
    assertThat(ids).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    assertThat(writer.pending()).isZero();
    assertThat(storedTexts())
        .containsExactly("batched 0", "batched 1", "batched 2", "batched 3", "batched 4");
    writer.submit(record("later"));
    assertThat(tasks).as("the next write starts a new drain").hasSize(1);
  }

  @Test
  void aBatchIsStoredWhollyOrNotAtAll() {
    Deque<Runnable> tasks = new ArrayDeque<>();
    writer = writer(tasks::add);
    CompletableFuture<Long> first = writer.submit(record("first"));
    CompletableFuture<Object> broken =
        writer.submit(
            k -> {
              k.recordExchange(exchange("second"));
              throw new KnowledgeBaseException("knowledge base write failed: disk I/O error", null);
            });

    tasks.poll().run();

    assertThat(storedTexts()).as("rolled back together").isEmpty();
    assertThat(first).as("waits for a retry to store it").isNotDone();
    assertThat(broken).isNotDone();
    assertThat(writer.pending()).isEqualTo(2);
    assertThat(writer.barrier())
        .as("tried, so a barrier does not wait for the retry")
        .isCompleted();
  }

  @Test
  void writesQueuedBehindAFailingBatchSettleWithItAndWaitForTheRetry() {
    Deque<Runnable> tasks = new ArrayDeque<>();
    writer = writer(tasks::add);
    List<CompletableFuture<Long>> behind = new ArrayList<>();
    writer.submit(
        k -> {
          // Arrives while this batch is being written, as a message does on the bot's thread.
          behind.add(writer.submit(record("behind")));
          throw new KnowledgeBaseException("knowledge base write failed: disk I/O error", null);
        });

    tasks.poll().run();

    assertThat(behind)
        .singleElement()
        .satisfies(f -> assertThat(f).as("kept for the retry").isNotDone());
    assertThat(writer.barrier()).as("settled, not left to the next retry").isCompleted();
    assertThat(writer.pending()).isEqualTo(2);
    assertThat(tasks).isEmpty();
  }

  @Test
  void aWriteAfterTheWriterThreadStoppedStaysQueuedAndThrowsNothing() {
    ExecutorService stopped = Executors.newSingleThreadExecutor();
    stopped.shutdown();
    writer = writer(stopped);

    try (LogCapture log = new LogCapture(KbWriter.class)) {
      CompletableFuture<Long> late = writer.submit(record("late"));
      assertThat(late).isNotDone();
      assertThat(log.messages(Level.WARN))
          .singleElement()
          .satisfies(m -> assertThat(m).contains("writer has stopped").contains("1 write(s)"));
    }
    assertThat(writer.pending()).isEqualTo(1);
  }

  @Test
  void flushWaitsForTheRetryItStartsOnTheWriterThread() throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      writer = writer(thread);
      rename("messages", "messages_away");
      writer.submit(record("kept through the outage"));
      writer.barrier().get(30, TimeUnit.SECONDS);
      assertThat(writer.pending()).isEqualTo(1);
      rename("messages_away", "messages");

      assertThat(writer.flush(Duration.ofSeconds(30))).isTrue();

      assertThat(storedTexts()).containsExactly("kept through the outage");
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void onItsOwnThreadTheWriterStoresEverythingBeforeTheBarrierCompletes() throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      writer = writer(thread);
      for (int i = 0; i < 300; i++) {
        writer.submit(record("threaded " + i));
      }

      writer.barrier().get(30, TimeUnit.SECONDS);

      assertThat(kb.stats().messages()).isEqualTo(300);
      assertThat(writer.pending()).isZero();
      assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void aFailingDatabaseBuffersInOrderLogsOnceAndCatchesUpWhenItIsBack() throws SQLException {
    writer.submit(record("before"));
    rename("messages", "messages_away");

    try (LogCapture log = new LogCapture(KbWriter.class)) {
      assertThat(writer.submit(record("during 1"))).isNotDone();
      assertThat(writer.submit(record("during 2"))).isNotDone();
      assertThat(writer.submit(record("during 3"))).isNotDone();
      assertThat(writer.retryPending()).isEqualTo(3);

      assertThat(writer.pending()).isEqualTo(3);
      assertThat(log.messages(Level.WARN)).hasSize(1);
      assertThat(log.messages(Level.WARN).get(0))
          .contains("knowledge base write failed")
          .contains("buffered and retried");

      rename("messages_away", "messages");
      assertThat(writer.retryPending()).isZero();
      assertThat(log.messages(Level.INFO))
          .anySatisfy(m -> assertThat(m).contains("3 buffered write(s) stored"));
    }
    assertThat(storedTexts()).containsExactly("before", "during 1", "during 2", "during 3");
    assertThat(failures.get()).as("one failure per attempt, for metrics").isEqualTo(2);
  }

  @Test
  void whileWritesAreWaitingANewOneQueuesBehindThemToKeepOrder() throws SQLException {
    rename("messages", "messages_away");
    writer.submit(record("first"));
    rename("messages_away", "messages");

    assertThat(writer.submit(record("second"))).as("not tried before the retry").isNotDone();
    writer.retryPending();

    assertThat(storedTexts()).containsExactly("first", "second");
  }

  @Test
  void aLongOutageDropsTheOldestWritesAndSaysSoOnce() throws SQLException {
    rename("messages", "messages_away");
    CompletableFuture<Long> oldest = writer.submit(record("oldest"));

    try (LogCapture log = new LogCapture(KbWriter.class)) {
      for (int i = 0; i < KbWriter.MAX_BUFFERED + 1; i++) {
        writer.submit(k -> null);
      }
      assertThat(log.messages(Level.ERROR))
          .singleElement()
          .satisfies(m -> assertThat(m).contains("buffer full"));
    }

    assertThat(writer.pending()).isEqualTo(KbWriter.MAX_BUFFERED);
    assertThat(dropped.get()).isEqualTo(2);
    assertThat(oldest).isCompletedExceptionally();
    rename("messages_away", "messages");
    writer.retryPending();
    assertThat(storedTexts()).as("the oldest went first").isEmpty();
  }

  @Test
  void aWriteWhoseFirstTryFailedCompletesWithItsValueOnceARetryStoresIt() throws SQLException {
    rename("messages", "messages_away");
    CompletableFuture<Long> triedAndFailed = writer.submit(record("tried while failing"));
    CompletableFuture<Long> queuedBehind = writer.submit(record("queued while failing"));
    writer.retryPending();
    assertThat(triedAndFailed).as("two failed tries").isNotDone();
    rename("messages_away", "messages");

    writer.retryPending();

    Map<String, Long> ids = new HashMap<>();
    kb.export(row -> ids.put((String) row.get("text"), ((Number) row.get("id")).longValue()));
    assertThat(triedAndFailed).isCompletedWithValue(ids.get("tried while failing"));
    assertThat(queuedBehind).isCompletedWithValue(ids.get("queued while failing"));
  }

  @Test
  void callbacksRunOutsideTheWritersLockSoTheyMayCallItFromAnotherThread() throws Exception {
    // Each callback asks the writer something from another thread and waits for the answer, with
    // a bound: a callback made while the writer holds its lock would wait in vain.
    ExecutorService other = Executors.newSingleThreadExecutor();
    List<String> answered = new CopyOnWriteArrayList<>();
    List<String> blocked = new CopyOnWriteArrayList<>();
    Consumer<String> askFromAnotherThread =
        callback -> {
          try {
            other.submit(writer::pending).get(10, TimeUnit.SECONDS);
            answered.add(callback);
          } catch (Exception e) {
            blocked.add(callback);
          }
        };
    Deque<Runnable> tasks = new ArrayDeque<>();
    writer =
        new KbWriter(
            kb,
            tasks::add,
            null,
            Duration.ofSeconds(1),
            new WriteQueue.Listener() {
              @Override
              public void writeFailed() {
                askFromAnotherThread.accept("writeFailed");
              }

              @Override
              public void writeDropped() {
                askFromAnotherThread.accept("writeDropped");
              }

              @Override
              public void batchStored(int writes) {
                askFromAnotherThread.accept("batchStored");
              }
            });
    try {
      rename("messages", "messages_away");
      writer
          .submit(record("oldest"))
          .whenComplete((id, e) -> askFromAnotherThread.accept("dropped future"));
      writer.barrier().thenRun(() -> askFromAnotherThread.accept("barrier"));
      writer.submit(record("kept")).thenRun(() -> askFromAnotherThread.accept("stored future"));
      tasks.poll().run();
      for (int i = 0; i < KbWriter.MAX_BUFFERED - 1; i++) {
        writer.submit(k -> null);
      }
      rename("messages_away", "messages");
      writer.retryPending();
      tasks.poll().run();

      assertThat(blocked).isEmpty();
      assertThat(answered)
          .contains(
              "writeFailed",
              "barrier",
              "writeDropped",
              "dropped future",
              "batchStored",
              "stored future");
      assertThat(storedTexts()).containsExactly("kept");
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void flushReportsWhetherEverythingWasStored() throws SQLException {
    rename("messages", "messages_away");
    writer.submit(record("stuck"));

    assertThat(writer.flush(Duration.ofSeconds(10))).isFalse();
    rename("messages_away", "messages");
    assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
    assertThat(storedTexts()).containsExactly("stuck");
    assertThat(kb.stats().messages()).isEqualTo(1);
  }
}
