package org.spreadcoach.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureVocabularyTest {
  private static final List<List<String>> DOCS =
      List.of(
          List.of("bias", "w1=spread", "w1=this"),
          List.of("bias", "w1=spread", "w1=that"),
          List.of("bias", "w1=scale", "w1=this"),
          List.of("bias", "w1=spread", "w1=rare"));

  @Test
  void codesSortInOrderOfFallingDocumentFrequency() {
    FeatureVocabulary vocabulary = FeatureVocabulary.learn(DOCS, 1, false);

    String bias = code(vocabulary, "bias");
    String spread = code(vocabulary, "w1=spread");
    String rare = code(vocabulary, "w1=rare");

    assertThat(bias).isLessThan(spread);
    assertThat(spread).isLessThan(code(vocabulary, "w1=this"));
    assertThat(code(vocabulary, "w1=this")).isLessThan(rare);
    assertThat(bias).hasSameSizeAs(rare);
  }

  @Test
  void theSameDocumentsAlwaysGiveTheSameCodes() {
    FeatureVocabulary a = FeatureVocabulary.learn(DOCS, 1, true);
    FeatureVocabulary b = FeatureVocabulary.learn(List.copyOf(DOCS), 1, true);

    for (String f : List.of("bias", "w1=spread", "w1=this", "w1=that", "w1=scale", "w1=rare")) {
      assertThat(code(a, f)).as(f).isEqualTo(code(b, f));
    }
  }

  @Test
  void documentsGivenSeveralTimesLearnWhatTheRepeatedListLearns() throws Exception {
    List<List<String>> repeated = new ArrayList<>(DOCS);
    repeated.add(DOCS.get(2));
    repeated.add(DOCS.get(2));
    repeated.add(DOCS.get(3));

    FeatureVocabulary counted = FeatureVocabulary.learn(DOCS, new int[] {1, 1, 3, 2}, 2, true);

    assertThat(bytes(counted)).isEqualTo(bytes(FeatureVocabulary.learn(repeated, 2, true)));
    assertThat(code(counted, "w1=scale")).as("in one document given three times").isNotNull();
    assertThat(bytes(counted)).isNotEqualTo(bytes(FeatureVocabulary.learn(DOCS, 2, true)));
  }

  private static byte[] bytes(FeatureVocabulary vocabulary) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    vocabulary.write(new DataOutputStream(out));
    return out.toByteArray();
  }

  @Test
  void countsRepeatsWithoutTfidf() {
    FeatureVocabulary vocabulary = FeatureVocabulary.learn(DOCS, 1, false);

    FeatureVocabulary.Vector v =
        vocabulary.vectorise(List.of("w1=spread", "w1=spread", "w1=this", "w1=unknown"));

    assertThat(v.codes()).hasSize(2);
    assertThat(v.values()[indexOf(v, code(vocabulary, "w1=spread"))]).isEqualTo(2f);
    assertThat(v.values()[indexOf(v, code(vocabulary, "w1=this"))]).isEqualTo(1f);
  }

  @Test
  void tfidfGivesARareFeatureMoreWeightThanACommonOneAndUnitLength() {
    FeatureVocabulary vocabulary = FeatureVocabulary.learn(DOCS, 1, true);

    FeatureVocabulary.Vector v = vocabulary.vectorise(List.of("bias", "w1=spread", "w1=rare"));

    float common = v.values()[indexOf(v, code(vocabulary, "bias"))];
    float rare = v.values()[indexOf(v, code(vocabulary, "w1=rare"))];
    assertThat(rare).isGreaterThan(common);
    assertThat(length(v)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void unknownFeaturesAreDroppedButShortenWhatIsKnown() {
    FeatureVocabulary vocabulary = FeatureVocabulary.learn(DOCS, 1, true);

    FeatureVocabulary.Vector known = vocabulary.vectorise(List.of("w1=spread", "w1=this"));
    FeatureVocabulary.Vector diluted =
        vocabulary.vectorise(List.of("w1=spread", "w1=this", "w1=flu", "w1=ward"));

    assertThat(diluted.codes()).containsExactlyInAnyOrder(known.codes());
    assertThat(length(diluted)).isLessThan(length(known) * 0.8);
  }

  @Test
  void featuresInFewerDocumentsThanTheCutoffAreUnknown() {
    FeatureVocabulary vocabulary = FeatureVocabulary.learn(DOCS, 2, false);

    assertThat(vocabulary.vectorise(List.of("w1=rare", "w1=scale")).codes()).isEmpty();
    assertThat(vocabulary.vectorise(List.of("w1=this")).codes()).hasSize(1);
  }

  private static String code(FeatureVocabulary vocabulary, String feature) {
    String[] codes = vocabulary.vectorise(List.of(feature)).codes();
    assertThat(codes).as(feature).hasSize(1);
    return codes[0];
  }

  private static int indexOf(FeatureVocabulary.Vector v, String code) {
    for (int i = 0; i < v.codes().length; i++) {
      if (v.codes()[i].equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no " + code);
  }

  private static double length(FeatureVocabulary.Vector v) {
    double sum = 0;
    for (float x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
