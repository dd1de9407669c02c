/**
 * Peer advice for the coach's replies, drawn from the knowledge base: the {@link
 * org.spreadcoach.coach.PeerAdviceSource} the coach asks, backed by the advice peers gave in
 * co-coaching rounds and the curated advice, never the asker's own.
 */
package org.spreadcoach.advice;
