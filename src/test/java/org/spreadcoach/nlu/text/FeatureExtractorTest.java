package org.spreadcoach.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private static final String[] TOKENS = {"adopting", "it"};

  @Test
  void wordUnigramsAndBigramsWithABias() {
    List<String> features =
        new FeatureExtractor(new FeatureSettings(2, 0, 0, false, false)).features(TOKENS);

    assertThat(features)
        .containsExactly(FeatureExtractor.BIAS, "w1=adopting", "w1=it", "w2=adopting it");
  }

  @Test
  void characterNgramsArePaddedInsideEachWord() {
    List<String> features =
        new FeatureExtractor(new FeatureSettings(1, 4, 4, false, false))
            .features(new String[] {"it"});

    assertThat(features).containsExactly(FeatureExtractor.BIAS, "w1=it", "c=#it#");
  }

  @Test
  void stemmingMakesWordFormsShareTheirWordFeature() {
    FeatureExtractor stems = new FeatureExtractor(new FeatureSettings(1, 0, 0, true, false));

    assertThat(stems.features(new String[] {"adopting"}))
        .isEqualTo(stems.features(new String[] {"adopted"}));
  }
}
