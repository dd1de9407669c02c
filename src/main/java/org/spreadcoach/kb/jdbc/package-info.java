/**
 * The knowledge base on a relational database: an embedded SQLite file or a shared PostgreSQL
 * server behind one JDBC implementation of {@link org.spreadcoach.kb.KnowledgeBase}, with Flyway
 * migrations and full-text search in each dialect; the co-coaching rounds' store is in {@code
 * kb.jdbc.rounds} and what the stores share in {@code kb.jdbc.sql}. The only package that speaks
 * SQL; only the wiring in {@code app} refers to it, to open the database through {@link
 * org.spreadcoach.kb.jdbc.KnowledgeBases}.
 */
package org.spreadcoach.kb.jdbc;
