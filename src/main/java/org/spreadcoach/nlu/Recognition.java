package org.spreadcoach.nlu;

/**
 * What the recogniser made of one message.
 *
 * @param inScope whether it is a question the bot recognises
 * @param intent the intent id when in scope, otherwise null
 * @param principle the intent's principle id when in scope (null for general questions and small
 *     talk, and when out of scope)
 * @param confidence probability of the best-matching intent, whether or not it passed
 * @param bestGuess the best-matching intent even when out of scope, for evaluation and curation;
 *     null when nothing matched at all
 */
public record Recognition(
    boolean inScope, String intent, String principle, double confidence, String bestGuess) {

  /** Out of scope with no guess: an empty or unreadable message. */
  public static Recognition nothing() {
    return new Recognition(false, null, null, 0.0, null);
  }
}
