package org.spreadcoach.kb.jdbc.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.kb.Unrecognised;

/**
 * The questions put to the bot that it did not recognise, grouped by their text (ignoring case),
 * most asked first: what {@code kb unrecognised} lists and the activity report counts.
 */
public final class UnrecognisedRows {
  private UnrecognisedRows() {}

  /** The {@code limit} most asked, of the messages logged at or after {@code fromMs}. */
  public static List<Unrecognised> since(Connection c, long fromMs, int limit) throws SQLException {
    List<Unrecognised> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT MIN(text), COUNT(*) AS n, MAX(nearest) FROM messages"
                + " WHERE addressed = 1 AND in_scope = 0 AND at_ms >= ?"
                + " GROUP BY lower(text) ORDER BY n DESC, lower(text) LIMIT ?")) {
      s.setLong(1, fromMs);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Unrecognised(rs.getString(1), rs.getLong(2), rs.getString(3)));
        }
      }
    }
    return out;
  }
}
