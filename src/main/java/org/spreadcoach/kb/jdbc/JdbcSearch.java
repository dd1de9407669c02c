package org.spreadcoach.kb.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spreadcoach.kb.AdviceCandidate;
import org.spreadcoach.kb.SearchHit;

/**
 * The knowledge base's searches, on either backend: ranked full-text search over messages and
 * advice, and the peer advice that fits a question. Each backend supplies its {@link FullText}
 * dialect (FTS5 on SQLite, tsvector on PostgreSQL).
 */
final class JdbcSearch {
  /** How many of the newest full-text matches a search ranks (see the dialects). */
  static final int SEARCH_WINDOW = 1_000;

  /** How one database matches and ranks text, and keeps its full-text index tidy. */
  interface FullText {
    /**
     * The full-text match over one table ("messages" or "advice"): a SELECT of {@code t.id,
     * t.at_ms, t.principle, t.text} and a {@code rank} (higher is better) from rows aliased {@code
     * t}, ending in a WHERE clause that more conditions can follow with AND.
     */
    String matchSql(String table);

    /** The values for the placeholders of {@link #matchSql}, for these search terms. */
    List<Object> matchParameters(List<String> terms);

    /** The ORDER BY term that puts the best match first. */
    String bestFirst();

    /** Index upkeep after rows were deleted, so deleted words leave the index's storage too. */
    void afterDelete(Connection c) throws SQLException;
  }

  private JdbcSearch() {}

  /** Messages and advice matching {@code terms} (not empty), best first. */
  static List<SearchHit> search(
      Connection c, FullText fullText, List<String> terms, String principle, int limit)
      throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    hits.addAll(searchTable(c, fullText, "advice", terms, principle, null, limit, false));
    hits.addAll(searchTable(c, fullText, "messages", terms, principle, null, limit, false));
    hits.sort(
        Comparator.comparingDouble(SearchHit::score)
            .reversed()
            .thenComparing(SearchHit::kind)
            .thenComparingLong(SearchHit::id));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  /**
   * Servable advice that might fit a question: the best full-text matches of any principle and the
   * newest of {@code principle}, each once, with the feedback on the replies that offered it.
   */
  static List<AdviceCandidate> adviceCandidates(
      Connection c,
      FullText fullText,
      List<String> terms,
      String principle,
      String excludeAuthor,
      int limit)
      throws SQLException {
    Map<Long, Double> relevance = new LinkedHashMap<>();
    if (!terms.isEmpty()) {
      for (SearchHit h :
          searchTable(c, fullText, "advice", terms, null, excludeAuthor, limit, true)) {
        relevance.put(h.id(), h.score());
      }
    }
    List<Long> ids = new ArrayList<>(relevance.keySet());
    if (principle != null) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id FROM advice WHERE principle = ? AND servable = 1 AND (author IS NULL OR"
                  + " author <> ?) ORDER BY id DESC LIMIT ?")) {
        s.setString(1, principle);
        s.setString(2, excludeAuthor == null ? "" : excludeAuthor);
        s.setInt(3, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (!relevance.containsKey(rs.getLong(1))) {
              ids.add(rs.getLong(1));
            }
          }
        }
      }
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
    List<AdviceCandidate> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.id, a.intent, a.principle, a.text,"
                + " a.at_ms, (SELECT COALESCE(SUM(f.value), 0) FROM reply_advice ra JOIN replies r"
                + " ON r.id = ra.reply_id JOIN feedback f ON f.reply_ref = r.platform_id"
                + " WHERE ra.advice_id = a.id) AS feedback FROM advice a WHERE a.id IN ("
                + in
                + ")"
                + " ORDER BY a.id")) {
      for (int i = 0; i < ids.size(); i++) {
        s.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          out.add(
              new AdviceCandidate(
                  id,
                  rs.getString("intent"),
                  rs.getString("principle"),
                  rs.getString("text"),
                  Instant.ofEpochMilli(rs.getLong("at_ms")),
                  relevance.getOrDefault(id, 0.0),
                  rs.getInt("feedback")));
        }
      }
    }
    return out;
  }

  /** Full-text search of one table, best first, optionally one principle, never one author. */
  private static List<SearchHit> searchTable(
      Connection c,
      FullText fullText,
      String table,
      List<String> terms,
      String principle,
      String excludeAuthor,
      int limit,
      boolean servableOnly)
      throws SQLException {
    StringBuilder sql = new StringBuilder(fullText.matchSql(table));
    List<Object> parameters = new ArrayList<>(fullText.matchParameters(terms));
    if (servableOnly) {
      sql.append(" AND t.servable = 1");
    }
    if (principle != null) {
      sql.append(" AND t.principle = ?");
      parameters.add(principle);
    }
    if (excludeAuthor != null) {
      sql.append(" AND (t.author IS NULL OR t.author <> ?)");
      parameters.add(excludeAuthor);
    }
    sql.append(" ORDER BY ").append(fullText.bestFirst()).append(", t.id LIMIT ?");
    parameters.add(limit);
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      List<SearchHit> hits = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          hits.add(hit(table.equals("messages") ? "message" : "advice", rs, rs.getDouble("rank")));
        }
      }
      return hits;
    }
  }

  private static SearchHit hit(String kind, ResultSet rs, double score) throws SQLException {
    return new SearchHit(
        kind,
        rs.getLong("id"),
        Instant.ofEpochMilli(rs.getLong("at_ms")),
        rs.getString("principle"),
        rs.getString("text"),
        score);
  }
}
