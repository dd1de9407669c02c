package org.spreadcoach.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.OutOfScopeRule;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.nlu.training.IntentTrainer;

/**
 * Measures the recogniser the way its field does, on CLINC150 with the paper's "oos-threshold"
 * protocol: train on the in-scope {@code train} queries only, choose the confidence threshold on
 * {@code val} + {@code oos_val}, report on {@code test} + {@code oos_test}.
 *
 * <p>It trains with {@link TextClassifier#train} and decides with {@link OutOfScopeRule}, the very
 * code {@link IntentTrainer} and {@link IntentModel#classify} run for the bot. The rule's margin is
 * set to zero here so that, as in the paper, one threshold on one confidence score decides.
 *
 * <p>Two criteria choose the threshold on the validation queries, and both operating points are
 * reported. {@link Criterion#ACCURACY} (the headline) maximises the share of all validation queries
 * handled right: the in-scope ones given their intent, the out-of-scope ones rejected. Its
 * operating points lie just below top-1 accuracy, as the paper's published figures do. {@link
 * Criterion#SUM} maximises in-scope accuracy plus out-of-scope recall, two rates, so the 100
 * out-of-scope queries weigh as much as the 3,000 in-scope ones and it gives up far more in-scope
 * accuracy for recall. Either threshold is placed halfway between the winning confidence and the
 * next lower one so a test query is not decided by a hair.
 */
public final class OosBenchmark {
  private final NluSettings settings;

  public OosBenchmark(NluSettings settings) {
    this.settings = settings;
  }

  /** How the threshold is chosen on the validation queries. */
  public enum Criterion {
    /** Most validation queries right: in-scope with their intent, out-of-scope rejected. */
    ACCURACY,
    /** Highest in-scope accuracy plus out-of-scope recall. */
    SUM
  }

  /** Trains, tunes and tests; the slow part is training (seconds on the full data set). */
  public OosBenchmarkReport run(OosBenchmarkData data) {
    long start = System.nanoTime();
    TextClassifier classifier = TextClassifier.train(data.train(), settings);
    double trainSeconds = (System.nanoTime() - start) / 1e9;

    List<Scored> val = score(classifier, data.val(), null);
    long[] nanos = new long[data.test().size()];
    // Collect training's garbage now, so the latency figures are of classifying, not of that.
    System.gc();
    List<Scored> test = score(classifier, data.test(), nanos);
    List<OosBenchmarkReport.OperatingPoint> points = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      double threshold = chooseThreshold(val, criterion);
      Rates v = rates(val, threshold);
      Rates t = rates(test, threshold);
      points.add(
          new OosBenchmarkReport.OperatingPoint(
              criterion.name().toLowerCase(Locale.ROOT),
              threshold,
              v.inScopeAccuracy(),
              v.oosRecall(),
              t.inScopeAccuracy(),
              t.oosRecall(),
              t.oosPrecision()));
    }
    OosBenchmarkReport.OperatingPoint headline = points.get(0);
    long topOne = test.stream().filter(s -> !s.outOfScope() && s.right()).count();
    int inScope = (int) test.stream().filter(s -> !s.outOfScope()).count();
    Arrays.sort(nanos);
    return new OosBenchmarkReport(
        (int) data.train().stream().map(LabelledText::label).distinct().count(),
        data.train().size(),
        data.val().size(),
        inScope,
        test.size() - inScope,
        headline.criterion(),
        headline.threshold(),
        headline.inScopeAccuracy(),
        headline.oosRecall(),
        headline.oosPrecision(),
        ratio(topOne, inScope),
        auroc(test),
        trainSeconds,
        percentile(nanos, 0.50) / 1e3,
        percentile(nanos, 0.99) / 1e3,
        points,
        settings);
  }

  /**
   * A query's best intent and confidence.
   *
   * @param outOfScope whether the query is labelled out of scope
   * @param right whether the best intent is the query's label (false for out-of-scope queries)
   * @param confidence the confidence the rule compares with the threshold
   */
  record Scored(boolean outOfScope, boolean right, double confidence) {}

  /** Rates at one threshold. */
  record Rates(double inScopeAccuracy, double oosRecall, double oosPrecision) {}

  /** Scores each query as the bot would, timing each one when {@code nanos} is given. */
  private List<Scored> score(TextClassifier classifier, List<LabelledText> queries, long[] nanos) {
    OutOfScopeRule rule = new OutOfScopeRule(0.0, 0.0);
    List<Scored> out = new ArrayList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      LabelledText q = queries.get(i);
      long t0 = System.nanoTime();
      OutOfScopeRule.Verdict v = rule.judge(classifier.score(q.text()));
      if (nanos != null) {
        nanos[i] = System.nanoTime() - t0;
      }
      boolean oos = TextClassifier.OOS.equals(q.label());
      out.add(new Scored(oos, !oos && q.label().equals(v.bestIntent()), v.confidence()));
    }
    return out;
  }

  static double chooseThreshold(List<Scored> val, Criterion criterion) {
    TreeSet<Double> levels = new TreeSet<>();
    val.forEach(s -> levels.add(s.confidence()));
    levels.add(0.0);
    long inScope = val.stream().filter(s -> !s.outOfScope()).count();
    long oos = val.size() - inScope;
    double best = 0.0;
    double bestScore = -1;
    for (double level : levels) {
      Rates r = rates(val, level);
      double score =
          criterion == Criterion.SUM
              ? r.inScopeAccuracy() + r.oosRecall()
              : r.inScopeAccuracy() * inScope + r.oosRecall() * oos;
      if (score > bestScore) {
        bestScore = score;
        best = level;
      }
    }
    Double below = levels.lower(best);
    return below == null ? best : (best + below) / 2;
  }

  static Rates rates(List<Scored> scored, double threshold) {
    long inScope = 0;
    long inScopeRight = 0;
    long oos = 0;
    long oosRejected = 0;
    long rejected = 0;
    for (Scored s : scored) {
      boolean accepted = s.confidence() >= threshold;
      rejected += accepted ? 0 : 1;
      if (s.outOfScope()) {
        oos++;
        oosRejected += accepted ? 0 : 1;
      } else {
        inScope++;
        inScopeRight += accepted && s.right() ? 1 : 0;
      }
    }
    return new Rates(
        ratio(inScopeRight, inScope), ratio(oosRejected, oos), ratio(oosRejected, rejected));
  }

  /**
   * Probability that a random in-scope query gets a higher confidence than a random out-of-scope
   * one, ties counting half (the Mann-Whitney form of the area under the ROC curve).
   */
  static double auroc(List<Scored> scored) {
    double[] in =
        scored.stream()
            .filter(s -> !s.outOfScope())
            .mapToDouble(Scored::confidence)
            .sorted()
            .toArray();
    double[] out =
        scored.stream()
            .filter(Scored::outOfScope)
            .mapToDouble(Scored::confidence)
            .sorted()
            .toArray();
    if (in.length == 0 || out.length == 0) {
      return 0.5;
    }
    double wins = 0;
    int below = 0;
    int equal = 0;
    for (double x : in) {
      while (below < out.length && out[below] < x) {
        below++;
      }
      equal = below;
      while (equal < out.length && out[equal] == x) {
        equal++;
      }
      wins += below + 0.5 * (equal - below);
    }
    return wins / ((double) in.length * out.length);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
