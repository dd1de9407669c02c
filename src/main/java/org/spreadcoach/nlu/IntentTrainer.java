package org.spreadcoach.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;

/** Trains an {@link IntentModel} from a catalogue: every intent example, plus the negatives. */
public final class IntentTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(IntentTrainer.class);
  private final NluSettings settings;

  public IntentTrainer(NluSettings settings) {
    this.settings = settings;
  }

  /** The labelled utterances a catalogue trains on (test utterances are never trained on). */
  public static List<LabelledText> samples(IntentCatalog catalog) {
    List<LabelledText> samples = new ArrayList<>();
    for (Intent intent : catalog.intents()) {
      intent.examples().forEach(e -> samples.add(new LabelledText(intent.id(), e)));
    }
    catalog.outOfScope().forEach(e -> samples.add(new LabelledText(TextClassifier.OOS, e)));
    return samples;
  }

  /** Trains and logs how long it took and on how much. */
  public IntentModel train(IntentCatalog catalog) {
    IntentModel model = trainSamples(catalog, samples(catalog));
    LOG.info("trained the model in {} ms: {} intents, {} examples, {} out-of-scope",
        model.trainingTime().toMillis(), catalog.intents().size(),
        catalog.exampleCount(), catalog.outOfScope().size());
    return model;
  }

  /** Trains on a subset of a catalogue's utterances, for cross-validation; does not log. */
  IntentModel trainSamples(IntentCatalog catalog, List<LabelledText> samples) {
    long start = System.nanoTime();
    TextClassifier classifier = TextClassifier.train(withSecondLabel(samples), settings);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new IntentModel(catalog, classifier, settings, took);
  }

  /**
   * A catalogue with one intent and no negatives still trains: the out-of-scope class gets a
   * single empty document, so that the threshold alone decides.
   */
  private static List<LabelledText> withSecondLabel(List<LabelledText> samples) {
    if (samples.stream().map(LabelledText::label).distinct().count() >= 2) {
      return samples;
    }
    List<LabelledText> out = new ArrayList<>(samples);
    out.add(new LabelledText(TextClassifier.OOS, ""));
    return out;
  }
}
