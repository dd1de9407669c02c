package org.spreadcoach.kb.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.AdviceCandidate;
import org.spreadcoach.kb.KbStats;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.kb.ReviewStore;
import org.spreadcoach.kb.SearchHit;
import org.spreadcoach.kb.Unrecognised;
import org.spreadcoach.kb.jdbc.activity.ActivityQueries;
import org.spreadcoach.kb.jdbc.review.JdbcReviewStore;
import org.spreadcoach.kb.jdbc.rounds.JdbcRoundStore;
import org.spreadcoach.kb.jdbc.sql.Sql;
import org.spreadcoach.kb.jdbc.sql.UnrecognisedRows;
import org.spreadcoach.rounds.RoundStore;

/**
 * The knowledge base on a pooled JDBC database, for both backends: transactions and reads here, the
 * writes' SQL in {@link JdbcWrites}, searches in {@link JdbcSearch}, reports in {@link
 * JdbcReports}. Subclasses open the pool and supply their full-text dialect.
 */
abstract class JdbcKnowledgeBase implements KnowledgeBase, Sql {
  private final HikariDataSource pool;
  private final JdbcRoundStore rounds;
  private final JdbcReviewStore review;
  private final JdbcSearch.FullText fullText;
  private final String description;

  /**
   * @param lockRow appended to a SELECT to lock the rows it reads, where the database locks rows
   * @param fullText the dialect's full-text search
   * @param description for logs, without credentials
   */
  JdbcKnowledgeBase(
      HikariDataSource pool, String lockRow, JdbcSearch.FullText fullText, String description) {
    this.pool = pool;
    this.fullText = fullText;
    this.description = description;
    this.rounds = new JdbcRoundStore(this, lockRow);
    this.review = new JdbcReviewStore(this);
  }

  @Override
  public ReviewStore review() {
    return review;
  }

  @Override
  public RoundStore rounds() {
    return rounds;
  }

  @Override
  public <T> T write(Function<Writes, T> writes) {
    return inTransaction(
        c -> {
          JdbcWrites bound = new JdbcWrites(c, fullText);
          try {
            return writes.apply(bound);
          } finally {
            bound.end();
          }
        });
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new KnowledgeBaseException("knowledge base write failed: " + e.getMessage(), e);
    }
  }

  @Override
  public <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new KnowledgeBaseException("knowledge base read failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<SearchHit> search(String query, String principle, int limit) {
    List<String> terms = SearchQuery.terms(query);
    if (terms.isEmpty() || limit <= 0) {
      return List.of();
    }
    return read(c -> JdbcSearch.search(c, fullText, terms, principle, limit));
  }

  @Override
  public List<AdviceCandidate> adviceCandidates(
      String query, String principle, String excludeAuthor, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    List<String> terms = SearchQuery.terms(query);
    return read(
        c -> JdbcSearch.adviceCandidates(c, fullText, terms, principle, excludeAuthor, limit));
  }

  @Override
  public List<Unrecognised> unrecognised(int limit) {
    return read(c -> UnrecognisedRows.since(c, Long.MIN_VALUE, limit));
  }

  @Override
  public KbStats stats() {
    return read(JdbcReports::stats);
  }

  @Override
  public Activity activity(Instant since) {
    return read(c -> ActivityQueries.read(c, since));
  }

  @Override
  public void export(Consumer<Map<String, Object>> sink) {
    read(
        c -> {
          JdbcReports.export(c, sink);
          return null;
        });
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public boolean isHealthy() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        return rs.next();
      }
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
