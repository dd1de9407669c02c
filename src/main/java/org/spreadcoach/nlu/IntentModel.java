package org.spreadcoach.nlu;

import java.time.Duration;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;

/**
 * A trained recogniser together with the catalogue it was trained from, so that a message is
 * classified and answered from the same generation even while a reload swaps in a new one.
 * Immutable and thread-safe.
 */
public final class IntentModel {
  private final IntentCatalog catalog;
  private final TextClassifier classifier;
  private final NluSettings settings;
  private final long generation;
  private final Duration trainingTime;

  IntentModel(IntentCatalog catalog, TextClassifier classifier, NluSettings settings,
      long generation, Duration trainingTime) {
    this.catalog = catalog;
    this.classifier = classifier;
    this.settings = settings;
    this.generation = generation;
    this.trainingTime = trainingTime;
  }

  /**
   * Recognises {@code text}. In scope needs three things: the best label is an intent rather than
   * the out-of-scope class, its probability reaches the threshold, and it leads the runner-up by
   * the margin.
   */
  public Recognition classify(String text) {
    String[] tokens = classifier.tokens(text);
    if (tokens.length == 0) {
      return Recognition.nothing();
    }
    return decide(classifier.scoreTokens(tokens));
  }

  Recognition decide(Scores scores) {
    String bestIntent = bestIntent(scores);
    double confidence = bestIntent == null ? 0.0 : scores.prob(bestIntent);
    boolean inScope = bestIntent != null
        && !TextClassifier.OOS.equals(scores.bestLabel())
        && confidence >= settings.threshold()
        && scores.bestProb() - scores.secondProb() >= settings.margin();
    if (!inScope) {
      return new Recognition(false, null, null, confidence, bestIntent);
    }
    String principle = catalog.intent(bestIntent).map(Intent::principle).orElse(null);
    return new Recognition(true, bestIntent, principle, confidence, bestIntent);
  }

  private static String bestIntent(Scores scores) {
    if (!TextClassifier.OOS.equals(scores.bestLabel())) {
      return scores.bestLabel();
    }
    return TextClassifier.OOS.equals(scores.secondLabel()) ? null : scores.secondLabel();
  }

  public IntentCatalog catalog() {
    return catalog;
  }

  public NluSettings settings() {
    return settings;
  }

  /** Counts models trained in this process: 1 for the first, +1 per successful reload. */
  public long generation() {
    return generation;
  }

  public Duration trainingTime() {
    return trainingTime;
  }

  TextClassifier classifier() {
    return classifier;
  }
}
