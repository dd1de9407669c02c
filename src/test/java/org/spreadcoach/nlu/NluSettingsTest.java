package org.spreadcoach.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spreadcoach.nlu.text.FeatureSettings;

/**
 * Settings built in code obey the rules the config keys declare, and their defaults are the keys'
 * defaults: there is no second copy of either.
 */
class NluSettingsTest {
  @Test
  void theDefaultsAreTheDeclaredDefaultsOfTheKeys() {
    NluSettings d = NluSettings.defaults();

    assertThat(d.threshold()).isEqualTo(NluSettings.THRESHOLD.defaultValue());
    assertThat(d.margin()).isEqualTo(NluSettings.MARGIN.defaultValue());
    assertThat(d.iterations()).isEqualTo(NluSettings.ITERATIONS.defaultValue());
    assertThat(d.l1()).isEqualTo(NluSettings.L1.defaultValue());
    assertThat(d.l2()).isEqualTo(NluSettings.L2.defaultValue());
    assertThat(d.threads()).isEqualTo(NluSettings.THREADS.defaultValue());
    assertThat(d.temperature()).isEqualTo(NluSettings.TEMPERATURE.defaultValue());
    assertThat(d.cutoff()).isEqualTo(NluSettings.CUTOFF.defaultValue());
    assertThat(d.features().wordNgrams()).isEqualTo(FeatureSettings.WORD_NGRAMS.defaultValue());
    assertThat(d.features().charMin()).isEqualTo(FeatureSettings.CHAR_MIN.defaultValue());
    assertThat(d.features().charMax()).isEqualTo(FeatureSettings.CHAR_MAX.defaultValue());
    assertThat(d.features().stem()).isEqualTo(FeatureSettings.STEM.defaultValue());
    assertThat(d.features().tfidf()).isEqualTo(FeatureSettings.TFIDF.defaultValue());
  }

  @Test
  void aValueOutsideAKeysRangeIsRefusedInTheKeysWords() {
    assertThatThrownBy(() -> NluSettings.defaults().withThreshold(1.5, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nlu.threshold must be between 0 and 1, found 1.5");
    assertThatThrownBy(
            () ->
                new NluSettings(
                    0.4, 0.1, 15, 0.0, 0.01, 2, 0.0, 2, FeatureSettings.defaults(), 0.5, 0.9))
        .hasMessage("nlu.temperature must be above 0, found 0");
  }

  @Test
  void aRuleBetweenTwoKeysIsCheckedInCodeToo() {
    assertThatThrownBy(() -> new FeatureSettings(2, 5, 4, false, true))
        .hasMessage(
            "nlu.charMin must be 0 (off) or at most nlu.charMax, found 5 " + "(nlu.charMax is 4)");
    assertThat(new FeatureSettings(2, 0, 0, false, false).charMin())
        .as("0 turns them off")
        .isZero();
  }
}
