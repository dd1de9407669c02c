package org.spreadcoach.coach;

/**
 * Advice a peer gave before, offered alongside the coaching prompts.
 *
 * @param principle the principle it speaks to, or null
 * @param text the advice, already redacted
 * @param source where it came from, such as "co-coaching round" or "curated"
 */
public record PeerAdvice(String principle, String text, String source) {}
