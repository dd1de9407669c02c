package org.spreadcoach.rounds;

import java.time.Instant;

/**
 * One person's advice in a round.
 *
 * @param id row id (submission order)
 * @param author the giver's pseudonym; null once an anonymous round closes
 * @param text the advice, redacted
 * @param anonymous whether it is kept without a link to its author after the round
 * @param principle the principle it was grouped under at close, or null ("other")
 * @param at when it was (last) given
 */
public record RoundAdvice(
    long id, String author, String text, boolean anonymous, String principle, Instant at) {}
