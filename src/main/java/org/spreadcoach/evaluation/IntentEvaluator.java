package org.spreadcoach.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spreadcoach.intents.DevSample;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.nlu.training.IntentTrainer;

/**
 * Measures recognition: stratified k-fold cross-validation over the intent and out-of-scope
 * examples, the must-pass test utterances against a model trained on everything, and the
 * development set scored as an ambient channel would treat it.
 */
public final class IntentEvaluator {
  static final String OUT_OF_SCOPE = EvaluationReport.OUT_OF_SCOPE;
  private final NluSettings settings;
  private final double ambientThreshold;

  /**
   * @param ambientThreshold least confidence for an unprompted reply, as the coach applies it
   */
  public IntentEvaluator(NluSettings settings, double ambientThreshold) {
    this.settings = settings;
    this.ambientThreshold = ambientThreshold;
  }

  /** Cross-validation, must-pass tests and the development set. */
  public EvaluationReport evaluate(IntentCatalog catalog, int folds, List<DevSample> dev) {
    return evaluate(catalog, folds, dev, List.of(), null);
  }

  /**
   * Everything: cross-validation, must-pass tests, the development and check sets, and the open
   * world.
   *
   * @param check the check set, or empty
   * @param openWorld everyday text to put to the bot as chatter, or null for none
   */
  public EvaluationReport evaluate(
      IntentCatalog catalog,
      int folds,
      List<DevSample> dev,
      List<DevSample> check,
      OpenWorld openWorld) {
    List<LabelledText> samples = IntentTrainer.samples(catalog);
    List<EvaluationReport.Prediction> pairs = crossValidate(catalog, samples, folds);
    IntentModel full = new IntentTrainer(settings).train(catalog);
    List<EvaluationReport.TestFailure> failures = new ArrayList<>();
    int tests = 0;
    for (Intent intent : catalog.intents()) {
      for (String test : intent.tests()) {
        tests++;
        Recognition r = full.classify(test);
        if (!intent.id().equals(r.intent())) {
          failures.add(
              new EvaluationReport.TestFailure(
                  intent.id(), test, r.inScope() ? r.intent() : OUT_OF_SCOPE, r.confidence()));
        }
      }
    }
    return report(
        catalog,
        folds,
        samples.size(),
        pairs,
        tests,
        failures,
        dev.isEmpty() ? null : scoreDev(full, dev),
        check.isEmpty() ? null : scoreDev(full, check),
        openWorld == null ? null : scoreOpenWorld(full, openWorld));
  }

  /** How many of the open world's messages would draw an unprompted reply. */
  private EvaluationReport.OpenWorldScore scoreOpenWorld(IntentModel model, OpenWorld world) {
    List<String> answered = new ArrayList<>();
    for (String text : world.texts()) {
      if (model.classify(text).answeredUnprompted(ambientThreshold)) {
        answered.add(text);
      }
    }
    return new EvaluationReport.OpenWorldScore(
        world.source(),
        world.texts().size(),
        answered.size(),
        ratio(answered.size(), world.texts().size()),
        List.copyOf(answered.subList(0, Math.min(20, answered.size()))));
  }

  /** Each utterance's expected and predicted label, every utterance tested exactly once. */
  private List<EvaluationReport.Prediction> crossValidate(
      IntentCatalog catalog, List<LabelledText> samples, int folds) {
    // Stratified: the n-th example of each label goes to fold n mod k.
    Map<String, Integer> seen = new HashMap<>();
    int[] fold = new int[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      fold[i] = seen.merge(samples.get(i).label(), 1, Integer::sum) % folds;
    }
    List<EvaluationReport.Prediction> pairs = new ArrayList<>();
    IntentTrainer trainer = new IntentTrainer(settings);
    for (int k = 0; k < folds; k++) {
      List<LabelledText> train = new ArrayList<>();
      List<LabelledText> test = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        (fold[i] == k ? test : train).add(samples.get(i));
      }
      if (test.isEmpty()) {
        continue;
      }
      IntentModel model = trainer.trainSamples(catalog, train);
      for (LabelledText t : test) {
        Recognition r = model.classify(t.text());
        String expected = TextClassifier.OOS.equals(t.label()) ? OUT_OF_SCOPE : t.label();
        pairs.add(
            new EvaluationReport.Prediction(
                t.text(), expected, r.inScope() ? r.intent() : OUT_OF_SCOPE, r.confidence()));
      }
    }
    return pairs;
  }

  private EvaluationReport.DevSetScore scoreDev(IntentModel model, List<DevSample> dev) {
    int spread = 0;
    int chatter = 0;
    int replied = 0;
    int falseTriggers = 0;
    int principled = 0;
    int principleRight = 0;
    List<EvaluationReport.DevMiss> misses = new ArrayList<>();
    for (DevSample sample : dev) {
      Recognition r = model.classify(sample.text());
      boolean ambientReply = r.answeredUnprompted(ambientThreshold);
      boolean right;
      if (sample.isChatter()) {
        chatter++;
        right = !ambientReply;
        falseTriggers += right ? 0 : 1;
      } else {
        spread++;
        replied += ambientReply ? 1 : 0;
        right = ambientReply;
        if (!DevSample.SPREAD.equals(sample.label())) {
          principled++;
          boolean samePrinciple = r.inScope() && sample.label().equals(r.principle());
          principleRight += samePrinciple ? 1 : 0;
          right = right && samePrinciple;
        }
      }
      if (!right) {
        String got =
            r.inScope()
                ? r.intent() + (ambientReply ? "" : " (not unprompted)")
                : OUT_OF_SCOPE + (r.bestGuess() == null ? "" : ", nearest " + r.bestGuess());
        misses.add(
            new EvaluationReport.DevMiss(
                sample.file(), sample.line(), sample.label(), sample.text(), got, r.confidence()));
      }
    }
    return new EvaluationReport.DevSetScore(
        dev.size(),
        spread,
        chatter,
        ratio(replied, spread),
        ratio(falseTriggers, chatter),
        principled,
        ratio(principleRight, principled),
        misses);
  }

  private static EvaluationReport report(
      IntentCatalog catalog,
      int folds,
      int total,
      List<EvaluationReport.Prediction> pairs,
      int tests,
      List<EvaluationReport.TestFailure> failures,
      EvaluationReport.DevSetScore dev,
      EvaluationReport.DevSetScore check,
      EvaluationReport.OpenWorldScore openWorld) {
    int right = 0;
    int intentExamples = 0;
    int intentRight = 0;
    int oosExamples = 0;
    int oosTriggered = 0;
    Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
    catalog.intents().forEach(i -> counts.put(i.id(), new int[3]));
    Map<List<String>, Integer> confusions = new HashMap<>();
    for (EvaluationReport.Prediction pair : pairs) {
      String expected = pair.expected();
      String predicted = pair.predicted();
      boolean ok = Objects.equals(expected, predicted);
      right += ok ? 1 : 0;
      if (OUT_OF_SCOPE.equals(expected)) {
        oosExamples++;
        oosTriggered += ok ? 0 : 1;
      } else {
        intentExamples++;
        intentRight += ok ? 1 : 0;
      }
      if (ok) {
        if (!OUT_OF_SCOPE.equals(expected)) {
          counts.get(expected)[0]++;
        }
      } else {
        if (!OUT_OF_SCOPE.equals(predicted)) {
          counts.get(predicted)[1]++;
        }
        if (!OUT_OF_SCOPE.equals(expected)) {
          counts.get(expected)[2]++;
        }
        confusions.merge(List.of(expected, predicted), 1, Integer::sum);
      }
    }
    List<EvaluationReport.IntentScore> perIntent = new ArrayList<>();
    counts.forEach(
        (id, c) -> {
          double p = ratio(c[0], c[0] + c[1]);
          double r = ratio(c[0], c[0] + c[2]);
          double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
          perIntent.add(new EvaluationReport.IntentScore(id, p, r, f1, c[0] + c[2]));
        });
    List<EvaluationReport.Confusion> worst =
        confusions.entrySet().stream()
            .sorted(
                Map.Entry.<List<String>, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(e -> e.getKey().toString()))
            .limit(10)
            .map(
                e ->
                    new EvaluationReport.Confusion(
                        e.getKey().get(0), e.getKey().get(1), e.getValue()))
            .toList();
    perIntent.sort(Comparator.comparing(EvaluationReport.IntentScore::intent));
    return new EvaluationReport(
        folds,
        total,
        catalog.intents().size(),
        ratio(right, pairs.size()),
        ratio(intentRight, intentExamples),
        ratio(oosTriggered, oosExamples),
        perIntent,
        worst,
        tests,
        failures,
        dev,
        check,
        openWorld,
        pairs);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
