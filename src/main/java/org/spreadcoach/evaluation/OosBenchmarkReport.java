package org.spreadcoach.evaluation;

import java.util.List;
import org.spreadcoach.nlu.NluSettings;

/**
 * What the CLINC150 benchmark measured. Rates are fractions between 0 and 1.
 *
 * @param intents in-scope intents trained on
 * @param trainExamples in-scope training queries
 * @param valExamples validation queries (in and out of scope) the threshold was chosen on
 * @param testInScope in-scope test queries
 * @param testOutOfScope out-of-scope test queries
 * @param criterion how the headline threshold was chosen on the validation queries
 * @param threshold the headline confidence threshold
 * @param inScopeAccuracy in-scope test queries given their own intent and kept in scope
 * @param oosRecall out-of-scope test queries rejected
 * @param oosPrecision rejected test queries that were out of scope
 * @param topOneAccuracy in-scope test queries whose best intent is right, ignoring the threshold
 * @param auroc area under the ROC curve separating in-scope from out-of-scope test queries by
 *     confidence (0.5 is chance, 1 is perfect)
 * @param trainSeconds wall-clock seconds to train on {@code train}
 * @param p50Micros median microseconds to classify one test query, one thread
 * @param p99Micros 99th percentile of the same
 * @param operatingPoints the figures at the threshold of each criterion, headline first
 * @param settings the recogniser settings measured
 */
public record OosBenchmarkReport(
    int intents,
    int trainExamples,
    int valExamples,
    int testInScope,
    int testOutOfScope,
    String criterion,
    double threshold,
    double inScopeAccuracy,
    double oosRecall,
    double oosPrecision,
    double topOneAccuracy,
    double auroc,
    double trainSeconds,
    double p50Micros,
    double p99Micros,
    List<OperatingPoint> operatingPoints,
    NluSettings settings) {

  public OosBenchmarkReport {
    operatingPoints = List.copyOf(operatingPoints);
  }

  /**
   * The figures at one threshold.
   *
   * @param criterion how the threshold was chosen ({@code accuracy} or {@code sum})
   * @param threshold the threshold
   * @param valInScopeAccuracy in-scope accuracy on the validation queries
   * @param valOosRecall out-of-scope recall on the validation queries
   * @param inScopeAccuracy in-scope accuracy on the test queries
   * @param oosRecall out-of-scope recall on the test queries
   * @param oosPrecision out-of-scope precision on the test queries
   */
  public record OperatingPoint(
      String criterion,
      double threshold,
      double valInScopeAccuracy,
      double valOosRecall,
      double inScopeAccuracy,
      double oosRecall,
      double oosPrecision) {}
}
