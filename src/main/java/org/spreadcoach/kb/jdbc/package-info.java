/**
 * The knowledge base on a relational database: an embedded SQLite file or a shared PostgreSQL
 * server behind one JDBC implementation of {@link org.spreadcoach.kb.KnowledgeBase}, with Flyway
 * migrations, full-text search in each dialect, and the co-coaching rounds' store. The only package
 * that speaks SQL; only the wiring in {@code app} refers to it, to open the database through {@link
 * org.spreadcoach.kb.jdbc.KnowledgeBases}.
 */
package org.spreadcoach.kb.jdbc;
