package org.spreadcoach.kb.jdbc.review;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections from the knowledge base's pool: a read on a connection of its own, or one
 * transaction, committed when the work returns and rolled back when it throws. Failures come out as
 * {@link org.spreadcoach.kb.KnowledgeBaseException}.
 */
public interface Transactions {

  /** A unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T read(Work<T> work);

  <T> T inTransaction(Work<T> work);
}
