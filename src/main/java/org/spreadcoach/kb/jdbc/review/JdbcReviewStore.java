package org.spreadcoach.kb.jdbc.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.ReviewStore;
import org.spreadcoach.kb.jdbc.sql.Sql;

/**
 * The review queue in SQL shared by SQLite and PostgreSQL. Decisions live in {@code
 * review_decisions}, one row per message, deleted with the message by a foreign key.
 */
public final class JdbcReviewStore implements ReviewStore {
  private final Sql db;

  public JdbcReviewStore(Sql db) {
    this.db = db;
  }

  @Override
  public List<Row> candidates(int limit) {
    // A thumbs down reaches a message through the platform message that carried its reply.
    String sql =
        "SELECT m.id, m.at_ms, m.text, m.intent, m.confidence, m.in_scope, m.addressed,"
            + " m.candidates, EXISTS (SELECT 1 FROM replies r JOIN feedback f"
            + " ON f.reply_ref = r.platform_id WHERE r.message_id = m.id AND f.value < 0) AS down,"
            + " d.decision, d.intent AS decided, d.applied_ms"
            + " FROM messages m LEFT JOIN review_decisions d ON d.message_id = m.id"
            + " WHERE (m.addressed = 1 AND m.in_scope = 0)"
            + " OR (m.in_scope = 1 AND m.candidates IS NOT NULL)"
            + " OR EXISTS (SELECT 1 FROM replies r JOIN feedback f"
            + " ON f.reply_ref = r.platform_id WHERE r.message_id = m.id AND f.value < 0)"
            + " ORDER BY m.id DESC LIMIT ?";
    return db.read(
        c -> {
          List<Row> rows = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                String decision = rs.getString("decision");
                rs.getLong("applied_ms");
                boolean applied = !rs.wasNull();
                rows.add(
                    new Row(
                        rs.getLong("id"),
                        Instant.ofEpochMilli(rs.getLong("at_ms")),
                        rs.getString("text"),
                        rs.getString("intent"),
                        rs.getDouble("confidence"),
                        rs.getInt("in_scope") == 1,
                        rs.getInt("addressed") == 1,
                        Candidate.parse(rs.getString("candidates")),
                        rs.getBoolean("down"),
                        decision == null ? null : Decision.valueOf(decision),
                        rs.getString("decided"),
                        applied));
              }
            }
          }
          return rows;
        });
  }

  @Override
  public void decide(Collection<Long> messageIds, Decision decision, String intent, Instant at) {
    db.inTransaction(
        c -> {
          // Only messages that still exist: one forgotten meanwhile is simply not decided.
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO review_decisions (message_id, decision, intent, at_ms)"
                      + " SELECT id, ?, ?, ? FROM messages WHERE id = ?"
                      + " ON CONFLICT (message_id) DO UPDATE SET decision = excluded.decision,"
                      + " intent = excluded.intent, at_ms = excluded.at_ms, applied_ms = NULL")) {
            for (long id : messageIds) {
              s.setString(1, decision.name());
              if (intent == null) {
                s.setNull(2, Types.VARCHAR);
              } else {
                s.setString(2, intent);
              }
              s.setLong(3, at.toEpochMilli());
              s.setLong(4, id);
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void undecide(Collection<Long> messageIds) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM review_decisions WHERE message_id = ? AND applied_ms IS NULL")) {
            for (long id : messageIds) {
              s.setLong(1, id);
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void markApplied(Collection<Long> messageIds, Instant at) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE review_decisions SET applied_ms = ? WHERE message_id = ?")) {
            for (long id : messageIds) {
              s.setLong(1, at.toEpochMilli());
              s.setLong(2, id);
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }
}
