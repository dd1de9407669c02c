package org.spreadcoach.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  @Test
  void lowerCasesAndDropsPunctuation() {
    assertThat(normaliser.tokens("How do I spread THIS, then?"))
        .containsExactly("how", "do", "i", "spread", "this", "then");
  }

  @Test
  void removesPlatformMentionsAndLinks() {
    assertThat(normaliser.tokens("<@123456> see https://example.org/x?y=1 @everyone"))
        .containsExactly("see");
  }

  @Test
  void foldsNumbersToOneToken() {
    assertThat(normaliser.tokens("ward 7 and ward 12"))
        .containsExactly("ward", "0", "and", "ward", "0");
  }

  @Test
  void emptyBlankAndSymbolOnlyTextGiveNoTokens() {
    assertThat(normaliser.tokens(null)).isEmpty();
    assertThat(normaliser.tokens("   ")).isEmpty();
    assertThat(normaliser.tokens("🎉🎉 !!! ...")).isEmpty();
  }

  @Test
  void keepsRightToLeftLettersAsWords() {
    assertThat(normaliser.tokens("مرحبا كيف")).containsExactly("مرحبا", "كيف");
  }

  @Test
  void cutsAHundredKilobyteLineToTheLimit() {
    String huge = "spread ".repeat(15_000);

    String[] tokens = normaliser.tokens(huge);

    assertThat(tokens.length).isLessThanOrEqualTo(TextNormaliser.MAX_CHARS / 6 + 1);
  }

  @Test
  void controlAndBinaryCharactersDoNotBreakIt() {
    assertThat(normaliser.tokens("spread\u0000\u0007 this\uFFFD"))
        .containsExactly("spread", "this");
  }
}
