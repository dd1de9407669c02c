package org.spreadcoach.nlu;

import java.util.List;

/**
 * What the recogniser made of one message.
 *
 * @param inScope whether it is a question the bot recognises
 * @param intent the intent id when in scope, otherwise null
 * @param principle the intent's principle id when in scope (null for general questions and small
 *     talk, and when out of scope); for a spread question, the principle ranker's choice
 * @param confidence the intent model's probability of its best-matching principle (its intents
 *     summed), or of its best intent when that has no principle; whether or not it passed. It says
 *     how sure the intents are that the message is in scope, even when the ranker names another
 *     principle. For a general question that only the open-world gate recognised ({@code
 *     domainSure} and an intent without a principle), the gate's probability
 * @param bestGuess the best-matching intent even when out of scope, for evaluation and curation;
 *     null when nothing matched at all
 * @param domain the open-world gate's probability that the message is about spreading a change, or
 *     NaN when the model has no gate
 * @param domainSure whether the gate is sure enough ({@code nlu.domainSure}) to carry the message
 *     alone, however unsure the intents are
 * @param unpromptedIntent whether the best intent is one the bot may answer unprompted (a spread
 *     question, not a greeting)
 * @param candidates the best three intents, best first, for maintainers reviewing a close call
 * @param principles every principle with its probability, best first, for narrowing a general
 *     question down and for grouping advice: the principle ranker's, or the intents' summed when
 *     the model has no ranker
 */
public record Recognition(
    boolean inScope,
    String intent,
    String principle,
    double confidence,
    String bestGuess,
    double domain,
    boolean domainSure,
    boolean unpromptedIntent,
    List<Guess> candidates,
    List<Guess> principles) {

  public Recognition {
    candidates = List.copyOf(candidates);
    principles = List.copyOf(principles);
  }

  /** Out of scope with no guess: an empty or unreadable message. */
  public static Recognition nothing() {
    return new Recognition(
        false, null, null, 0.0, null, Double.NaN, false, false, List.of(), List.of());
  }

  /**
   * Whether an ambient channel gets an unprompted reply to this message (cooldown aside): it is in
   * scope, a spread question rather than talk meant for the bot, and either the intents are at
   * least {@code ambientThreshold} sure of it or the open-world gate is sure it is a spread
   * question ({@code domainSure}). The coach, {@code classify} and the evaluation all decide
   * through this one rule.
   */
  public boolean answeredUnprompted(double ambientThreshold) {
    return inScope && unpromptedIntent && (confidence >= ambientThreshold || domainSure);
  }
}
