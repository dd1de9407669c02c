package org.spreadcoach.kb.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.kb.KnowledgeBase;

class SqliteKnowledgeBaseTest extends KnowledgeBaseContract {
  @TempDir Path dir;

  @Override
  protected KnowledgeBase open() {
    return KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("data/kb.db"), null, null, 4);
  }

  @Test
  void createsTheFileAndItsDirectoryOnFirstStartInWalMode() throws Exception {
    assertThat(dir.resolve("data/kb.db")).exists();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/kb.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void reopeningKeepsTheDataAndDoesNotMigrateTwice() {
    kb.recordExchange(exchange(T0, "p_a", "kept across restarts", true, "networks", false));
    kb.close();

    kb = open();

    assertThat(kb.search("restarts", null, 5)).hasSize(1);
  }

  @Test
  void afterForgetTheWordsAreGoneFromTheDatabaseFileItself() throws Exception {
    kb.recordExchange(exchange(T0, "p_gone", "xylophone quartet pathway", true, "networks", true));
    kb.forget("p_gone");
    kb.close();

    byte[] bytes = Files.readAllBytes(dir.resolve("data/kb.db"));
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
        .doesNotContain("xylophone")
        .doesNotContain("p_gone");
    kb = open();
  }

  @Test
  void anInMemoryDatabaseIsPrivateToItsOpener() {
    try (KnowledgeBase a = KnowledgeBases.open("jdbc:sqlite::memory:", null, null, 2);
        KnowledgeBase b = KnowledgeBases.open("jdbc:sqlite::memory:", null, null, 2)) {
      a.recordExchange(exchange(T0, "p_a", "only in a", true, "networks", false));

      assertThat(a.stats().messages()).isEqualTo(1);
      assertThat(b.stats().messages()).isZero();
    }
  }

  @Test
  void anUnknownDatabaseUrlIsAConfigErrorThatHidesCredentials() {
    Assertions.assertThatThrownBy(
            () -> KnowledgeBases.open("jdbc:mysql://db/x?user=bob&password=secret", null, null, 1))
        .hasMessageContaining("'kb.url' must start with jdbc:sqlite: or jdbc:postgresql:")
        .hasMessageNotContaining("secret")
        .hasMessageNotContaining("bob");
    assertThat(List.of(KnowledgeBases.redactUrl("jdbc:postgresql://u:pw@h/db")))
        .containsExactly("jdbc:postgresql://***@h/db");
  }
}
