package org.spreadcoach.kb.jdbc.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.kb.NewAdvice;

/**
 * Rows of the {@code advice} table, written from two places: the knowledge base's writes and the
 * co-coaching rounds that keep their advice.
 */
public final class AdviceRows {
  private AdviceRows() {}

  /**
   * Inserts {@code advice} and returns the new rows' ids in order.
   *
   * @param curatedKeys each row's key in the curated advice files, or null for advice from chat
   */
  public static List<Long> insert(Connection c, List<NewAdvice> advice, List<String> curatedKeys)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO advice (at_ms, principle, text,"
                + " author, source, round_id, curated_key, intent, servable)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < advice.size(); i++) {
        NewAdvice a = advice.get(i);
        s.setLong(1, a.at().toEpochMilli());
        s.setString(2, a.principle());
        s.setString(3, a.text());
        s.setString(4, a.author());
        s.setString(5, a.source());
        if (a.roundId() == null) {
          s.setNull(6, Types.BIGINT);
        } else {
          s.setLong(6, a.roundId());
        }
        s.setString(7, curatedKeys == null ? null : curatedKeys.get(i));
        s.setString(8, a.intent());
        s.setInt(9, a.servable() ? 1 : 0);
        s.executeUpdate();
        ids.add(generatedKey(s));
      }
    }
    return ids;
  }

  /** The key the database generated for the row {@code s} inserted. */
  public static long generatedKey(Statement s) throws SQLException {
    try (ResultSet keys = s.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key returned");
      }
      return keys.getLong(1);
    }
  }
}
