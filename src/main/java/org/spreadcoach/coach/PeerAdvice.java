package org.spreadcoach.coach;

/**
 * Advice a peer gave before, offered alongside the coaching prompts.
 *
 * @param id its row in the knowledge base, so feedback on the reply that offers it reaches it
 * @param principle the principle it speaks to, or null
 * @param text the advice, already redacted
 */
public record PeerAdvice(long id, String principle, String text) {}
