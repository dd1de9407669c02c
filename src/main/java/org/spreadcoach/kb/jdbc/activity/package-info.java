/**
 * The read-only SQL of the activity report ({@link org.spreadcoach.kb.KnowledgeBase#activity}),
 * apart from {@code kb.jdbc} so that package stays within its size; {@code kb.jdbc} hands it a
 * connection and nothing else refers to it.
 */
package org.spreadcoach.kb.jdbc.activity;
