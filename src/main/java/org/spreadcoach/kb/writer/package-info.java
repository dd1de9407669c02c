/**
 * The {@link org.spreadcoach.kb.WriteQueue} behind the conversation log and the privacy commands:
 * writes queued in order and stored in batches in the background, kept and retried while the
 * database fails, so a reply never waits for the disk. It speaks only the {@link
 * org.spreadcoach.kb.KnowledgeBase} port, whatever database is behind it.
 */
package org.spreadcoach.kb.writer;
