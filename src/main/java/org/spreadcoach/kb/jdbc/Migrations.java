package org.spreadcoach.kb.jdbc;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.spreadcoach.kb.KnowledgeBaseException;

/**
 * Versioned schema migrations with Flyway: {@code db/migration/common} holds what both databases
 * share (with the primary-key type as a placeholder), {@code db/migration/<vendor>} what differs
 * (full-text search). Flyway takes a lock, so several processes starting at once are safe.
 */
final class Migrations {
  private Migrations() {}

  static void run(DataSource source, String vendor, String primaryKey) {
    try {
      Flyway.configure()
          .dataSource(source)
          .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
          .placeholders(Map.of("pk", primaryKey))
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new KnowledgeBaseException("knowledge base migration failed: " + e.getMessage(), e);
    }
  }
}
