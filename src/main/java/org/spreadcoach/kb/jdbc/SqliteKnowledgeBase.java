package org.spreadcoach.kb.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded knowledge base: one SQLite file in WAL mode with foreign keys on, full-text search
 * through FTS5. Writes take the lock up front (IMMEDIATE transactions) so concurrent writers wait
 * for each other within the busy timeout instead of failing.
 */
final class SqliteKnowledgeBase extends JdbcKnowledgeBase {
  static final String PREFIX = "jdbc:sqlite:";
  private final boolean memory;

  private SqliteKnowledgeBase(HikariDataSource pool, String description, boolean memory) {
    super(pool, "", new Fts5(), description);
    this.memory = memory;
  }

  /**
   * Opens (creating if needed) the database at a {@code jdbc:sqlite:} URL. {@code :memory:} gives a
   * private in-memory database shared by the pool's connections, gone when closed.
   */
  static SqliteKnowledgeBase open(String url, int poolSize) {
    String target = url.substring(PREFIX.length());
    boolean memory = target.isEmpty() || target.equals(":memory:");
    String jdbcUrl =
        memory ? PREFIX + "file:kb-" + UUID.randomUUID() + "?mode=memory&cache=shared" : url;
    if (!memory && !target.startsWith("file:")) {
      createParent(
          Path.of(target.contains("?") ? target.substring(0, target.indexOf('?')) : target));
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode survives a killed process; only power loss can drop the last commits.
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.enforceForeignKeys(true);
    sqlite.setBusyTimeout(10_000);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // Deleted rows (forget, retention) are overwritten on disk, not just unlinked.
    sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName("kb-sqlite");
    config.setMaximumPoolSize(Math.max(1, poolSize));
    // An in-memory database lives while one connection is open: keep the pool full.
    config.setMinimumIdle(memory ? Math.max(1, poolSize) : 1);
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    Migrations.run(pool, "sqlite", "INTEGER PRIMARY KEY");
    return new SqliteKnowledgeBase(
        pool, memory ? "SQLite (in memory)" : "SQLite " + target, memory);
  }

  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + parent, e);
    }
  }

  /**
   * Connections to one in-memory database share a cache that admits one writer and fails, rather
   * than waits, when another connection writes: it must be written from one thread at a time.
   */
  @Override
  public boolean inMemory() {
    return memory;
  }

  /**
   * FTS5 search. Ranks the newest {@link JdbcSearch#SEARCH_WINDOW} matches, not every match:
   * scoring all of them costs time in proportion to the table, ranking a recent window stays in
   * milliseconds at 100,000 rows. CROSS JOIN fixes the join order: left alone, SQLite 3.51 scans
   * the whole table by principle and probes the matches per row, five times slower. bm25 is lower
   * for better.
   */
  private static final class Fts5 implements JdbcSearch.FullText {
    @Override
    public String matchSql(String table) {
      String fts = table + "_fts";
      return "WITH f AS MATERIALIZED (SELECT rowid AS id, bm25("
          + fts
          + ") AS r FROM "
          + fts
          + " WHERE "
          + fts
          + " MATCH ? ORDER BY rowid DESC LIMIT ?) SELECT t.id, t.at_ms,"
          + " t.principle, t.text, -f.r AS rank FROM f CROSS JOIN "
          + table
          + " t ON t.id = f.id WHERE 1 = 1";
    }

    @Override
    public List<Object> matchParameters(List<String> terms) {
      return List.of(
          String.join(" OR ", terms.stream().map(t -> "\"" + t + "\"").toList()),
          JdbcSearch.SEARCH_WINDOW);
    }

    @Override
    public String bestFirst() {
      return "rank DESC";
    }

    @Override
    public void afterDelete(Connection c) throws SQLException {
      // FTS5 records deletions as markers until segments merge; merging now removes the words.
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')");
        s.execute("INSERT INTO advice_fts (advice_fts) VALUES ('optimize')");
      }
    }
  }
}
