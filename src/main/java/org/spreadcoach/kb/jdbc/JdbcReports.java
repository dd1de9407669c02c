package org.spreadcoach.kb.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.spreadcoach.kb.KbStats;

/** The maintainers' read-only views over the knowledge base: stats and export. */
final class JdbcReports {
  private JdbcReports() {}

  static KbStats stats(Connection c) throws SQLException {
    Map<String, Long> byPrinciple = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COALESCE(principle, 'none'), COUNT(*) FROM"
                    + " messages WHERE in_scope = 1 GROUP BY COALESCE(principle, 'none')"
                    + " ORDER BY COALESCE(principle, 'none')")) {
      while (rs.next()) {
        byPrinciple.put(rs.getString(1), rs.getLong(2));
      }
    }
    return new KbStats(
        count(c, "SELECT COUNT(*) FROM messages"),
        count(c, "SELECT COUNT(*) FROM messages WHERE in_scope = 1"),
        count(c, "SELECT COUNT(*) FROM replies"),
        count(c, "SELECT COUNT(*) FROM advice"),
        count(c, "SELECT COUNT(*) FROM feedback WHERE value > 0"),
        count(c, "SELECT COUNT(*) FROM feedback WHERE value < 0"),
        byPrinciple);
  }

  /** Every row, messages first; times as ISO instants, flags as booleans. */
  static void export(Connection c, Consumer<Map<String, Object>> sink) throws SQLException {
    rows(
        c,
        "message",
        "SELECT id, at_ms, channel, author, text, intent, principle,"
            + " confidence, in_scope, addressed, candidates, domain FROM messages ORDER BY id",
        sink);
    rows(
        c,
        "reply",
        "SELECT id, message_id, at_ms, channel, text, intent, principle, ref,"
            + " platform_id FROM replies ORDER BY id",
        sink);
    rows(
        c,
        "reply_advice",
        "SELECT reply_id, advice_id FROM reply_advice" + " ORDER BY reply_id, advice_id",
        sink);
    rows(
        c,
        "advice",
        "SELECT id, at_ms, principle, intent, text, author, source, round_id,"
            + " servable FROM advice ORDER BY id",
        sink);
    rows(
        c,
        "feedback",
        "SELECT id, at_ms, channel, reply_ref, author, value" + " FROM feedback ORDER BY id",
        sink);
    rows(
        c,
        "round",
        "SELECT id, channel, topic, spreader, facilitator, opened_ms,"
            + " ends_ms, closed_ms, store, reflection FROM rounds ORDER BY id",
        sink);
    rows(
        c,
        "round_advice",
        "SELECT id, round_id, author, text, anonymous, principle, intent,"
            + " servable, at_ms FROM round_advice ORDER BY id",
        sink);
  }

  private static void rows(
      Connection c, String type, String sql, Consumer<Map<String, Object>> sink)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      var meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", type);
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
          Object value = rs.getObject(i);
          if (name.endsWith("_ms") && value instanceof Number n) {
            row.put(
                name.substring(0, name.length() - 3),
                Instant.ofEpochMilli(n.longValue()).toString());
          } else if (value instanceof Number n
              && (name.equals("in_scope")
                  || name.equals("addressed")
                  || name.equals("store")
                  || name.equals("anonymous")
                  || name.equals("servable"))) {
            row.put(name, n.intValue() == 1);
          } else {
            row.put(name, value);
          }
        }
        sink.accept(row);
      }
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
