package org.spreadcoach.nlu;

import static org.spreadcoach.config.Constraint.above;
import static org.spreadcoach.config.Constraint.atLeast;
import static org.spreadcoach.config.Constraint.between;

import java.util.List;
import java.util.Objects;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;
import org.spreadcoach.nlu.text.FeatureSettings;

/**
 * How the recogniser is trained and when it calls a message out of scope. Its keys (section {@code
 * nlu}) are declared here, once: the config loader checks file values against them and the
 * constructor checks values built in code against the same rules.
 *
 * <p>The defaults were chosen on CLINC150 and on the bundled intents (BENCHMARKS.md has every
 * figure): 15 quasi-Newton iterations (the fit barely moves after that), light L2, two trainer
 * threads, features in at least two messages, and confidence sharpened at temperature 0.5 so that
 * the bot's fixed thresholds keep their meaning with normalised tf-idf features. The in-scope
 * threshold 0.4 (with the coach's 0.5 for unprompted replies) was chosen on the development set
 * (EVALUATION.md); CLINC150 picks its own threshold on its validation split.
 *
 * @param threshold least probability of the best intent for a message to be in scope
 * @param margin least lead of the best intent over the runner-up
 * @param iterations most iterations of the maxent trainer
 * @param l1 L1 regularisation of the maxent trainer (sparser weights)
 * @param l2 L2 regularisation of the maxent trainer (smaller weights)
 * @param threads threads the trainer may use
 * @param temperature confidence sharpening: probabilities are re-normalised from the model's scores
 *     divided by this (below 1 sharper, 1 as trained); it never changes the best label
 * @param cutoff least number of training messages a feature must occur in to be kept
 * @param features which features to extract
 * @param domainThreshold least probability the open-world gate ({@link DomainGate}) must give a
 *     spread question for it to count as in scope
 * @param domainSure probability of the gate at which it alone carries a message (see {@link
 *     IntentModel#classify}); 1 turns this off
 */
public record NluSettings(
    double threshold,
    double margin,
    int iterations,
    double l1,
    double l2,
    int threads,
    double temperature,
    int cutoff,
    FeatureSettings features,
    double domainThreshold,
    double domainSure) {

  public static final Key<Double> THRESHOLD =
      Key.number(
          "nlu.threshold",
          0.4,
          between(0.0, 1.0),
          "least probability of the best intent for a message to count as in scope");
  public static final Key<Double> MARGIN =
      Key.number(
          "nlu.margin", 0.1, between(0.0, 1.0), "least lead of the best intent over the runner-up");
  public static final Key<Integer> ITERATIONS =
      Key.integer("nlu.iterations", 15, atLeast(1), "most iterations of the maxent trainer");
  public static final Key<Double> L1 =
      Key.number("nlu.l1", 0.0, atLeast(0.0), "L1 regularisation of the maxent trainer");
  public static final Key<Double> L2 =
      Key.number("nlu.l2", 0.01, atLeast(0.0), "L2 regularisation of the maxent trainer");
  public static final Key<Integer> THREADS =
      Key.integer(
          "nlu.threads",
          2,
          atLeast(1),
          "threads the trainer uses (the same number always gives the same model)");
  public static final Key<Double> TEMPERATURE =
      Key.number(
          "nlu.temperature",
          0.5,
          above(0.0),
          "confidence sharpening: scores are divided by it before the softmax (below 1 sharper)");
  public static final Key<Integer> CUTOFF =
      Key.integer(
          "nlu.cutoff",
          2,
          atLeast(0),
          "least number of training messages a feature must occur in to be kept");

  public static final Key<Double> DOMAIN_THRESHOLD =
      Key.number(
          "nlu.domainThreshold",
          0.5,
          between(0.0, 1.0),
          "least probability the open-world gate must give a message for it to count as a spread "
              + "question (the gate is trained on the intents and the background corpus)");

  public static final Key<Double> DOMAIN_SURE =
      Key.number(
          "nlu.domainSure",
          0.9,
          between(0.0, 1.0),
          "probability of the open-world gate at which it alone decides that a message is a spread "
              + "question: one the intents cannot place is answered as a general question, and an "
              + "ambient channel gets a reply however unsure the intents are (1 turns this off)");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS =
      List.of(
          THRESHOLD,
          MARGIN,
          ITERATIONS,
          L1,
          L2,
          THREADS,
          TEMPERATURE,
          CUTOFF,
          DOMAIN_THRESHOLD,
          DOMAIN_SURE);

  public NluSettings {
    THRESHOLD.require(threshold);
    MARGIN.require(margin);
    ITERATIONS.require(iterations);
    L1.require(l1);
    L2.require(l2);
    THREADS.require(threads);
    TEMPERATURE.require(temperature);
    CUTOFF.require(cutoff);
    Objects.requireNonNull(features, "features");
    DOMAIN_THRESHOLD.require(domainThreshold);
    DOMAIN_SURE.require(domainSure);
  }

  /** The settings {@code config} holds. */
  public static NluSettings from(Config config) {
    return new NluSettings(
        config.get(THRESHOLD),
        config.get(MARGIN),
        config.get(ITERATIONS),
        config.get(L1),
        config.get(L2),
        config.get(THREADS),
        config.get(TEMPERATURE),
        config.get(CUTOFF),
        FeatureSettings.from(config),
        config.get(DOMAIN_THRESHOLD),
        config.get(DOMAIN_SURE));
  }

  /** The declared defaults: what an install that configures nothing runs with. */
  public static NluSettings defaults() {
    return from(Config.defaults());
  }

  /** The out-of-scope decision these settings describe. */
  public OutOfScopeRule outOfScopeRule() {
    return new OutOfScopeRule(threshold, margin);
  }

  /**
   * These settings with the gate's floor at {@code newDomainThreshold} and the gate alone deciding
   * at {@code newDomainSure} (1: never).
   */
  public NluSettings withGate(double newDomainThreshold, double newDomainSure) {
    return withDecision(threshold, margin, newDomainThreshold, newDomainSure);
  }

  public NluSettings withThreshold(double newThreshold, double newMargin) {
    return withDecision(newThreshold, newMargin, domainThreshold, domainSure);
  }

  /** These settings with the four that apply when scoring, not training, replaced. */
  private NluSettings withDecision(
      double newThreshold, double newMargin, double newDomainThreshold, double newDomainSure) {
    return new NluSettings(
        newThreshold,
        newMargin,
        iterations,
        l1,
        l2,
        threads,
        temperature,
        cutoff,
        features,
        newDomainThreshold,
        newDomainSure);
  }
}
