package org.spreadcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyComposerTest {

  @Test
  void fitLeavesShortTextAlone() {
    assertThat(ReplyComposer.fit("short", 2_000)).isEqualTo("short");
  }

  @Test
  void fitCutsAtALineBreakAndMarksTheCut() {
    String text = "line one\n" + "x".repeat(50) + "\nline three";

    String cut = ReplyComposer.fit(text, 62);

    assertThat(cut).isEqualTo("line one\n" + "x".repeat(50) + "…");
    assertThat(cut.length()).isLessThanOrEqualTo(62);
  }

  @Test
  void fitNeverSplitsASurrogatePair() {
    String text = "🎉".repeat(1_500);

    String cut = ReplyComposer.fit(text, 2_000);

    assertThat(cut.length()).isLessThanOrEqualTo(2_000);
    String kept = cut.substring(0, cut.length() - 1);
    assertThat(kept).isEqualTo("🎉".repeat(kept.length() / 2));
    assertThat(cut).endsWith("…");
  }
}
