package org.spreadcoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashCommandParserTest {
  private final SlashCommandParser parser = new SlashCommandParser(ConsoleSession.OPTIONS);

  @Test
  void readsSubcommandAndOptionsWithSpacesInValues() {
    var parsed = parser.parse("/round start topic:falls framework in Wales spreader:sam minutes:5")
        .orElseThrow();

    assertThat(parsed.command()).isEqualTo("round");
    assertThat(parsed.args()).isEqualTo(Map.of("sub", "start", "topic",
        "falls framework in Wales", "spreader", "sam", "minutes", "5"));
  }

  @Test
  void plainTextAfterCoachIsTheQuestion() {
    assertThat(parser.parse("/coach how do I spread this?").orElseThrow().args())
        .isEqualTo(Map.of("question", "how do I spread this?"));
    assertThat(parser.parse("/coach ask question: how do I: spread it").orElseThrow().args())
        .isEqualTo(Map.of("sub", "ask", "question", "how do I: spread it"));
  }

  @Test
  void aValueMayContainColonsThatAreNotOptionNames() {
    assertThat(parser.parse("/round advice text:see https://x.org ratio 1:2").orElseThrow()
        .args()).isEqualTo(Map.of("sub", "advice", "text", "see https://x.org ratio 1:2"));
  }

  @Test
  void textThatIsNotACommandIsLeftAlone() {
    assertThat(parser.parse("how do I spread this")).isEmpty();
    assertThat(parser.parse("/")).isEmpty();
  }
}
