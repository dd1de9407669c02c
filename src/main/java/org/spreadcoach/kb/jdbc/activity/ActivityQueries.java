package org.spreadcoach.kb.jdbc.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.jdbc.sql.UnrecognisedRows;

/**
 * The SQL behind {@link org.spreadcoach.kb.KnowledgeBase#activity}, the same on SQLite and
 * PostgreSQL: times are epoch milliseconds in both, so weeks are integer division of {@code at_ms}
 * (shifted to start on Monday), which both dialects truncate alike; the confidence histogram is
 * bucketed in Java, where rounding is one rule rather than two dialects' casts.
 */
public final class ActivityQueries {
  /** The Monday 1970-01-05 is four days after the epoch. */
  private static final long MONDAY_SHIFT_MS = Duration.ofDays(4).toMillis();

  private static final long WEEK_MS = Duration.ofDays(7).toMillis();
  private static final int BUCKETS = 10;
  private static final int TOP_UNRECOGNISED = 15;

  private ActivityQueries() {}

  /** Everything the activity report shows, read on {@code c} from {@code since} on. */
  public static Activity read(Connection c, Instant since) throws SQLException {
    long from = since.toEpochMilli();
    long[] groups = groups(c, from);
    return new Activity(
        since,
        weeks(c, from),
        groups[0],
        groups[1],
        groups[2],
        confidence(c, from),
        feedback(c, from),
        rounds(c, from),
        UnrecognisedRows.since(c, from, TOP_UNRECOGNISED));
  }

  private static List<Activity.WeekCount> weeks(Connection c, long from) throws SQLException {
    String week = "(at_ms - " + MONDAY_SHIFT_MS + ") / " + WEEK_MS;
    List<Activity.WeekCount> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + week
                + " AS wk, principle, COUNT(*) FROM messages WHERE at_ms >= ? AND in_scope = 1"
                + " GROUP BY "
                + week
                + ", principle ORDER BY 1, "
                + nullsLast("principle"))) {
      s.setLong(1, from);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long monday = rs.getLong(1) * WEEK_MS + MONDAY_SHIFT_MS;
          out.add(
              new Activity.WeekCount(
                  Instant.ofEpochMilli(monday).atZone(ZoneOffset.UTC).toLocalDate(),
                  rs.getString(2),
                  rs.getLong(3)));
        }
      }
    }
    return out;
  }

  /**
   * An ORDER BY term with NULL last: SQLite sorts NULL first and PostgreSQL last, and only the
   * latter knows NULLS LAST, so say it in a way both read.
   */
  private static String nullsLast(String column) {
    return "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, " + column;
  }

  /** Recognised, fallback, unanswered. */
  private static long[] groups(Connection c, long from) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT SUM(CASE WHEN in_scope = 1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN in_scope = 0 AND addressed = 1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN in_scope = 0 AND addressed = 0 THEN 1 ELSE 0 END)"
                + " FROM messages WHERE at_ms >= ?")) {
      s.setLong(1, from);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
      }
    }
  }

  private static List<Activity.ConfidenceBucket> confidence(Connection c, long from)
      throws SQLException {
    long[] recognised = new long[BUCKETS];
    long[] other = new long[BUCKETS];
    try (PreparedStatement s =
        c.prepareStatement("SELECT confidence, in_scope FROM messages WHERE at_ms >= ?")) {
      s.setLong(1, from);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          double confidence = rs.getDouble(1);
          int bucket =
              Double.isNaN(confidence)
                  ? 0
                  : Math.max(0, Math.min(BUCKETS - 1, (int) Math.floor(confidence * BUCKETS)));
          (rs.getInt(2) == 1 ? recognised : other)[bucket]++;
        }
      }
    }
    List<Activity.ConfidenceBucket> out = new ArrayList<>();
    for (int i = 0; i < BUCKETS; i++) {
      out.add(
          new Activity.ConfidenceBucket(
              (double) i / BUCKETS, (double) (i + 1) / BUCKETS, recognised[i], other[i]));
    }
    return out;
  }

  private static List<Activity.IntentFeedback> feedback(Connection c, long from)
      throws SQLException {
    List<Activity.IntentFeedback> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT r.intent, SUM(CASE WHEN f.value > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN f.value < 0 THEN 1 ELSE 0 END) FROM feedback f"
                + " JOIN replies r ON r.platform_id = f.reply_ref WHERE f.at_ms >= ?"
                + " GROUP BY r.intent ORDER BY "
                + nullsLast("r.intent"))) {
      s.setLong(1, from);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Activity.IntentFeedback(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }

  private static List<Activity.RoundActivity> rounds(Connection c, long from) throws SQLException {
    List<Activity.RoundActivity> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT r.id, r.opened_ms, r.topic, r.closed_ms,"
                + " (SELECT COUNT(*) FROM round_advice a WHERE a.round_id = r.id)"
                + " FROM rounds r WHERE r.opened_ms >= ? ORDER BY r.opened_ms, r.id")) {
      s.setLong(1, from);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rs.getLong(4);
          boolean closed = !rs.wasNull();
          out.add(
              new Activity.RoundActivity(
                  rs.getLong(1),
                  Instant.ofEpochMilli(rs.getLong(2)),
                  rs.getString(3),
                  rs.getLong(5),
                  closed));
        }
      }
    }
    return out;
  }
}
