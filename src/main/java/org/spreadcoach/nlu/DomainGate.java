package org.spreadcoach.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;

/**
 * The open-world half of the out-of-scope decision: one question, "is this about spreading a change
 * at all?", answered by a two-class OpenNLP maxent model over the same features as the intent
 * model. Immutable and thread-safe.
 *
 * <p>Why a second model rather than more negatives in the intent model: the intent model has to
 * split spread questions finely (twenty intents, seven principles) and its explicit out-of-scope
 * class was trained on near-misses written for the purpose. Text far from every class (a question
 * about a credit card, "who knows", "what time is it exactly") then lands, confidently, in
 * whichever intent shares a word with it. Thousands of everyday lines added to that class teach it
 * the open world but pull probability from every intent, so genuine questions fall below the
 * threshold. A separate gate learns the open world from the background corpus with the whole of its
 * capacity spent on one boundary, and the intent model keeps its recall.
 *
 * <p>It is trained on the examples of the intents the bot may answer unprompted (spread questions)
 * against everything else: the curated out-of-scope examples, the examples of intents only answered
 * when addressed (greetings, thanks) and the background corpus. The two sides weigh the same (the
 * spread questions are repeated until they are about as many as the rest): the background
 * outnumbers them several times over, and without the balance the gate's probability would mostly
 * say how much larger the background is, and a small catalogue would hardly ever pass. Balanced,
 * the threshold reads as "at least this much like a spread question, at even odds", and on the
 * development set it also gave fewer false triggers at the same recall (EVALUATION.md).
 */
public final class DomainGate {
  static final String SPREAD = "spread";
  static final String OTHER = "other";
  private final TextClassifier classifier;

  /** The gate of a classifier trained on {@link #samples}. */
  public DomainGate(TextClassifier classifier) {
    this.classifier = classifier;
  }

  /** The gate's training messages for {@code catalog}; empty when it has no negatives at all. */
  public static List<LabelledText> samples(IntentCatalog catalog) {
    List<LabelledText> samples = new ArrayList<>();
    List<LabelledText> others = new ArrayList<>();
    for (Intent intent : catalog.intents()) {
      List<LabelledText> into = intent.ambient() ? samples : others;
      String label = intent.ambient() ? SPREAD : OTHER;
      intent.examples().forEach(e -> into.add(new LabelledText(label, e)));
    }
    catalog.outOfScope().forEach(e -> others.add(new LabelledText(OTHER, e)));
    catalog.background().forEach(e -> others.add(new LabelledText(OTHER, e)));
    if (samples.isEmpty() || others.isEmpty()) {
      return List.of();
    }
    List<LabelledText> spread = List.copyOf(samples);
    long copies = Math.max(1, Math.round((double) others.size() / spread.size()));
    for (long i = 1; i < copies; i++) {
      samples.addAll(spread);
    }
    samples.addAll(others);
    return samples;
  }

  /** Trains the gate of {@code catalog}, or gives none when it has nothing to learn from. */
  static Optional<DomainGate> train(IntentCatalog catalog, NluSettings settings) {
    List<LabelledText> samples = samples(catalog);
    return samples.isEmpty()
        ? Optional.empty()
        : Optional.of(new DomainGate(TextClassifier.train(samples, settings)));
  }

  /**
   * The probability that a message is about spreading a change, from its features as the intent
   * classifier extracted them: the trainer trains both with the same settings (and the model cache
   * files both under the same settings), so a message is extracted once for the two.
   */
  double probability(List<String> features) {
    return classifier.scoreFeatures(features).prob(SPREAD);
  }

  TextClassifier classifier() {
    return classifier;
  }
}
