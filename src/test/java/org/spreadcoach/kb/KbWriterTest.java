package org.spreadcoach.kb;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.testing.LogCapture;

/**
 * The writer against a real SQLite database that fails for real: another connection renames the
 * messages table away (every insert then fails with "no such table") and back.
 */
class KbWriterTest {
  @TempDir Path dir;
  private KnowledgeBase kb;
  private KbWriter writer;
  private final AtomicInteger failures = new AtomicInteger();

  @BeforeEach
  void setUp() {
    kb = KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("kb.db"), null, null, 2);
    writer = new KbWriter(kb, null, Duration.ofSeconds(1), new KbWriter.Listener() {
      @Override
      public void writeFailed() {
        failures.incrementAndGet();
      }

      @Override
      public void writeDropped() {}
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
    return new Exchange(Instant.parse("2026-01-05T09:00:00Z"), "team", "p_a", text, null, null,
        null, 0.1, false, true, List.of());
  }

  private List<String> storedTexts() {
    List<String> texts = new ArrayList<>();
    kb.export(row -> {
      if ("message".equals(row.get("type"))) {
        texts.add((String) row.get("text"));
      }
    });
    return texts;
  }

  @Test
  void writesAtOnceWhenTheDatabaseIsFine() {
    assertThat(writer.submit(k -> k.recordExchange(exchange("one")))).isTrue();
    assertThat(writer.pending()).isZero();
    assertThat(storedTexts()).containsExactly("one");
  }

  @Test
  void aFailingDatabaseBuffersInOrderLogsOnceAndCatchesUpWhenItIsBack() throws SQLException {
    writer.submit(k -> k.recordExchange(exchange("before")));
    rename("messages", "messages_away");

    try (LogCapture log = new LogCapture(KbWriter.class)) {
      assertThat(writer.submit(k -> k.recordExchange(exchange("during 1")))).isFalse();
      assertThat(writer.submit(k -> k.recordExchange(exchange("during 2")))).isFalse();
      assertThat(writer.submit(k -> k.recordExchange(exchange("during 3")))).isFalse();
      assertThat(writer.retryPending()).isEqualTo(3);

      assertThat(writer.pending()).isEqualTo(3);
      assertThat(log.messages(Level.WARN)).hasSize(1);
      assertThat(log.messages(Level.WARN).get(0)).contains("knowledge base write failed")
          .contains("buffered and retried");

      rename("messages_away", "messages");
      assertThat(writer.retryPending()).isZero();
      assertThat(log.messages(Level.INFO)).anySatisfy(m ->
          assertThat(m).contains("3 buffered write(s) stored"));
    }
    assertThat(storedTexts()).containsExactly("before", "during 1", "during 2", "during 3");
    assertThat(failures.get()).as("one failure per attempt, for metrics").isEqualTo(2);
  }

  @Test
  void whileWritesAreWaitingANewOneQueuesBehindThemToKeepOrder() throws SQLException {
    rename("messages", "messages_away");
    writer.submit(k -> k.recordExchange(exchange("first")));
    rename("messages_away", "messages");

    assertThat(writer.submit(k -> k.recordExchange(exchange("second")))).isFalse();
    writer.retryPending();

    assertThat(storedTexts()).containsExactly("first", "second");
  }

  @Test
  void flushReportsWhetherEverythingWasStored() throws SQLException {
    rename("messages", "messages_away");
    writer.submit(k -> k.recordExchange(exchange("stuck")));

    assertThat(writer.flush()).isFalse();
    rename("messages_away", "messages");
    assertThat(writer.flush()).isTrue();
    assertThat(storedTexts()).containsExactly("stuck");
    assertThat(kb.stats().messages()).isEqualTo(1);
  }
}
