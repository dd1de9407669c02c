package org.spreadcoach.kb.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spreadcoach.intents.CuratedAdvice;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.kb.NewAdvice;
import org.spreadcoach.kb.jdbc.sql.AdviceRows;
import org.spreadcoach.kb.jdbc.sql.Sql;

/**
 * The writes of one transaction, on the connection that transaction holds. A statement that fails
 * throws {@link KnowledgeBaseException}, which rolls the whole transaction back; once the
 * transaction has ended, every write is refused.
 */
final class JdbcWrites implements KnowledgeBase.Writes {
  private final Connection connection;
  private final JdbcSearch.FullText fullText;
  private boolean ended;

  /**
   * @param fullText the dialect, whose index is tidied after deletes
   */
  JdbcWrites(Connection connection, JdbcSearch.FullText fullText) {
    this.connection = connection;
    this.fullText = fullText;
  }

  /** Refuses every later write: the connection goes back to the pool. */
  void end() {
    ended = true;
  }

  private <T> T run(Sql.Work<T> work) {
    if (ended) {
      throw new IllegalStateException("these writes belong to a transaction that has ended");
    }
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new KnowledgeBaseException("knowledge base write failed: " + e.getMessage(), e);
    }
  }

  @Override
  public long recordExchange(Exchange e) {
    return run(
        c -> {
          long id;
          // RETURNING (SQLite 3.35+, PostgreSQL) gives the id in the same round trip.
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO messages (at_ms, channel, author, text, intent, principle, nearest,"
                      + " confidence, in_scope, addressed, candidates, domain) VALUES (?, ?, ?, ?,"
                      + " ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setLong(1, e.at().toEpochMilli());
            s.setString(2, e.channel());
            s.setString(3, e.author());
            s.setString(4, e.text());
            s.setString(5, e.intent());
            s.setString(6, e.principle());
            s.setString(7, e.nearest());
            s.setDouble(8, e.confidence());
            s.setInt(9, e.inScope() ? 1 : 0);
            s.setInt(10, e.addressed() ? 1 : 0);
            s.setString(11, e.candidates().isEmpty() ? null : Candidate.format(e.candidates()));
            if (Double.isNaN(e.domain())) {
              s.setNull(12, Types.DOUBLE);
            } else {
              s.setDouble(12, e.domain());
            }
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              id = rs.getLong(1);
            }
          }
          for (Exchange.StoredReply r : e.replies()) {
            long replyId;
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO replies (message_id, at_ms,"
                        + " channel, text, intent, principle, ref) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING id")) {
              s.setLong(1, id);
              s.setLong(2, e.at().toEpochMilli());
              s.setString(3, e.channel());
              s.setString(4, r.text());
              s.setString(5, r.intent());
              s.setString(6, r.principle());
              s.setString(7, r.ref());
              try (ResultSet rs = s.executeQuery()) {
                rs.next();
                replyId = rs.getLong(1);
              }
            }
            if (!r.adviceIds().isEmpty()) {
              // Advice forgotten or expired since the reply was composed is simply not linked.
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO reply_advice (reply_id,"
                          + " advice_id) SELECT ?, id FROM advice WHERE id = ?")) {
                for (long adviceId : r.adviceIds()) {
                  s.setLong(1, replyId);
                  s.setLong(2, adviceId);
                  s.addBatch();
                }
                s.executeBatch();
              }
            }
          }
          return id;
        });
  }

  @Override
  public List<Long> addAdvice(List<NewAdvice> advice) {
    return run(c -> AdviceRows.insert(c, advice, null));
  }

  @Override
  public int importCurated(List<CuratedAdvice> advice, Instant at) {
    return run(
        c -> {
          Set<String> known = new HashSet<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT curated_key FROM advice" + " WHERE curated_key IS NOT NULL")) {
            while (rs.next()) {
              known.add(rs.getString(1));
            }
          }
          List<NewAdvice> fresh = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE advice SET intent = ?" + " WHERE curated_key = ? AND intent IS NULL")) {
            for (CuratedAdvice a : advice) {
              String key = a.principle() + ":" + a.text().toLowerCase(Locale.ROOT).strip();
              if (known.add(key)) {
                fresh.add(
                    new NewAdvice(
                        at, a.principle(), a.text(), null, "curated", null, a.intent(), true));
                keys.add(key);
              } else if (a.intent() != null) {
                // Curated advice stored by an older version learns its intent.
                update.setString(1, a.intent());
                update.setString(2, key);
                update.addBatch();
              }
            }
            update.executeBatch();
          }
          AdviceRows.insert(c, fresh, keys);
          return fresh.size();
        });
  }

  @Override
  public void recordFeedback(
      Instant at, String channel, String replyRef, String author, int value) {
    run(
        c -> {
          try (PreparedStatement d =
              c.prepareStatement("DELETE FROM feedback WHERE reply_ref = ? AND author = ?")) {
            d.setString(1, replyRef);
            d.setString(2, author);
            d.executeUpdate();
          }
          if (value != 0) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO feedback (at_ms, channel,"
                        + " reply_ref, author, value) VALUES (?, ?, ?, ?, ?)")) {
              s.setLong(1, at.toEpochMilli());
              s.setString(2, channel);
              s.setString(3, replyRef);
              s.setString(4, author);
              s.setInt(5, Integer.signum(value));
              s.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public void recordPosted(String replyRef, String platformId) {
    run(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE replies SET platform_id = ? WHERE ref = ?")) {
            s.setString(1, platformId);
            s.setString(2, replyRef);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Map<String, Integer> forget(String author) {
    return run(
        c -> {
          Map<String, Integer> deleted = new LinkedHashMap<>();
          for (String table : List.of("messages", "advice", "feedback", "round_advice")) {
            try (PreparedStatement s =
                c.prepareStatement("DELETE FROM " + table + " WHERE author = ?")) {
              s.setString(1, author);
              deleted.put(table, s.executeUpdate());
            }
          }
          // A round belongs to everyone in it: keep it, but drop what links it to this person.
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE rounds SET reflection = NULL,"
                      + " spreader = 'forgotten' WHERE spreader = ?")) {
            s.setString(1, author);
            deleted.put("reflections", s.executeUpdate());
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE rounds SET facilitator =" + " 'forgotten' WHERE facilitator = ?")) {
            s.setString(1, author);
            s.executeUpdate();
          }
          fullText.afterDelete(c);
          return deleted;
        });
  }

  @Override
  public int deleteOlderThan(Instant cutoff) {
    return run(
        c -> {
          int n = 0;
          for (String sql :
              List.of(
                  "DELETE FROM messages WHERE at_ms < ?",
                  "DELETE FROM advice WHERE at_ms < ? AND source <> 'curated'",
                  "DELETE FROM feedback WHERE at_ms < ?",
                  "DELETE FROM rounds WHERE closed_ms IS NOT NULL AND closed_ms < ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
              s.setLong(1, cutoff.toEpochMilli());
              n += s.executeUpdate();
            }
          }
          if (n > 0) {
            fullText.afterDelete(c);
          }
          return n;
        });
  }
}
