package org.spreadcoach.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Temperature scaling of the classifier's probabilities. */
class TemperatureTest {
  private static final double[] PROBS = {0.5, 0.3, 0.2};

  @Test
  void belowOneSharpensButKeepsTheOrderAndSumsToOne() {
    double[] sharp = TextClassifier.temper(PROBS, 0.5);

    assertThat(sharp[0]).isGreaterThan(PROBS[0]);
    assertThat(sharp[0]).isGreaterThan(sharp[1]);
    assertThat(sharp[1]).isGreaterThan(sharp[2]);
    assertThat(Arrays.stream(sharp).sum()).isCloseTo(1.0, within(1e-12));
    // Squaring then renormalising: 0.25 / (0.25 + 0.09 + 0.04).
    assertThat(sharp[0]).isCloseTo(0.25 / 0.38, within(1e-12));
  }

  @Test
  void oneLeavesTheProbabilitiesAsTrained() {
    assertThat(TextClassifier.temper(PROBS, 1.0)).containsExactly(PROBS);
  }

  @Test
  void aZeroProbabilityStaysZero() {
    double[] out = TextClassifier.temper(new double[] {0.9, 0.1, 0.0}, 0.5);

    assertThat(out[2]).isZero();
    assertThat(out[0] + out[1]).isCloseTo(1.0, within(1e-12));
  }
}
