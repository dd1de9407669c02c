package org.spreadcoach.rounds;

import java.time.Instant;

/**
 * A round as stored.
 *
 * @param id its number, shown to people
 * @param channel where it runs
 * @param topic what is being spread
 * @param spreader the spreader's pseudonym
 * @param facilitator the facilitator's pseudonym
 * @param opened when it opened
 * @param ends when its timer closes it
 * @param warned whether the one-minute warning was posted
 * @param closed when it closed, or null while open
 * @param store whether its advice is kept as peer advice after it closes
 * @param reflection the spreader's reflection, or null
 * @param thread the platform thread opened for it, or null
 */
public record RoundRecord(
    long id,
    String channel,
    String topic,
    String spreader,
    String facilitator,
    Instant opened,
    Instant ends,
    boolean warned,
    Instant closed,
    boolean store,
    String reflection,
    String thread) {

  public boolean isOpen() {
    return closed == null;
  }
}
