package org.spreadcoach.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.testing.TestCatalogs;

/** Recognition on a small in-memory set with fixed parameters. */
class RecognitionTest {
  private static IntentModel model;

  @BeforeAll
  static void train() {
    model = TestCatalogs.smallModel();
  }

  @Test
  void recognisesEachIntentFromUnseenWording() {
    assertThat(model.classify("who are the people that connect trusts in our network").intent())
        .isEqualTo("networks.connect");
    assertThat(model.classify("what evidence would convince the commissioners").intent())
        .isEqualTo("benefit.case");
  }

  @Test
  void reportsThePrincipleOfTheIntentAndNullForGeneralQuestions() {
    Recognition networks = model.classify("which networks could help spread our pathway");
    assertThat(networks.principle()).isEqualTo("networks");

    Recognition general = model.classify("how do i spread this to other teams");
    assertThat(general.intent()).isEqualTo("spread.general");
    assertThat(general.principle()).isNull();
  }

  @Test
  void chatterCloseToTheNegativesIsOutOfScope() {
    Recognition r = model.classify("who is bringing the cake");

    assertThat(r.inScope()).isFalse();
    assertThat(r.intent()).isNull();
    assertThat(r.principle()).isNull();
  }

  @Test
  void emptyTextIsOutOfScopeWithZeroConfidence() {
    assertThat(model.classify("")).isEqualTo(Recognition.nothing());
    assertThat(model.classify("?!")).isEqualTo(Recognition.nothing());
  }

  @Test
  void aThresholdAboveEveryProbabilityPutsEverythingOutOfScope() {
    IntentModel strict =
        new IntentTrainer(NluSettings.defaults().withThreshold(1.0, 0.0))
            .train(TestCatalogs.small());

    Recognition r = strict.classify("which networks could help spread our pathway");

    assertThat(r.inScope()).isFalse();
    assertThat(r.bestGuess()).isEqualTo("networks.connect");
  }

  @Test
  void theMarginRejectsATieBetweenTwoIntents() {
    Scores tie =
        Scores.of(
            new String[] {"networks.connect", "benefit.case", TextClassifier.OOS},
            new double[] {0.45, 0.44, 0.11});
    IntentModel lenient =
        new IntentTrainer(NluSettings.defaults().withThreshold(0.3, 0.05))
            .train(TestCatalogs.small());

    Recognition r = lenient.decide(tie, Double.NaN);

    assertThat(r.inScope()).isFalse();
    assertThat(r.bestGuess()).isEqualTo("networks.connect");
  }

  @Test
  void theOutOfScopeClassWinningMeansOutOfScopeEvenAboveThreshold() {
    Scores oos =
        Scores.of(new String[] {"networks.connect", TextClassifier.OOS}, new double[] {0.2, 0.8});

    Recognition r = model.decide(oos, Double.NaN);

    assertThat(r.inScope()).isFalse();
    assertThat(r.confidence()).isEqualTo(0.2);
  }

  @Test
  void theSharedModelGivesTheSameAnswersFromManyThreads() throws Exception {
    List<String> texts =
        List.of(
            "which networks could help spread our pathway",
            "what evidence would convince the commissioners",
            "who is bringing the cake",
            "how do i spread this to other teams");
    List<Recognition> expected = texts.stream().map(model::classify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<Boolean> task =
            () -> {
              for (int i = 0; i < 500; i++) {
                int k = i % texts.size();
                if (!model.classify(texts.get(k)).equals(expected.get(k))) {
                  return false;
                }
              }
              return true;
            };
        results.add(pool.submit(task));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void trainingIsDeterministic() {
    IntentModel again = TestCatalogs.smallModel();

    assertThat(again.classify("which networks could help spread our pathway"))
        .isEqualTo(model.classify("which networks could help spread our pathway"));
  }
}
