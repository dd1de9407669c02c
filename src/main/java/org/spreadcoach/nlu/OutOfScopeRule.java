package org.spreadcoach.nlu;

/**
 * Decides whether scored text is in scope. The bot ({@link IntentModel#classify}) and the CLINC150
 * benchmark ({@link ClincBenchmark}) both decide through this one rule, so a figure measured on
 * the benchmark is a figure of the bot's own decision.
 *
 * <p>In scope needs three things: the best label is an intent rather than the explicit
 * out-of-scope class, its confidence reaches the threshold, and it leads the runner-up by the
 * margin.
 *
 * @param threshold least confidence of the best intent
 * @param margin least lead of the best label's probability over the runner-up's
 */
public record OutOfScopeRule(double threshold, double margin) {

  /**
   * What the rule made of one message's scores.
   *
   * @param bestIntent the best-scoring intent (never the out-of-scope class), or null if none
   * @param confidence the best intent's probability
   * @param inScope whether the message passed the rule
   */
  public record Verdict(String bestIntent, double confidence, boolean inScope) {}

  public Verdict judge(Scores scores) {
    String bestIntent = bestIntent(scores);
    double confidence = bestIntent == null ? 0.0 : scores.prob(bestIntent);
    boolean inScope = bestIntent != null
        && !TextClassifier.OOS.equals(scores.bestLabel())
        && confidence >= threshold
        && scores.bestProb() - scores.secondProb() >= margin;
    return new Verdict(bestIntent, confidence, inScope);
  }

  private static String bestIntent(Scores scores) {
    if (!TextClassifier.OOS.equals(scores.bestLabel())) {
      return scores.bestLabel();
    }
    return TextClassifier.OOS.equals(scores.secondLabel()) ? null : scores.secondLabel();
  }
}
