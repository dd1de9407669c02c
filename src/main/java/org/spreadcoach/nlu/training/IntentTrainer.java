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
    Served intents = serve(Part.INTENTS, withSecondLabel(samples(catalog)), false);
    Served gate = serve(Part.GATE, DomainGate.samples(catalog), earlierWillDo);
    Served ranker = serve(Part.PRINCIPLES, PrincipleRanker.samples(catalog), earlierWillDo);
    IntentModel model =
        new IntentModel(
            catalog,
            intents.classifier(),
            gate.classifier() == null ? null : new DomainGate(gate.classifier()),
            ranker.classifier() == null ? null : new PrincipleRanker(ranker.classifier()),
            settings,
            Duration.ofNanos(System.nanoTime() - start));
    List<String> earlier = new ArrayList<>();
    if (gate.earlier()) {
      earlier.add("open-world gate");
    }
    if (ranker.earlier()) {
      earlier.add("principle ranker");
    }
    boolean trained = intents.trained() || gate.trained() || ranker.trained();
    String how =
        earlier.isEmpty()
            ? trained ? "trained the model" : "loaded the cached model"
            : (trained ? "trained" : "loaded")
                + " the intent classifier, with the "
                + String.join(" and ", earlier)
                + " of an earlier version of the intents until the exact ones are trained,";
    return new Prepared(logged(model, how), !earlier.isEmpty());
  }

  /**
   * One part of a model, as it serves.
   *
   * @param classifier the part's classifier, or null when it had nothing to learn from
   * @param trained whether it was trained now rather than loaded
   * @param earlier whether it is the one filed last, for an earlier version of the intents
   */
  private record Served(TextClassifier classifier, boolean trained, boolean earlier) {}

  /**
   * The part of {@code samples}: loaded from the cache by its key; else, when {@code
   * earlierWillDo}, the one filed last for these settings; else trained now and filed.
   */
  private Served serve(Part part, List<LabelledText> samples, boolean earlierWillDo) {
    if (samples.isEmpty()) {
      return new Served(null, false, false);
    }
    String key = ModelKeys.key(part, samples, settings);
    Optional<TextClassifier> cached = cache.load(part, key, settings);
    if (cached.isPresent()) {
      return new Served(cached.get(), false, false);
    }
    Optional<TextClassifier> earlier =
        earlierWillDo ? cache.lastSaved(part, settings) : Optional.empty();
    if (earlier.isPresent()) {
      return new Served(earlier.get(), false, true);
    }
    TextClassifier trained = TextClassifier.train(samples, settings);
    cache.save(part, key, trained, settings);
    return new Served(trained, true, false);
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
