package org.spreadcoach.kb.jdbc.rounds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spreadcoach.kb.NewAdvice;
import org.spreadcoach.kb.jdbc.sql.AdviceRows;
import org.spreadcoach.kb.jdbc.sql.Sql;
import org.spreadcoach.rounds.AdviceFit;
import org.spreadcoach.rounds.RoundAdvice;
import org.spreadcoach.rounds.RoundRecord;
import org.spreadcoach.rounds.RoundStore;

/**
 * Rounds in the knowledge base's database. The round row is locked (PostgreSQL) or the database is
 * (SQLite's IMMEDIATE transactions) while advice is added or the round closed, so an offer never
 * lands in a round that another process has just closed.
 */
public final class JdbcRoundStore implements RoundStore {
  private static final String COLUMNS =
      "id, channel, topic, spreader, facilitator, opened_ms,"
          + " ends_ms, warned, closed_ms, store, reflection, thread";
  private final Sql db;
  private final String lockRow;

  /**
   * @param lockRow what to append to a SELECT to lock the rows it reads ("" where the whole
   *     database is locked by the transaction)
   */
  public JdbcRoundStore(Sql db, String lockRow) {
    this.db = db;
    this.lockRow = lockRow;
  }

  @Override
  public Optional<Long> openRound(
      String channel,
      String topic,
      String spreader,
      String facilitator,
      Instant opened,
      Instant ends,
      boolean store) {
    return db.inTransaction(
        c -> {
          if (openIn(c, "channel", channel).isPresent()) {
            return Optional.empty();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO rounds (channel, topic, spreader, facilitator, opened_ms, ends_ms,"
                      + " warned, store) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, channel);
            s.setString(2, topic);
            s.setString(3, spreader);
            s.setString(4, facilitator);
            s.setLong(5, opened.toEpochMilli());
            s.setLong(6, ends.toEpochMilli());
            s.setInt(7, store ? 1 : 0);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              return Optional.of(keys.getLong(1));
            }
          } catch (SQLException e) {
            // Another process opened one in the same instant: the unique index said no.
            if (isUniqueViolation(e)) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  @Override
  public Optional<RoundRecord> openRoundIn(String channel) {
    return db.read(c -> openIn(c, "channel", channel));
  }

  @Override
  public Optional<RoundRecord> openRoundForThread(String thread) {
    return db.read(c -> openIn(c, "thread", thread));
  }

  @Override
  public List<String> openRoundThreads() {
    return db.read(
        c -> {
          List<String> threads = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT thread FROM rounds"
                          + " WHERE closed_ms IS NULL AND thread IS NOT NULL")) {
            while (rs.next()) {
              threads.add(rs.getString(1));
            }
          }
          return threads;
        });
  }

  @Override
  public Optional<RoundRecord> round(long id) {
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + COLUMNS + " FROM rounds WHERE id = ?")) {
            s.setLong(1, id);
            return first(s);
          }
        });
  }

  @Override
  public void setThread(long id, String thread) {
    db.inTransaction(c -> execute(c, "UPDATE rounds SET thread = ? WHERE id = ?", thread, id));
  }

  @Override
  public Offer offerAdvice(
      long roundId, String author, String text, boolean anonymous, Instant at) {
    return db.inTransaction(
        c -> {
          if (lockOpen(c, roundId).isEmpty()) {
            return Offer.NOT_OPEN;
          }
          boolean existed;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT 1 FROM round_advice" + " WHERE round_id = ? AND author = ?")) {
            s.setLong(1, roundId);
            s.setString(2, author);
            try (ResultSet rs = s.executeQuery()) {
              existed = rs.next();
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO round_advice (round_id, author, text, anonymous, at_ms) VALUES (?,"
                      + " ?, ?, ?, ?) ON CONFLICT (round_id, author) DO UPDATE SET text ="
                      + " excluded.text, anonymous = excluded.anonymous, at_ms = excluded.at_ms")) {
            s.setLong(1, roundId);
            s.setString(2, author);
            s.setString(3, text);
            s.setInt(4, anonymous ? 1 : 0);
            s.setLong(5, at.toEpochMilli());
            s.executeUpdate();
          }
          return existed ? Offer.REPLACED : Offer.ADDED;
        });
  }

  @Override
  public boolean reflect(long roundId, String text) {
    return db.inTransaction(
        c ->
            lockOpen(c, roundId).isPresent()
                && execute(c, "UPDATE rounds SET reflection = ? WHERE id = ?", text, roundId) == 1);
  }

  @Override
  public List<RoundAdvice> roundAdvice(long roundId) {
    return db.read(c -> adviceOf(c, roundId));
  }

  @Override
  public boolean markWarned(long roundId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE rounds SET warned = 1"
                      + " WHERE id = ? AND warned = 0 AND closed_ms IS NULL")) {
            s.setLong(1, roundId);
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<List<RoundAdvice>> closeRound(
      long roundId, Instant at, Map<Long, AdviceFit> fits) {
    return db.inTransaction(
        c -> {
          Optional<RoundRecord> round = lockOpen(c, roundId);
          if (round.isEmpty()) {
            return Optional.empty();
          }
          List<RoundAdvice> advice = new ArrayList<>();
          Map<Long, AdviceFit> fitOf = new HashMap<>();
          for (RoundAdvice a : adviceOf(c, roundId)) {
            AdviceFit fit = fits.getOrDefault(a.id(), AdviceFit.OTHER);
            fitOf.put(a.id(), fit);
            advice.add(
                new RoundAdvice(
                    a.id(), a.author(), a.text(), a.anonymous(), fit.principle(), a.at()));
          }
          if (!round.get().store()) {
            execute(c, "DELETE FROM rounds WHERE id = ?", roundId);
            return Optional.of(advice);
          }
          execute(c, "UPDATE rounds SET closed_ms = ? WHERE id = ?", at.toEpochMilli(), roundId);
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE round_advice SET principle = ?, intent = ?, servable = ?, author = CASE"
                      + " WHEN anonymous = 1 THEN NULL ELSE author END WHERE id = ?")) {
            for (RoundAdvice a : advice) {
              AdviceFit fit = fitOf.get(a.id());
              s.setString(1, fit.principle());
              s.setString(2, fit.intent());
              s.setInt(3, fit.servable() ? 1 : 0);
              s.setLong(4, a.id());
              s.addBatch();
            }
            s.executeBatch();
          }
          List<NewAdvice> peer =
              advice.stream()
                  .map(
                      a ->
                          new NewAdvice(
                              at,
                              a.principle(),
                              a.text(),
                              a.anonymous() ? null : a.author(),
                              "round",
                              roundId,
                              fitOf.get(a.id()).intent(),
                              fitOf.get(a.id()).servable()))
                  .toList();
          AdviceRows.insert(c, peer, null);
          return Optional.of(advice);
        });
  }

  @Override
  public List<RoundRecord> roundsDue(Instant now, Duration warningBefore) {
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM rounds"
                      + " WHERE closed_ms IS NULL AND ends_ms <= ? ORDER BY ends_ms, id")) {
            s.setLong(1, now.plus(warningBefore).toEpochMilli());
            return all(s);
          }
        });
  }

  @Override
  public long openRoundCount() {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT COUNT(*) FROM rounds WHERE closed_ms IS NULL")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private Optional<RoundRecord> openIn(Connection c, String column, String value)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM rounds WHERE " + column + " = ? AND closed_ms IS NULL")) {
      s.setString(1, value);
      return first(s);
    }
  }

  private Optional<RoundRecord> lockOpen(Connection c, long id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM rounds"
                + " WHERE id = ? AND closed_ms IS NULL"
                + lockRow)) {
      s.setLong(1, id);
      return first(s);
    }
  }

  private static List<RoundAdvice> adviceOf(Connection c, long roundId) throws SQLException {
    List<RoundAdvice> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, author, text, anonymous,"
                + " principle, at_ms FROM round_advice WHERE round_id = ? ORDER BY id")) {
      s.setLong(1, roundId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new RoundAdvice(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4) == 1,
                  rs.getString(5),
                  Instant.ofEpochMilli(rs.getLong(6))));
        }
      }
    }
    return out;
  }

  private static int execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    }
  }

  private static Optional<RoundRecord> first(PreparedStatement s) throws SQLException {
    List<RoundRecord> all = all(s);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static List<RoundRecord> all(PreparedStatement s) throws SQLException {
    List<RoundRecord> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        long closed = rs.getLong("closed_ms");
        boolean open = rs.wasNull();
        out.add(
            new RoundRecord(
                rs.getLong("id"),
                rs.getString("channel"),
                rs.getString("topic"),
                rs.getString("spreader"),
                rs.getString("facilitator"),
                Instant.ofEpochMilli(rs.getLong("opened_ms")),
                Instant.ofEpochMilli(rs.getLong("ends_ms")),
                rs.getInt("warned") == 1,
                open ? null : Instant.ofEpochMilli(closed),
                rs.getInt("store") == 1,
                rs.getString("reflection"),
                rs.getString("thread")));
      }
    }
    return out;
  }

  private static boolean isUniqueViolation(SQLException e) {
    String state = e.getSQLState();
    return "23505".equals(state)
        || (e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed"));
  }
}
