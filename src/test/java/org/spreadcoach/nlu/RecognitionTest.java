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
        new IntentTrainer(NluSettings.defaults().withThreshold(1.0, 0.0).withGate(0.5, 1.0))
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
  void aSureGateTakesAMessageTheIntentsLeaveOutForTheGeneralQuestion() {
    Scores unplaced =
        Scores.of(
            new String[] {"networks.connect", "benefit.case", "spread.general", TextClassifier.OOS},
            new double[] {0.3, 0.25, 0.05, 0.4});
    double sure = NluSettings.defaults().domainSure();

    Recognition carried = model.decide(unplaced, sure);

    assertThat(carried.inScope()).isTrue();
    assertThat(carried.intent()).isEqualTo("spread.general");
    assertThat(carried.principle()).as("answered by naming the principles at stake").isNull();
    assertThat(carried.confidence()).as("the gate's probability").isEqualTo(sure);
    assertThat(carried.bestGuess()).isEqualTo("networks.connect");
    assertThat(carried.answeredUnprompted(0.5)).isTrue();

    Recognition unsure = model.decide(unplaced, sure - 0.01);
    assertThat(unsure.inScope()).isFalse();
    assertThat(unsure.answeredUnprompted(0.5)).isFalse();
  }

  @Test
  void aSureGateLetsASpreadQuestionTheIntentsDoubtIntoAnAmbientChannel() {
    Scores doubtful =
        Scores.of(
            new String[] {"networks.connect", "benefit.case", TextClassifier.OOS},
            new double[] {0.45, 0.3, 0.25});

    Recognition sure = model.decide(doubtful, 0.95);
    Recognition notSure = model.decide(doubtful, 0.6);

    assertThat(sure.intent()).as("the intents' answer stands").isEqualTo("networks.connect");
    assertThat(sure.confidence()).isEqualTo(0.45);
    assertThat(sure.answeredUnprompted(0.5)).isTrue();
    assertThat(notSure.intent()).isEqualTo("networks.connect");
    assertThat(notSure.answeredUnprompted(0.5)).as("below the ambient threshold").isFalse();
  }

  @Test
  void theGateNeverCarriesTalkMeantForTheBot() {
    Scores greeting =
        Scores.of(
            new String[] {"bot.greeting", "networks.connect", TextClassifier.OOS},
            new double[] {0.9, 0.05, 0.05});

    Recognition r = model.decide(greeting, 0.99);

    assertThat(r.intent()).isEqualTo("bot.greeting");
    assertThat(r.answeredUnprompted(0.0)).isFalse();
  }

  @Test
  void theGatesFloorStillAppliesWhenSetAboveDomainSure() {
    IntentModel floorAbove =
        new IntentTrainer(NluSettings.defaults().withGate(0.8, 0.6)).train(TestCatalogs.small());
    Scores unplaced =
        Scores.of(
            new String[] {"networks.connect", "spread.general", TextClassifier.OOS},
            new double[] {0.3, 0.1, 0.6});

    assertThat(floorAbove.decide(unplaced, 0.7).inScope()).isFalse();
    assertThat(floorAbove.decide(unplaced, 0.99).intent()).isEqualTo("spread.general");
  }

  @Test
  void domainSureOfOneTurnsTheGateAloneOff() {
    NluSettings off = NluSettings.defaults().withGate(0.5, 1.0);
    IntentModel never = new IntentTrainer(off).train(TestCatalogs.small());
    Scores unplaced =
        Scores.of(
            new String[] {"networks.connect", "spread.general", TextClassifier.OOS},
            new double[] {0.3, 0.1, 0.6});

    assertThat(never.decide(unplaced, 1.0).inScope()).isFalse();
  }

  @Test
  void theRankerChoosesThePrincipleOnceTheIntentsHaveSaidItIsASpreadQuestion() {
    Scores intents =
        Scores.of(
            new String[] {"networks.connect", "benefit.case", "spread.general", TextClassifier.OOS},
            new double[] {0.55, 0.3, 0.05, 0.1});
    Scores ranked =
        Scores.of(
            new String[] {
              "principle:networks", "principle:benefit", "spread.general", TextClassifier.OOS
            },
            new double[] {0.2, 0.65, 0.05, 0.1});

    Recognition r = model.decide(intents, ranked, 0.9);

    assertThat(r.inScope()).isTrue();
    assertThat(r.intent()).isEqualTo("benefit.case");
    assertThat(r.principle()).isEqualTo("benefit");
    assertThat(r.confidence()).as("how sure the intents are that it is in scope").isEqualTo(0.55);
    assertThat(r.principles()).extracting(Guess::label).containsExactly("benefit", "networks");
    assertThat(r.principles().get(0).probability()).isEqualTo(0.65);
    assertThat(r.candidates().get(0).label())
        .as("the intents' own ranking")
        .isEqualTo("networks.connect");
  }

  @Test
  void theRankerCanNameTheGeneralQuestionButNeitherScopeNorTalkToTheBot() {
    Scores intents =
        Scores.of(
            new String[] {
              "networks.connect",
              "benefit.case",
              "spread.general",
              "bot.greeting",
              TextClassifier.OOS
            },
            new double[] {0.55, 0.05, 0.2, 0.1, 0.1});
    Scores general =
        Scores.of(
            new String[] {
              "principle:networks", "spread.general", "bot.greeting", TextClassifier.OOS
            },
            new double[] {0.2, 0.5, 0.25, 0.05});
    assertThat(model.decide(intents, general, 0.9).intent()).isEqualTo("spread.general");
    assertThat(model.decide(intents, general, 0.9).principle()).isNull();

    Scores greetingFirst =
        Scores.of(
            new String[] {
              "principle:networks", "spread.general", "bot.greeting", TextClassifier.OOS
            },
            new double[] {0.3, 0.1, 0.5, 0.1});
    assertThat(model.decide(intents, greetingFirst, 0.9).intent())
        .as("talk to the bot is the intents' to recognise")
        .isEqualTo("networks.connect");

    Scores outFirst =
        Scores.of(
            new String[] {"principle:networks", "principle:benefit", TextClassifier.OOS},
            new double[] {0.2, 0.3, 0.5});
    Recognition r = model.decide(intents, outFirst, 0.9);
    assertThat(r.inScope()).as("scope is the intents' and the gate's to decide").isTrue();
    assertThat(r.intent()).isEqualTo("benefit.case");
  }

  @Test
  void theRankerIsNotConsultedForTalkMeantForTheBotOrOutOfScope() {
    Scores ranked =
        Scores.of(
            new String[] {"principle:networks", "principle:benefit", TextClassifier.OOS},
            new double[] {0.1, 0.8, 0.1});
    Scores greeting =
        Scores.of(
            new String[] {"bot.greeting", "networks.connect", TextClassifier.OOS},
            new double[] {0.9, 0.05, 0.05});
    Scores oos =
        Scores.of(new String[] {"networks.connect", TextClassifier.OOS}, new double[] {0.2, 0.8});

    assertThat(model.decide(greeting, ranked, 0.99).intent()).isEqualTo("bot.greeting");
    assertThat(model.decide(oos, ranked, 0.1).intent()).isNull();
    assertThat(model.decide(oos, ranked, 0.1).bestGuess()).isEqualTo("networks.connect");
  }

  @Test
  void aRankerOfAnEarlierCatalogueHasItsUnknownPrincipleLabelsPassedOver() {
    Scores intents =
        Scores.of(
            new String[] {"networks.connect", "benefit.case", TextClassifier.OOS},
            new double[] {0.6, 0.3, 0.1});
    Scores earlier =
        Scores.of(
            new String[] {"principle:retired", "principle:benefit", "principle:networks"},
            new double[] {0.7, 0.2, 0.1});

    Recognition r = model.decide(intents, earlier, 0.9);

    assertThat(r.intent()).isEqualTo("benefit.case");
    assertThat(r.principles()).extracting(Guess::label).containsExactly("benefit", "networks");
  }

  @Test
  void aTrainedModelHasARankerOverTheSameFeatures() {
    assertThat(model.ranker()).isPresent();
    assertThat(model.classify("what evidence would convince the commissioners").principle())
        .isEqualTo("benefit");
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
