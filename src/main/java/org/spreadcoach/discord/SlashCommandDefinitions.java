package org.spreadcoach.discord;

import java.util.List;
import java.util.Set;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;

/** The slash commands the bot registers in every server it is in. */
public final class SlashCommandDefinitions {
  private SlashCommandDefinitions() {}

  /**
   * A principle to offer as a choice.
   *
   * @param id the catalogue id (the value)
   * @param name the display name (what people see)
   */
  public record Choice(String id, String name) {}

  static Set<SlashCommandBuilder> all(List<Choice> principles) {
    return Set.of(coach(principles), round(), kb(principles), privacy(), admin());
  }

  private static SlashCommandBuilder coach(List<Choice> principles) {
    return SlashCommand.with("coach", "Coaching for spreading a change beyond your team")
        .addOption(SlashCommandOption.createSubcommand("ask", "Ask a question about spreading "
            + "your change", List.of(SlashCommandOption.createStringOption("question",
                "Your question, e.g. how do I get other wards to adopt our pathway?", true))))
        .addOption(SlashCommandOption.createSubcommand("principles",
            "List the spread principles I coach on"))
        .addOption(SlashCommandOption.createSubcommand("principle",
            "More on one principle, with questions to think with",
            List.of(principleOption("name", "Which principle", true, principles))));
  }

  private static SlashCommandBuilder round() {
    return SlashCommand.with("round", "Co-coaching rounds: one piece of advice each")
        .addOption(SlashCommandOption.createSubcommand("start", "Open a round (facilitators)",
            List.of(SlashCommandOption.createStringOption("topic", "What is being spread", true),
                SlashCommandOption.create(SlashCommandOptionType.USER, "spreader",
                    "The person spreading the change, who receives the advice", true),
                SlashCommandOption.createLongOption("minutes", "How long (default 10)", false,
                    1, 120),
                SlashCommandOption.create(SlashCommandOptionType.BOOLEAN, "store",
                    "Keep the advice as peer advice after the round (default true)", false))))
        .addOption(SlashCommandOption.createSubcommand("advice", "Offer your one piece of advice",
            List.of(SlashCommandOption.createStringOption("text", "Your advice", true),
                SlashCommandOption.create(SlashCommandOptionType.BOOLEAN, "anonymous",
                    "Keep it unlinked to you (default false)", false))))
        .addOption(SlashCommandOption.createSubcommand("reflect", "Spreader: the most useful "
            + "advice and one next action", List.of(SlashCommandOption.createStringOption("text",
                "Your reflection", true))))
        .addOption(SlashCommandOption.createSubcommand("status", "Who has advised and time left"))
        .addOption(SlashCommandOption.createSubcommand("close", "Close the round now "
            + "(facilitators)"))
        .addOption(SlashCommandOption.createSubcommand("export", "A round's summary as Markdown "
            + "(facilitators)", List.of(SlashCommandOption.createLongOption("id",
                "The round's number", true),
            new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING)
                .setName("format").setDescription("Export format").setRequired(false)
                .addChoice("markdown", "markdown").build())));
  }

  private static SlashCommandBuilder kb(List<Choice> principles) {
    return SlashCommand.with("kb", "The knowledge base (maintainers)")
        .addOption(SlashCommandOption.createSubcommand("search", "Search stored messages and "
            + "advice", List.of(SlashCommandOption.createStringOption("query", "Words to look for",
                true), principleOption("principle", "Only this principle", false, principles))));
  }

  private static SlashCommandBuilder privacy() {
    return SlashCommand.with("privacy", "What I keep about you, and erasing it")
        .addOption(SlashCommandOption.createSubcommand("status", "What this channel keeps"))
        .addOption(SlashCommandOption.createSubcommand("forget-me",
            "Delete everything you wrote from the knowledge base"));
  }

  private static SlashCommandBuilder admin() {
    return SlashCommand.with("admin", "Bot administration (maintainers)")
        .addOption(SlashCommandOption.createSubcommand("reload",
            "Reload the intent files; the old model keeps serving if they are bad"));
  }

  private static SlashCommandOption principleOption(String name, String description,
      boolean required, List<Choice> principles) {
    SlashCommandOptionBuilder option = new SlashCommandOptionBuilder()
        .setType(SlashCommandOptionType.STRING).setName(name).setDescription(description)
        .setRequired(required);
    // Discord allows at most 25 choices.
    principles.stream().limit(25).forEach(p -> option.addChoice(
        SlashCommandOptionChoice.create(p.name(), p.id())));
    return option.build();
  }
}
