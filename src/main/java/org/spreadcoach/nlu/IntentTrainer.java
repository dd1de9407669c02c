package org.spreadcoach.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.nlu.cache.ModelCache;

/** Trains an {@link IntentModel} from a catalogue: every intent example, plus the negatives. */
public final class IntentTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(IntentTrainer.class);
  private final NluSettings settings;
  private final ModelCache cache;

  /** A trainer that always trains (evaluation, tests). */
  public IntentTrainer(NluSettings settings) {
    this(settings, ModelCache.off());
  }

  /** A trainer that loads the model from {@code cache} when the same one was trained before. */
  public IntentTrainer(NluSettings settings, ModelCache cache) {
    this.settings = settings;
    this.cache = cache;
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

  /**
   * Trains (or loads from the cache the model the same catalogue and settings trained before) and
   * logs how long it took and on how much.
   */
  public IntentModel train(IntentCatalog catalog) {
    List<LabelledText> samples = withSecondLabel(samples(catalog));
    List<LabelledText> gateSamples = DomainGate.samples(catalog);
    if (cache.isOff()) {
      return logged(trainWithGate(catalog, samples, gateSamples), "trained the model");
    }
    long start = System.nanoTime();
    String key = ModelCache.key(samples, gateSamples, settings);
    var cached = cache.load(key, settings);
    if (cached.isPresent()) {
      return logged(
          new IntentModel(
              catalog,
              cached.get().intents(),
              cached.get().gate().map(DomainGate::new).orElse(null),
              settings,
              Duration.ofNanos(System.nanoTime() - start)),
          "loaded the cached model");
    }
    IntentModel model = trainWithGate(catalog, samples, gateSamples);
    cache.save(
        key, new ModelCache.Trained(model.classifier(), model.gate().map(DomainGate::classifier)));
    return logged(model, "trained the model");
  }

  private IntentModel trainWithGate(
      IntentCatalog catalog, List<LabelledText> samples, List<LabelledText> gateSamples) {
    long start = System.nanoTime();
    TextClassifier classifier = TextClassifier.train(samples, settings);
    DomainGate gate =
        gateSamples.isEmpty() ? null : new DomainGate(TextClassifier.train(gateSamples, settings));
    return new IntentModel(
        catalog, classifier, gate, settings, Duration.ofNanos(System.nanoTime() - start));
  }

  private static IntentModel logged(IntentModel model, String how) {
    IntentCatalog catalog = model.catalog();
    LOG.info(
        "{} in {} ms: {} intents, {} examples, {} out-of-scope, {} background",
        how,
        model.trainingTime().toMillis(),
        catalog.intents().size(),
        catalog.exampleCount(),
        catalog.outOfScope().size(),
        catalog.background().size());
    return model;
  }

  /**
   * Trains the intent model alone on a subset of a catalogue's utterances, for cross-validation
   * (which measures how well intents are told apart; the open world is measured on the development
   * set and the open-world corpus); does not log.
   */
  public IntentModel trainSamples(IntentCatalog catalog, List<LabelledText> samples) {
    long start = System.nanoTime();
    TextClassifier classifier = TextClassifier.train(withSecondLabel(samples), settings);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new IntentModel(catalog, classifier, null, settings, took);
  }

  /**
   * A catalogue with one intent and no negatives still trains: the out-of-scope class gets a single
   * empty document, so that the threshold alone decides.
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
