package org.spreadcoach.kb;

import java.time.Instant;

/**
 * Advice to store, already redacted.
 *
 * @param at when it was given
 * @param principle the principle it speaks to, or null
 * @param text the advice
 * @param author the giver's pseudonym, or null for curated or anonymous advice
 * @param source "curated" or "round"
 * @param roundId the co-coaching round it came from, or null
 */
public record NewAdvice(Instant at, String principle, String text, String author, String source,
    Long roundId) {}
