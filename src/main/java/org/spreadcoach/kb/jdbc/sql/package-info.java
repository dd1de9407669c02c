/**
 * What the knowledge base's SQL stores share, below them all: the {@link
 * org.spreadcoach.kb.jdbc.sql.Sql} they run their work through and the rows more than one of them
 * writes ({@link org.spreadcoach.kb.jdbc.sql.AdviceRows}) or reads ({@link
 * org.spreadcoach.kb.jdbc.sql.UnrecognisedRows}). Part of the JDBC adapter.
 */
package org.spreadcoach.kb.jdbc.sql;
