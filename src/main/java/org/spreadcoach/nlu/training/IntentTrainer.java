package org.spreadcoach.nlu.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.nlu.DomainGate;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.PrincipleRanker;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.nlu.training.ModelCache.Part;

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
   * Trains (or loads from the cache the parts the same catalogue and settings trained before) the
   * model of {@code catalog}, and logs how long it took and on how much.
   */
  public IntentModel train(IntentCatalog catalog) {
    return build(catalog, false).model();
  }

  /**
   * A model to serve at once, for a start: as {@link #train}, except that when the open-world gate
   * or the principle ranker is not in the cache, the one the cache filed last for these settings
   * (trained for an earlier version of the intents: the last start's, or the bundled intents' from
   * the jar) stands in for it, when there is one. Training the gate on the whole background corpus
   * takes several times as long as the intent classifier, and a gate trained for the intents of a
   * week ago still tells spread questions from chatter; an earlier ranker still ranks principles,
   * and the intent model still decides what is in scope. The caller trains the exact model in the
   * background (a reload) and serves it when it is ready.
   */
  public Prepared prepare(IntentCatalog catalog) {
    return build(catalog, true);
  }

  /**
   * A model ready to serve.
   *
   * @param model the model
   * @param earlierParts whether its gate or its principle ranker was trained for an earlier version
   *     of the intents, so that the exact model still has to be trained
   */
  public record Prepared(IntentModel model, boolean earlierParts) {}

  private Prepared build(IntentCatalog catalog, boolean earlierWillDo) {
    long start = System.nanoTime();
    List<LabelledText> samples = withSecondLabel(samples(catalog));
    String intentsKey = ModelKeys.key(Part.INTENTS, samples, settings);
    Optional<TextClassifier> classifier = cache.load(Part.INTENTS, intentsKey, settings);
    boolean trained = classifier.isEmpty();
    if (trained) {
      classifier = Optional.of(TextClassifier.train(samples, settings));
      cache.save(Part.INTENTS, intentsKey, classifier.get(), settings);
    }
    Optional<TextClassifier> gate = Optional.empty();
    Optional<TextClassifier> ranker = Optional.empty();
    List<String> earlier = new ArrayList<>();
    for (Part part : List.of(Part.GATE, Part.PRINCIPLES)) {
      List<LabelledText> partSamples =
          part == Part.GATE ? DomainGate.samples(catalog) : PrincipleRanker.samples(catalog);
      if (partSamples.isEmpty()) {
        continue;
      }
      String key = ModelKeys.key(part, partSamples, settings);
      Optional<TextClassifier> found = cache.load(part, key, settings);
      if (found.isEmpty() && earlierWillDo) {
        found = cache.lastSaved(part, settings);
        if (found.isPresent()) {
          earlier.add(part == Part.GATE ? "open-world gate" : "principle ranker");
        }
      }
      if (found.isEmpty()) {
        found = Optional.of(TextClassifier.train(partSamples, settings));
        cache.save(part, key, found.get(), settings);
        trained = true;
      }
      if (part == Part.GATE) {
        gate = found;
      } else {
        ranker = found;
      }
    }
    IntentModel model =
        new IntentModel(
            catalog,
            classifier.get(),
            gate.map(DomainGate::new).orElse(null),
            ranker.map(PrincipleRanker::new).orElse(null),
            settings,
            Duration.ofNanos(System.nanoTime() - start));
    String how =
        earlier.isEmpty()
            ? trained ? "trained the model" : "loaded the cached model"
            : (trained ? "trained" : "loaded")
                + " the intent classifier, with the "
                + String.join(" and ", earlier)
                + " of an earlier version of the intents until the exact ones are trained,";
    return new Prepared(logged(model, how), !earlier.isEmpty());
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
    return new IntentModel(catalog, classifier, null, null, settings, took);
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
