package org.spreadcoach.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests talk to. {@code .ci/run} makes sure one runs and passes its
 * URL in {@code SPREADCOACH_TEST_PG_URL}; without it the local default is tried. Where none
 * answers, tests skip and say so, except in CI ({@code CI=true}), where that is a failure.
 */
public final class Postgres {
  public static final String URL_ENV = "SPREADCOACH_TEST_PG_URL";
  private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  private Postgres() {}

  public static String baseUrl() {
    String url = System.getenv(URL_ENV);
    return url == null || url.isBlank() ? LOCAL : url;
  }

  /** Skips the test (or fails it in CI) when no server answers. */
  public static void assumeAvailable() {
    try (Connection c = DriverManager.getConnection(baseUrl())) {
      c.isValid(2);
    } catch (SQLException e) {
      String why =
          "no PostgreSQL server at "
              + baseUrl()
              + " ("
              + e.getMessage()
              + "); set "
              + URL_ENV
              + " or run .ci/run";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("CI must run the PostgreSQL tests: " + why, e);
      }
      Assumptions.abort(why);
    }
  }

  /** Creates a fresh schema and returns a URL whose connections use it. */
  public static String freshSchemaUrl() {
    String schema =
        "t_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(baseUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String base = baseUrl();
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema a {@link #freshSchemaUrl()} URL uses. */
  public static void dropSchema(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = DriverManager.getConnection(baseUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
