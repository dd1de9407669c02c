package org.spreadcoach.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spreadcoach.nlu.text.FeatureSettings;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.testing.TestCatalogs;

/**
 * The intent classifier, the open-world gate and the principle ranker score one extraction of a
 * message's features, which is right only when all were trained with the same feature settings.
 */
class SharedFeaturesTest {
  private static final List<LabelledText> GATE_SAMPLES =
      List.of(
          new LabelledText(DomainGate.SPREAD, "how do we get other trusts to adopt our pathway"),
          new LabelledText(DomainGate.SPREAD, "who should champion the spread across the region"),
          new LabelledText(DomainGate.OTHER, "what time is the canteen open"),
          new LabelledText(DomainGate.OTHER, "can you book the meeting room for friday"));

  @Test
  void aGateScoresTheFeaturesTheIntentClassifierExtracted() {
    NluSettings settings = NluSettings.defaults();
    TextClassifier intents = TextClassifier.train(GATE_SAMPLES, settings);
    TextClassifier gate = TextClassifier.train(GATE_SAMPLES, settings);
    String[] tokens = intents.tokens("how do we get other trusts to adopt it");

    assertThat(new DomainGate(gate).probability(intents.features(tokens)))
        .isEqualTo(gate.scoreTokens(tokens).prob(DomainGate.SPREAD));
  }

  @Test
  void aGateOrRankerTrainedWithOtherFeatureSettingsIsRefused() {
    NluSettings settings = NluSettings.defaults();
    FeatureSettings f = settings.features();
    NluSettings other =
        new NluSettings(
            settings.threshold(),
            settings.margin(),
            settings.iterations(),
            settings.l1(),
            settings.l2(),
            settings.threads(),
            settings.temperature(),
            settings.cutoff(),
            new FeatureSettings(f.wordNgrams(), 0, 0, f.stem(), f.tfidf()),
            settings.domainThreshold(),
            settings.domainSure());
    TextClassifier intents = TextClassifier.train(GATE_SAMPLES, settings);
    DomainGate gate = new DomainGate(TextClassifier.train(GATE_SAMPLES, other));

    assertThatThrownBy(
            () ->
                new IntentModel(TestCatalogs.small(), intents, gate, null, settings, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open-world gate was trained with other feature settings");
    PrincipleRanker ranker = new PrincipleRanker(TextClassifier.train(GATE_SAMPLES, other));
    assertThatThrownBy(
            () ->
                new IntentModel(
                    TestCatalogs.small(), intents, null, ranker, settings, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("principle ranker was trained with other feature settings");
  }

  @Test
  void aRankerTrainedOnTheIntentModelsMessagesScoresItsVector() {
    IntentModel model =
        new IntentTrainer(NluSettings.defaults())
            .train(
                TestCatalogs.small()
                    .withBackground(
                        List.of(
                            "the printer on level 2 is jammed again",
                            "who is on the late shift tomorrow",
                            "can someone cover my bank shift on friday")));
    TextClassifier intents = model.classifier();
    TextClassifier ranker = model.ranker().orElseThrow().classifier();
    TextClassifier gate = model.gate().orElseThrow().classifier();
    assertThat(ranker.sharesVocabulary(intents)).isTrue();
    assertThat(gate.sharesVocabulary(intents)).as("trained on other messages").isFalse();

    for (String text :
        List.of(
            "what evidence would convince the commissioners",
            "which networks could help spread our pathway",
            "who is bringing the cake")) {
      List<String> features = intents.features(intents.tokens(text));
      Recognition apart =
          model.decide(
              intents.scoreFeatures(features),
              ranker.scoreFeatures(features),
              model.gate().orElseThrow().probability(features));
      assertThat(model.classify(text)).isEqualTo(apart);
    }
  }
}
