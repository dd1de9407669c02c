package org.spreadcoach.nlu;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides whether scored text is in scope. The bot ({@link IntentModel#classify}) and the CLINC150
 * benchmark ({@link OosBenchmark}) both decide through this one rule, so a figure measured on the
 * benchmark is a figure of the bot's own decision.
 *
 * <p>Labels are judged in groups: the bot groups the intents of one principle, because sibling
 * intents ("find connectors", "revive a champions network") split the probability of a question
 * that is plainly about networks, and a split like 0.35 + 0.30 would otherwise read as doubt.
 * Ungrouped labels (general questions, talk to the bot, every CLINC150 intent) are their own group.
 * In scope needs three things: the best group is not the explicit out-of-scope class, its
 * probability reaches the threshold, and it leads the runner-up group by the margin. The intent
 * reported is the best one in the best group.
 *
 * @param threshold least confidence of the best intent
 * @param margin least lead of the best label's probability over the runner-up's
 */
public record OutOfScopeRule(double threshold, double margin) {

  /**
   * What the rule made of one message's scores.
   *
   * @param bestIntent the best-scoring intent (never the out-of-scope class), or null if none
   * @param confidence the best group's probability (the best intent's, when it is ungrouped)
   * @param inScope whether the message passed the rule
   */
  public record Verdict(String bestIntent, double confidence, boolean inScope) {}

  /** Judges with every label its own group. */
  public Verdict judge(Scores scores) {
    return judge(scores, label -> label);
  }

  /**
   * Judges with labels grouped.
   *
   * @param groupOf the group of an intent label; the out-of-scope class is always its own group
   */
  public Verdict judge(Scores scores, Function<String, String> groupOf) {
    Map<String, Double> groups = new HashMap<>();
    String[] labels = scores.labels();
    double[] probs = scores.probs();
    for (int i = 0; i < labels.length; i++) {
      String group =
          TextClassifier.OOS.equals(labels[i]) ? TextClassifier.OOS : groupOf.apply(labels[i]);
      groups.merge(group, probs[i], Double::sum);
    }
    String bestGroup = null;
    double best = -1;
    double second = 0;
    for (Map.Entry<String, Double> g : groups.entrySet()) {
      double p = g.getValue();
      if (p > best || (p == best && g.getKey().compareTo(bestGroup) < 0)) {
        second = Math.max(second, best);
        best = p;
        bestGroup = g.getKey();
      } else {
        second = Math.max(second, p);
      }
    }
    boolean outOfScopeWins = TextClassifier.OOS.equals(bestGroup);
    String bestIntent = outOfScopeWins ? bestIntent(scores) : bestIn(scores, groupOf, bestGroup);
    double confidence =
        bestIntent == null ? 0.0 : outOfScopeWins ? groups.get(groupOf.apply(bestIntent)) : best;
    boolean inScope =
        bestIntent != null && !outOfScopeWins && best >= threshold && best - second >= margin;
    return new Verdict(bestIntent, confidence, inScope);
  }

  private static String bestIn(Scores scores, Function<String, String> groupOf, String group) {
    String best = null;
    double bestProb = -1;
    for (int i = 0; i < scores.labels().length; i++) {
      String label = scores.labels()[i];
      if (!TextClassifier.OOS.equals(label)
          && group.equals(groupOf.apply(label))
          && scores.probs()[i] > bestProb) {
        best = label;
        bestProb = scores.probs()[i];
      }
    }
    return best;
  }

  private static String bestIntent(Scores scores) {
    if (!TextClassifier.OOS.equals(scores.bestLabel())) {
      return scores.bestLabel();
    }
    return TextClassifier.OOS.equals(scores.secondLabel()) ? null : scores.secondLabel();
  }
}
