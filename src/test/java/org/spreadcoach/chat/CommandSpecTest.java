package org.spreadcoach.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A declaration that no platform could register is refused when it is written. */
class CommandSpecTest {

  @Test
  void aRequiredOptionAfterAnOptionalOneIsRefused() {
    // Discord rejects the whole command list otherwise, and the bot would register nothing.
    assertThatThrownBy(
            () ->
                SubcommandSpec.of("start", "Start")
                    .withOptions(
                        OptionSpec.text("note", "A note"),
                        OptionSpec.text("topic", "Topic").asRequired()))
        .hasMessageContaining("required option topic after an optional one");
  }

  @Test
  void namesAreWhatDiscordAccepts() {
    assertThatThrownBy(() -> OptionSpec.text("Topic", "Topic"))
        .hasMessageContaining("'Topic' is not a command or option name");
    assertThatThrownBy(() -> SubcommandSpec.of("forget me", "Forget"))
        .hasMessageContaining("'forget me'");
    assertThatThrownBy(
            () -> CommandSpec.of("coach", "x".repeat(101), SubcommandSpec.of("ask", "Ask")))
        .hasMessageContaining("1 to 100 characters");
  }

  @Test
  void defaultsMustNameWhatIsDeclared() {
    assertThatThrownBy(
            () ->
                SubcommandSpec.of("export", "Export")
                    .withOptions(OptionSpec.wholeNumber("id", "Id", 1, 9))
                    .withDefaultOption("id"))
        .hasMessageContaining("not one of its text options");
    assertThatThrownBy(
            () ->
                CommandSpec.of("coach", "Coach", SubcommandSpec.of("ask", "Ask"))
                    .withDefaultSubcommand("tell"))
        .hasMessageContaining("no subcommand tell");
    assertThatThrownBy(
            () ->
                CommandSpec.of(
                    "coach",
                    "Coach",
                    SubcommandSpec.of("ask", "Ask"),
                    SubcommandSpec.of("ask", "Ask again")))
        .hasMessageContaining("subcommand ask twice");
  }

  @Test
  void rangesAndChoicesBelongToTheirTypes() {
    assertThatThrownBy(() -> OptionSpec.wholeNumber("n", "N", 5, 1))
        .hasMessageContaining("min is above max");
    assertThatThrownBy(() -> OptionSpec.choice("format", "Format"))
        .hasMessageContaining("choices are for choice options");
  }

  @Test
  void aBlankSubcommandMeansTheDefaultOne() {
    CommandSpec coach =
        CommandSpec.of(
                "coach",
                "Coach",
                SubcommandSpec.of("ask", "Ask"),
                SubcommandSpec.of("principles", "List"))
            .withDefaultSubcommand("ask");

    assertThat(coach.subcommand("")).map(SubcommandSpec::name).hasValue("ask");
    assertThat(coach.subcommand("principles")).map(SubcommandSpec::name).hasValue("principles");
    assertThat(coach.subcommand("dance")).isEmpty();
  }
}
