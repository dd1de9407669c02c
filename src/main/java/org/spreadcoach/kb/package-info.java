/**
 * The knowledge base as the rest of the bot sees it: the {@link org.spreadcoach.kb.KnowledgeBase}
 * port, the records that cross it, and the {@link org.spreadcoach.kb.WriteQueue} that keeps writes
 * off the reply path. What is stored here is already redacted and pseudonymous; how it is stored is
 * the business of {@code kb.jdbc}, so nothing in this package knows SQL.
 */
package org.spreadcoach.kb;
