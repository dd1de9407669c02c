package org.spreadcoach.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.testing.TestBenchmarkData;

/** The CLINC150 protocol on a tiny inline data set in the same layout (never the real file). */
class OosBenchmarkTest {
  @Test
  void readsTheSplitsAndMapsOosToTheBotsOutOfScopeLabel() throws Exception {
    OosBenchmarkData data = OosBenchmarkData.parse(TestBenchmarkData.TINY);

    assertThat(data.train()).hasSize(18).noneMatch(t -> t.label().equals(TextClassifier.OOS));
    assertThat(data.val()).hasSize(5);
    assertThat(OosBenchmarkData.outOfScope(data.val())).isEqualTo(2);
    assertThat(data.test())
        .hasSize(5)
        .contains(
            new LabelledText(TextClassifier.OOS, "recommend a good novel"),
            new LabelledText("alarm", "wake me at seven with an alarm"));
  }

  @Test
  void aFileWithoutTheSplitsOrWithBadPairsIsRefusedWithTheKeyNamed() {
    assertThatThrownBy(() -> OosBenchmarkData.parse("{\"train\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'val'");
    String unpaired =
        TestBenchmarkData.TINY.replace(
            "[\"set an alarm for nine\", \"alarm\"]", "[\"set an alarm for nine\"]");
    assertThatThrownBy(() -> OosBenchmarkData.parse(unpaired))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'val' entry 2");
  }

  @Test
  void trainsOnInScopeQueriesAndReportsEveryFigure() throws Exception {
    OosBenchmarkData data = OosBenchmarkData.parse(TestBenchmarkData.TINY);

    OosBenchmarkReport r = new OosBenchmark(NluSettings.defaults()).run(data);

    assertThat(r.intents()).isEqualTo(3);
    assertThat(r.trainExamples()).isEqualTo(18);
    assertThat(r.testInScope()).isEqualTo(3);
    assertThat(r.testOutOfScope()).isEqualTo(2);
    assertThat(r.topOneAccuracy()).isEqualTo(1.0);
    assertThat(r.inScopeAccuracy()).isBetween(0.0, 1.0);
    assertThat(r.auroc()).isBetween(0.0, 1.0);
    assertThat(r.trainSeconds()).isPositive();
    assertThat(r.p99Micros()).isGreaterThanOrEqualTo(r.p50Micros()).isPositive();
    assertThat(r.criterion()).isEqualTo("accuracy");
    assertThat(r.operatingPoints())
        .extracting(OosBenchmarkReport.OperatingPoint::criterion)
        .containsExactly("accuracy", "sum");
  }

  @Test
  void theSumCriterionMaximisesInScopeAccuracyPlusOosRecallOnValidation() {
    // In-scope right at 0.9 and 0.8, wrong at 0.7; out of scope at 0.6 and 0.3. Accepting down
    // to 0.7 keeps both right ones and rejects both out-of-scope ones: 2/3 + 2/2, the best sum
    // (0.8 ties, since the wrong one costs nothing either way; a tie goes to the lower level).
    List<OosBenchmark.Scored> val =
        List.of(
            scored(false, true, 0.9),
            scored(false, true, 0.8),
            scored(false, false, 0.7),
            scored(true, false, 0.6),
            scored(true, false, 0.3));

    double threshold = OosBenchmark.chooseThreshold(val, OosBenchmark.Criterion.SUM);

    assertThat(threshold).isCloseTo(0.65, within(1e-9));
    OosBenchmark.Rates rates = OosBenchmark.rates(val, threshold);
    assertThat(rates.inScopeAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(rates.oosRecall()).isEqualTo(1.0);
    assertThat(rates.oosPrecision()).isEqualTo(1.0);
  }

  @Test
  void theAccuracyCriterionCountsQueriesSoTheManyInScopeOnesOutweighRecall() {
    // Six in-scope queries all right, one out-of-scope query at 0.6. Accepting everything gets
    // six of seven right; the sum criterion instead rejects below 0.7 to catch the one.
    List<OosBenchmark.Scored> val =
        List.of(
            scored(false, true, 0.9),
            scored(false, true, 0.8),
            scored(false, true, 0.7),
            scored(false, true, 0.5),
            scored(false, true, 0.4),
            scored(false, true, 0.35),
            scored(true, false, 0.6));

    assertThat(OosBenchmark.chooseThreshold(val, OosBenchmark.Criterion.ACCURACY)).isEqualTo(0.0);
    assertThat(OosBenchmark.chooseThreshold(val, OosBenchmark.Criterion.SUM))
        .isCloseTo(0.65, within(1e-9));
  }

  @Test
  void aurocIsOneWhenEveryInScopeQueryOutscoresEveryOutOfScopeOneAndHalfForTies() {
    assertThat(OosBenchmark.auroc(List.of(scored(false, true, 0.9), scored(true, false, 0.2))))
        .isEqualTo(1.0);
    assertThat(OosBenchmark.auroc(List.of(scored(false, true, 0.2), scored(true, false, 0.9))))
        .isEqualTo(0.0);
    assertThat(
            OosBenchmark.auroc(
                List.of(
                    scored(false, true, 0.5),
                    scored(true, false, 0.5),
                    scored(false, true, 0.7),
                    scored(true, false, 0.1))))
        .isEqualTo(0.875);
  }

  private static OosBenchmark.Scored scored(boolean oos, boolean right, double confidence) {
    return new OosBenchmark.Scored(oos, right, confidence);
  }
}
