/**
 * The knowledge base: what the bot handled (redacted, pseudonymous), the advice peers gave, and
 * feedback on replies, behind one {@link org.spreadcoach.kb.KnowledgeBase} interface with an
 * embedded SQLite and a shared PostgreSQL implementation. The only package that speaks SQL.
 */
package org.spreadcoach.kb;
