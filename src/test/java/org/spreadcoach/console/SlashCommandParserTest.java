package org.spreadcoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.curation.KbSearchCommand;
import org.spreadcoach.testing.RecordingBot;

/** Typed slash commands, read by the real commands' declarations. */
class SlashCommandParserTest {
  private final SlashCommandParser parser = new SlashCommandParser(commands());

  private static List<CommandSpec> commands() {
    List<CommandSpec> all = new ArrayList<>(RecordingBot.COMMANDS);
    all.add(KbSearchCommand.SPEC);
    return all;
  }

  @Test
  void readsSubcommandAndOptionsWithSpacesInValues() {
    var parsed =
        parser
            .parse("/round start topic:falls framework in Wales spreader:sam minutes:5")
            .orElseThrow();

    assertThat(parsed.command()).isEqualTo("round");
    assertThat(parsed.args())
        .isEqualTo(
            Map.of(
                "sub",
                "start",
                "topic",
                "falls framework in Wales",
                "spreader",
                "sam",
                "minutes",
                "5"));
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
    assertThat(parser.parse("/round advice text:see https://x.org ratio 1:2").orElseThrow().args())
        .isEqualTo(Map.of("sub", "advice", "text", "see https://x.org ratio 1:2"));
  }

  @Test
  void onlyTheSubcommandsOwnOptionNamesEndAValue() {
    // topic is an option of /round start, not of /round advice.
    assertThat(
            parser
                .parse("/round advice text:keep the topic: falls anonymous:yes")
                .orElseThrow()
                .args())
        .isEqualTo(Map.of("sub", "advice", "text", "keep the topic: falls", "anonymous", "yes"));
  }

  @Test
  void wordsWithoutAnOptionNameGoToTheSubcommandsDefaultOption() {
    assertThat(
            parser
                .parse("/round advice bring the matrons together anonymous:true")
                .orElseThrow()
                .args())
        .isEqualTo(
            Map.of("sub", "advice", "text", "bring the matrons together", "anonymous", "true"));
    assertThat(parser.parse("/kb search falls pathway principle:networks").orElseThrow().args())
        .isEqualTo(Map.of("sub", "search", "query", "falls pathway", "principle", "networks"));
    assertThat(parser.parse("/round status now please").orElseThrow().args())
        .as("a subcommand without a default option ignores them")
        .isEqualTo(Map.of("sub", "status"));
  }

  @Test
  void anUndeclaredSubcommandOrCommandIsPassedOnForTheDispatcherToAnswer() {
    assertThat(parser.parse("/round dance now").orElseThrow().args())
        .isEqualTo(Map.of("sub", "dance"));
    assertThat(parser.parse("/round topic:falls").orElseThrow().args())
        .as("an option is not a subcommand")
        .isEqualTo(Map.of("topic", "falls"));
    var unknown = parser.parse("/dance around:twice").orElseThrow();
    assertThat(unknown.command()).isEqualTo("dance");
    assertThat(unknown.args()).isEmpty();
  }

  @Test
  void textThatIsNotACommandIsLeftAlone() {
    assertThat(parser.parse("how do I spread this")).isEmpty();
    assertThat(parser.parse("/")).isEmpty();
  }
}
