package org.spreadcoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  @Test
  void isStableForOneKeyDifferentAcrossKeysAndHidesTheId() {
    Pseudonymiser a = new Pseudonymiser("key-one-0123456789abcdef");
    Pseudonymiser b = new Pseudonymiser("key-two-0123456789abcdef");

    assertThat(a.of("123456789"))
        .isEqualTo(a.of("123456789"))
        .startsWith("p_")
        .hasSize(34)
        .doesNotContain("123456789");
    assertThat(a.of("123456789")).isNotEqualTo(b.of("123456789"));
    assertThat(a.of("123456789")).isNotEqualTo(a.of("123456780"));
  }

  @Test
  void refusesAShortKeyAndNeverPrintsIt() {
    assertThatThrownBy(() -> new Pseudonymiser("short")).hasMessageNotContaining("short");
    assertThat(new Pseudonymiser("a-long-enough-secret-key").toString()).doesNotContain("secret");
  }
}
