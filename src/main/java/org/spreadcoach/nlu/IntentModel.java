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
  private final DomainGate gate;
  private final NluSettings settings;
  private final Duration trainingTime;

  /**
   * @param gate the open-world gate, or null when the catalogue gave it nothing to learn from
   */
  IntentModel(
      IntentCatalog catalog,
      TextClassifier classifier,
      DomainGate gate,
      NluSettings settings,
      Duration trainingTime) {
    this.catalog = catalog;
    this.classifier = classifier;
    this.gate = gate;
    this.settings = settings;
    this.trainingTime = trainingTime;
  }

  /**
   * Recognises {@code text}: scores it, then applies the {@link OutOfScopeRule} of the settings.
   */
  public Recognition classify(String text) {
    String[] tokens = classifier.tokens(text);
    if (tokens.length == 0) {
      return Recognition.nothing();
    }
    return decide(classifier.scoreTokens(tokens));
  }

  /** Intents of one principle form one group; others stand alone. */
  private String groupOf(String intent) {
    return catalog.intent(intent).map(Intent::principle).map(p -> "principle:" + p).orElse(intent);
  }

  Recognition decide(Scores scores) {
    OutOfScopeRule.Verdict v = settings.outOfScopeRule().judge(scores, this::groupOf);
    if (!v.inScope()) {
      return new Recognition(false, null, null, v.confidence(), v.bestIntent());
    }
    String principle = catalog.intent(v.bestIntent()).map(Intent::principle).orElse(null);
    return new Recognition(true, v.bestIntent(), principle, v.confidence(), v.bestIntent());
  }

  public IntentCatalog catalog() {
    return catalog;
  }

  public NluSettings settings() {
    return settings;
  }

  public Duration trainingTime() {
    return trainingTime;
  }

  TextClassifier classifier() {
    return classifier;
  }

  /** The open-world gate, when there is one. */
  java.util.Optional<DomainGate> gate() {
    return java.util.Optional.ofNullable(gate);
  }
}
