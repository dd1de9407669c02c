package org.spreadcoach.app;

import static org.spreadcoach.config.Constraint.atLeast;

import java.time.Duration;
import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * Where the knowledge base lives and how to reach it (section {@code kb}). The password is a
 * secret, read separately from {@link #PASSWORD_ENV} or the owner-only {@code passwordFile}.
 *
 * @param url JDBC URL
 * @param user PostgreSQL user, or null
 * @param passwordFile owner-only password file, or null
 * @param poolSize connections kept open
 * @param retention how long rows are kept
 */
public record KbSettings(
    String url, String user, String passwordFile, int poolSize, Duration retention) {

  /** The variable that holds the PostgreSQL password; never a config key. */
  public static final String PASSWORD_ENV = "SPREADCOACH_KB_PASSWORD";

  public static final Key<String> URL =
      Key.text(
          "kb.url",
          "jdbc:sqlite:data/spreadcoach.db",
          "knowledge base: jdbc:sqlite:PATH (embedded) or jdbc:postgresql://HOST:PORT/DB (shared); "
              + "replay uses a private in-memory database unless this is set");
  public static final Key<String> USER =
      Key.optionalText(
          "kb.user",
          "PostgreSQL user (the "
              + "password comes from "
              + PASSWORD_ENV
              + " or kb.passwordFile, never from this file)");
  public static final Key<String> PASSWORD_FILE =
      Key.optionalText(
          "kb.passwordFile", "file holding the PostgreSQL password, readable by its owner only");
  public static final Key<Integer> POOL_SIZE =
      Key.integer("kb.poolSize", 4, atLeast(1), "database connections kept open");
  public static final Key<Integer> RETENTION_DAYS =
      Key.integer(
          "kb.retentionDays",
          365,
          atLeast(0),
          "stored messages, replies, feedback and round advice older than this are "
              + "deleted at start and daily (curated advice is kept)");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS =
      List.of(URL, USER, PASSWORD_FILE, POOL_SIZE, RETENTION_DAYS);

  public KbSettings {
    POOL_SIZE.require(poolSize);
  }

  /** The settings {@code config} holds. */
  public static KbSettings from(Config config) {
    return new KbSettings(
        config.get(URL),
        config.get(USER),
        config.get(PASSWORD_FILE),
        config.get(POOL_SIZE),
        Duration.ofDays(config.get(RETENTION_DAYS)));
  }
}
