package org.spreadcoach.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.nlu.text.FeatureVocabulary;

/**
 * A trained recogniser together with the catalogue it was trained from, so that a message is
 * classified and answered from the same generation even while a reload swaps in a new one.
 * Immutable and thread-safe.
 */
public final class IntentModel {
  private final IntentCatalog catalog;
  private final TextClassifier classifier;
  private final DomainGate gate;
  private final PrincipleRanker ranker;
  // The ranker trains on the intent model's messages, so the two usually share a vocabulary and
  // one vector serves both (a ranker of an earlier catalogue, standing in, does not).
  private final boolean rankerSharesVector;
  private final NluSettings settings;
  private final Duration trainingTime;

  /**
   * A model of trained parts; {@code nlu.training} builds them.
   *
   * @param gate the open-world gate, or null when the catalogue gave it nothing to learn from
   * @param ranker the principle ranker, or null to rank principles by the intents' probabilities
   *     summed (cross-validation, a catalogue of one principle)
   */
  public IntentModel(
      IntentCatalog catalog,
      TextClassifier classifier,
      DomainGate gate,
      PrincipleRanker ranker,
      NluSettings settings,
      Duration trainingTime) {
    requireSameFeatures(gate == null ? null : gate.classifier(), classifier, "open-world gate");
    requireSameFeatures(
        ranker == null ? null : ranker.classifier(), classifier, "principle ranker");
    this.catalog = catalog;
    this.classifier = classifier;
    this.gate = gate;
    this.ranker = ranker;
    this.rankerSharesVector = ranker != null && ranker.classifier().sharesVocabulary(classifier);
    this.settings = settings;
    this.trainingTime = trainingTime;
  }

  private static void requireSameFeatures(
      TextClassifier part, TextClassifier classifier, String name) {
    if (part != null && !part.featureSettings().equals(classifier.featureSettings())) {
      throw new IllegalArgumentException(
          "the "
              + name
              + " was trained with other feature settings than the intent classifier, so the two"
              + " cannot share a message's features");
    }
  }

  /**
   * Recognises {@code text}: scores it against the intents and the {@link OutOfScopeRule} of the
   * settings decides; a spread question must also convince the open-world gate.
   *
   * <p>The gate can also carry a message alone. When it is at least {@code nlu.domainSure} sure
   * that a message is about spreading a change, the message is a spread question even if the
   * intents cannot say which: one they leave out of scope is taken for the catalogue's general
   * question (its best-scoring intent with no principle, answered by naming the principles at
   * stake), and one they place under a principle with little confidence is answered in an ambient
   * channel too ({@link Recognition#answeredUnprompted}). The intents are trained to split
   * questions finely, so a short or indirect one ("is the regional network the way in, or the
   * ICB?") often spreads its probability over several principles; the gate asks one thing and is
   * often sure of it. The gate's floor ({@code nlu.domainThreshold}) still applies when it is set
   * above {@code nlu.domainSure}.
   *
   * <p>Once the intents (and the gate) have placed a message as a spread question, the {@link
   * PrincipleRanker} names its principle: the answer is the intents' best intent under the ranker's
   * best principle, or the general question when the ranker puts that first. Scope and confidence
   * stay the intents'.
   */
  public Recognition classify(String text) {
    String[] tokens = classifier.tokens(text);
    if (tokens.length == 0) {
      return Recognition.nothing();
    }
    List<String> features = classifier.features(tokens);
    FeatureVocabulary.Vector vector = classifier.vectorise(features);
    Scores ranked =
        ranker == null
            ? null
            : rankerSharesVector ? ranker.classifier().scoreVector(vector) : ranker.score(features);
    return decide(
        classifier.scoreVector(vector),
        ranked,
        gate == null ? Double.NaN : gate.probability(features));
  }

  /**
   * Intents of one principle form one group; others stand alone. The groups are the ranker's
   * labels.
   */
  private String groupOf(String intent) {
    return catalog.intent(intent).map(PrincipleRanker::labelOf).orElse(intent);
  }

  /** As {@link #decide(Scores, Scores, double)}, with principles ranked by the intents alone. */
  Recognition decide(Scores scores, double domain) {
    return decide(scores, null, domain);
  }

  /**
   * @param ranked the principle ranker's scores, or null to rank principles by the intents alone
   * @param domain the gate's probability that the message is a spread question, or NaN for none
   */
  Recognition decide(Scores scores, Scores ranked, double domain) {
    OutOfScopeRule.Verdict v = settings.outOfScopeRule().judge(scores, this::groupOf);
    boolean unprompted = catalog.intent(v.bestIntent()).map(Intent::ambient).orElse(false);
    // The gate speaks for spread questions only: talk meant for the bot (a greeting) is not one,
    // and is recognised by the intent model alone.
    boolean gated = unprompted && domain < settings.domainThreshold();
    boolean sure =
        settings.domainSure() < 1.0
            && domain >= settings.domainSure()
            && domain >= settings.domainThreshold();
    boolean inScope = v.inScope() && !gated;
    if (!v.inScope() && sure) {
      Optional<String> general = bestGeneralIntent(scores);
      if (general.isPresent()) {
        return new Recognition(
            true,
            general.get(),
            null,
            domain,
            v.bestIntent(),
            domain,
            true,
            true,
            bestIntents(scores, 3),
            principles(scores, ranked));
      }
    }
    // In scope and a spread question: which one is the ranker's to say, when there is one.
    String intent =
        inScope && unprompted && ranked != null
            ? rankedIntent(scores, ranked).orElse(v.bestIntent())
            : v.bestIntent();
    String principle = inScope ? catalog.intent(intent).map(Intent::principle).orElse(null) : null;
    return new Recognition(
        inScope,
        inScope ? intent : null,
        principle,
        v.confidence(),
        v.bestIntent(),
        domain,
        sure && unprompted,
        unprompted,
        bestIntents(scores, 3),
        principles(scores, ranked));
  }

  /**
   * The spread question the ranker puts first: the best intent (by the intent model) of its best
   * principle, or its best intent without a principle (the general question). Labels of principles
   * or intents the catalogue does not have (a ranker trained for an earlier catalogue stands in
   * while the exact one trains) and of talk to the bot are passed over.
   */
  private Optional<String> rankedIntent(Scores scores, Scores ranked) {
    String bestLabel = null;
    double bestProb = -1;
    for (int i = 0; i < ranked.labels().length; i++) {
      String label = ranked.labels()[i];
      if (isSpreadLabel(label) && ranked.probs()[i] > bestProb) {
        bestLabel = label;
        bestProb = ranked.probs()[i];
      }
    }
    if (bestLabel == null || !bestLabel.startsWith(PrincipleRanker.PREFIX)) {
      return Optional.ofNullable(bestLabel);
    }
    String principle = bestLabel.substring(PrincipleRanker.PREFIX.length());
    String best = null;
    double prob = -1;
    for (int i = 0; i < scores.labels().length; i++) {
      String label = scores.labels()[i];
      boolean of = catalog.intent(label).map(it -> principle.equals(it.principle())).orElse(false);
      if (of && scores.probs()[i] > prob) {
        best = label;
        prob = scores.probs()[i];
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a ranker label names a principle of the catalogue or a spread intent without one. */
  private boolean isSpreadLabel(String label) {
    if (label.startsWith(PrincipleRanker.PREFIX)) {
      return catalog.principle(label.substring(PrincipleRanker.PREFIX.length())).isPresent();
    }
    return catalog.intent(label).map(it -> it.ambient() && it.principle() == null).orElse(false);
  }

  /** The best-scoring intent that is answered unprompted and has no principle, if any. */
  private Optional<String> bestGeneralIntent(Scores scores) {
    String best = null;
    double bestProb = -1;
    for (int i = 0; i < scores.labels().length; i++) {
      String label = scores.labels()[i];
      boolean general =
          catalog.intent(label).map(it -> it.ambient() && it.principle() == null).orElse(false);
      if (general && scores.probs()[i] > bestProb) {
        best = label;
        bestProb = scores.probs()[i];
      }
    }
    return Optional.ofNullable(best);
  }

  /** The {@code count} most probable intents, never the out-of-scope class, best first. */
  private static List<Guess> bestIntents(Scores scores, int count) {
    List<Guess> all = new ArrayList<>();
    for (int i = 0; i < scores.labels().length; i++) {
      if (!TextClassifier.OOS.equals(scores.labels()[i])) {
        all.add(new Guess(scores.labels()[i], scores.probs()[i]));
      }
    }
    all.sort(BEST_FIRST);
    return List.copyOf(all.subList(0, Math.min(count, all.size())));
  }

  /**
   * Every principle of the catalogue with its probability, best first: the ranker's when there is
   * one, else its intents' probabilities summed.
   */
  private List<Guess> principles(Scores scores, Scores ranked) {
    Map<String, Double> sums = new LinkedHashMap<>();
    catalog.principles().forEach(p -> sums.put(p.id(), 0.0));
    if (ranked != null) {
      for (int i = 0; i < ranked.labels().length; i++) {
        String label = ranked.labels()[i];
        double prob = ranked.probs()[i];
        if (label.startsWith(PrincipleRanker.PREFIX)) {
          sums.computeIfPresent(label.substring(PrincipleRanker.PREFIX.length()), (k, p) -> prob);
        }
      }
      return bestFirst(sums);
    }
    for (int i = 0; i < scores.labels().length; i++) {
      String principle = catalog.intent(scores.labels()[i]).map(Intent::principle).orElse(null);
      if (principle != null) {
        sums.merge(principle, scores.probs()[i], Double::sum);
      }
    }
    return bestFirst(sums);
  }

  private static List<Guess> bestFirst(Map<String, Double> sums) {
    List<Guess> out = new ArrayList<>();
    sums.forEach((id, p) -> out.add(new Guess(id, p)));
    out.sort(BEST_FIRST);
    return out;
  }

  private static final Comparator<Guess> BEST_FIRST =
      Comparator.comparingDouble(Guess::probability).reversed().thenComparing(Guess::label);

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
  Optional<DomainGate> gate() {
    return Optional.ofNullable(gate);
  }

  /** The principle ranker, when there is one. */
  Optional<PrincipleRanker> ranker() {
    return Optional.ofNullable(ranker);
  }
}
