package org.spreadcoach.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spreadcoach.config.Config;

/** The recogniser's defaults live in two places; they must say the same. */
class NluDefaultsTest {
  @Test
  void configDefaultsAreTheSettingsDefaults() {
    assertThat(Config.defaults().nlu()).isEqualTo(NluSettings.defaults());
  }
}
