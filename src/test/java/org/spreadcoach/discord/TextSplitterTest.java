package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

  @Test
  void shortTextIsOnePartWithoutSurroundingWhitespace() {
    assertThat(TextSplitter.split("  How do we spread it?\n", 2_000))
        .containsExactly("How do we spread it?");
  }

  @Test
  void longTextSplitsAtTheLastLineBreakThatFits() {
    String first = "a".repeat(1_200);
    String second = "b".repeat(900);
    String third = "c".repeat(300);

    List<String> parts = TextSplitter.split(first + "\n" + second + "\n" + third, 2_000);

    assertThat(parts).containsExactly(first, second + "\n" + third);
  }

  @Test
  void withoutAUsefulLineBreakItSplitsBetweenWords() {
    String text = "word ".repeat(500).strip();

    List<String> parts = TextSplitter.split(text, 2_000);

    assertThat(parts)
        .hasSize(2)
        .allSatisfy(
            p -> assertThat(p).hasSizeLessThanOrEqualTo(2_000).startsWith("word").endsWith("word"));
    assertThat(String.join(" ", parts)).isEqualTo(text);
  }

  @Test
  void aLineBreakEarlyInTheTextIsNotWorthAShortPart() {
    // Cutting at a break in the first half would make a stub message; a word break is better.
    String text = "Intro\n" + "word ".repeat(450);

    List<String> parts = TextSplitter.split(text, 2_000);

    assertThat(parts.get(0)).startsWith("Intro\nword").hasSizeGreaterThan(1_000);
  }

  @Test
  void textWithNoBreaksIsCutAtTheLimit() {
    List<String> parts = TextSplitter.split("x".repeat(4_500), 2_000);

    assertThat(parts).extracting(String::length).containsExactly(2_000, 2_000, 500);
  }

  @Test
  void anEmojiIsNeverCutInHalf() {
    String text = "x".repeat(1_999) + "\uD83D\uDC4D" + "y".repeat(10);

    List<String> parts = TextSplitter.split(text, 2_000);

    assertThat(parts).containsExactly("x".repeat(1_999), "\uD83D\uDC4D" + "y".repeat(10));
  }

  @Test
  void noPartIsLongerThanTheLimitAndNoTextIsLost() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("Line ").append(i).append(": ").append("advice ".repeat(i % 17)).append('\n');
    }

    List<String> parts = TextSplitter.split(text.toString(), 2_000);

    assertThat(parts)
        .hasSizeGreaterThan(1)
        .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(2_000).isNotBlank());
    assertThat(String.join("", parts).replaceAll("\\s", ""))
        .isEqualTo(text.toString().replaceAll("\\s", ""));
  }
}
