package org.spreadcoach.rounds;

/**
 * What a piece of round advice speaks to, decided when the round closes.
 *
 * @param principle the principle it is grouped under in the summary, or null ("Other")
 * @param intent the intent it speaks to, or null
 * @param servable whether it may later be offered as peer advice: advice that is about spreading a
 *     change, not a joke or chatter, which stays in the round's summary only
 */
public record AdviceFit(String principle, String intent, boolean servable) {
  /** Advice that fits no principle and is never served. */
  public static final AdviceFit OTHER = new AdviceFit(null, null, false);
}
