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
 * @param intent the intent it speaks to, or null when unknown
 * @param servable whether it may be offered as peer advice (a joke in a round is kept in the round,
 *     never served)
 */
public record NewAdvice(
    Instant at,
    String principle,
    String text,
    String author,
    String source,
    Long roundId,
    String intent,
    boolean servable) {

  /** Servable advice whose intent is unknown. */
  public NewAdvice(
      Instant at, String principle, String text, String author, String source, Long roundId) {
    this(at, principle, text, author, source, roundId, null, true);
  }
}
