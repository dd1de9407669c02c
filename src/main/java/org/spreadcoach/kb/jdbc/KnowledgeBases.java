package org.spreadcoach.kb.jdbc;

import java.util.List;
import java.util.regex.Pattern;
import org.spreadcoach.config.ConfigException;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;

/** Opens the knowledge base a {@code kb.url} names. */
public final class KnowledgeBases {
  private static final Pattern CREDENTIALS =
      Pattern.compile("(?i)(password|user)=[^&;]*|//[^/@]*@");

  private KnowledgeBases() {}

  /**
   * Opens and migrates the database.
   *
   * @param url {@code jdbc:sqlite:PATH}, {@code jdbc:sqlite::memory:} or {@code
   *     jdbc:postgresql://HOST/DB}
   * @param user database user for PostgreSQL, or null
   * @param password database password for PostgreSQL, or null
   * @throws ConfigException when the URL names another database
   * @throws KnowledgeBaseException when the database cannot be opened or migrated
   */
  public static KnowledgeBase open(String url, String user, String password, int poolSize) {
    if (url.startsWith(SqliteKnowledgeBase.PREFIX)) {
      return SqliteKnowledgeBase.open(url, poolSize);
    }
    if (url.startsWith(PostgresKnowledgeBase.PREFIX)) {
      return PostgresKnowledgeBase.open(url, user, password, poolSize);
    }
    throw new ConfigException(
        List.of(
            "'kb.url' must start with jdbc:sqlite: or "
                + "jdbc:postgresql:, found '"
                + redactUrl(url)
                + "'."));
  }

  /** The URL with any user name or password replaced, for messages and logs. */
  public static String redactUrl(String url) {
    return CREDENTIALS
        .matcher(url)
        .replaceAll(m -> m.group().startsWith("//") ? "//***@" : m.group(1) + "=***");
  }
}
