package org.spreadcoach.kb.jdbc.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the knowledge base's stores reach the database: a read on a pooled connection, or one
 * transaction that commits when the work returns and rolls back when it throws. Failures become
 * {@link org.spreadcoach.kb.KnowledgeBaseException}s that say whether a read or a write failed.
 */
public interface Sql {

  /** A unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs a read on a pooled connection. */
  <T> T read(Work<T> work);

  /** Runs {@code work} in one transaction on a connection of its own; rolls back on any failure. */
  <T> T inTransaction(Work<T> work);
}
