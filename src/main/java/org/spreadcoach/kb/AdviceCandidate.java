package org.spreadcoach.kb;

import java.time.Instant;

/**
 * Stored advice that might fit a question, with what ranking it needs: the knowledge base finds the
 * candidates, the peer-advice feature ranks them.
 *
 * @param id its row id
 * @param intent the intent it speaks to, or null when unknown
 * @param principle the principle it speaks to, or null
 * @param text the advice, redacted
 * @param at when it was stored
 * @param relevance full-text relevance to the question, higher is better, 0 when its words do not
 *     match (comparable within one backend only)
 * @param feedback thumbs up minus thumbs down on the replies that offered it
 */
public record AdviceCandidate(
    long id,
    String intent,
    String principle,
    String text,
    Instant at,
    double relevance,
    int feedback) {}
