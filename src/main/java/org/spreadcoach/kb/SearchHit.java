package org.spreadcoach.kb;

import java.time.Instant;

/**
 * A search result.
 *
 * @param kind "message" or "advice"
 * @param id its row id
 * @param at when it was stored
 * @param principle its principle, or null
 * @param text the stored (redacted) text
 * @param score relevance, higher is better (comparable within one backend only)
 */
public record SearchHit(
    String kind, long id, Instant at, String principle, String text, double score) {}
