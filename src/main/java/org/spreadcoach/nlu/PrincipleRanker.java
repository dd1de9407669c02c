package org.spreadcoach.nlu;

import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;

/**
 * Which principle a spread question is about: an OpenNLP maxent model over the same features as the
 * intent model, trained on the same examples with each intent's examples labelled by its principle
 * ({@code principle:ID}); intents without a principle (the general question, talk to the bot) keep
 * their own label and the out-of-scope examples theirs. Immutable and thread-safe.
 *
 * <p>Why a second model rather than the intent model's probabilities summed by principle: sibling
 * intents ("find connectors", "champions") split the examples of one principle, and a model that
 * must tell the siblings apart spends weight on what separates them. Pooled, each principle's
 * examples teach what it shares; on both development sets this named the right principle more often
 * at every regularisation tried (EVALUATION.md). Whether a message is in scope, and how sure the
 * bot is, stay with the intent model; this model only chooses among the spread-question labels once
 * the intent model has said it is one.
 */
public final class PrincipleRanker {
  static final String PREFIX = "principle:";
  private final TextClassifier classifier;

  /** The ranker of a classifier trained on {@link #samples}. */
  public PrincipleRanker(TextClassifier classifier) {
    this.classifier = classifier;
  }

  /** The label an intent's examples carry here: its principle's, or its own when it has none. */
  static String labelOf(Intent intent) {
    return intent.principle() == null ? intent.id() : PREFIX + intent.principle();
  }

  /**
   * The ranker's training messages for {@code catalog}: every example under its intent's label
   * ({@link #labelOf}), the out-of-scope examples as such; empty when there are fewer than two
   * principles, so nothing to choose between.
   */
  public static List<LabelledText> samples(IntentCatalog catalog) {
    if (catalog.principles().size() < 2) {
      return List.of();
    }
    List<LabelledText> samples = new ArrayList<>();
    for (Intent intent : catalog.intents()) {
      String label = labelOf(intent);
      intent.examples().forEach(e -> samples.add(new LabelledText(label, e)));
    }
    catalog.outOfScope().forEach(e -> samples.add(new LabelledText(TextClassifier.OOS, e)));
    return samples;
  }

  /** Scores features extracted by a classifier with the same feature settings. */
  Scores score(List<String> features) {
    return classifier.scoreFeatures(features);
  }

  TextClassifier classifier() {
    return classifier;
  }
}
