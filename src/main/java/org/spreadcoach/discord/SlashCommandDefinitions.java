package org.spreadcoach.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.OptionSpec;
import org.spreadcoach.chat.SubcommandSpec;

/**
 * Renders the commands' own declarations as the slash commands the bot registers in every server.
 * It knows option types, not commands: a new command or subcommand needs no change here.
 */
public final class SlashCommandDefinitions {
  /** The most choices Discord accepts for one option. */
  static final int MAX_CHOICES = 25;

  private SlashCommandDefinitions() {}

  /** One slash command per declared command, in the order given. */
  public static Set<SlashCommandBuilder> render(List<CommandSpec> commands) {
    Set<SlashCommandBuilder> builders = new LinkedHashSet<>();
    commands.forEach(command -> builders.add(render(command)));
    return builders;
  }

  public static SlashCommandBuilder render(CommandSpec command) {
    SlashCommandBuilder builder = SlashCommand.with(command.name(), command.description());
    command.subcommands().forEach(sub -> builder.addOption(subcommand(sub)));
    return builder;
  }

  private static SlashCommandOption subcommand(SubcommandSpec sub) {
    return SlashCommandOption.createSubcommand(
        sub.name(),
        sub.description(),
        sub.options().stream().map(SlashCommandDefinitions::option).toList());
  }

  private static SlashCommandOption option(OptionSpec spec) {
    SlashCommandOptionBuilder option =
        new SlashCommandOptionBuilder()
            .setName(spec.name())
            .setDescription(spec.description())
            .setRequired(spec.required());
    switch (spec.type()) {
      case TEXT -> option.setType(SlashCommandOptionType.STRING);
      case BOOLEAN -> option.setType(SlashCommandOptionType.BOOLEAN);
      case USER -> option.setType(SlashCommandOptionType.USER);
      case WHOLE_NUMBER -> {
        option.setType(SlashCommandOptionType.LONG);
        if (spec.min() != Long.MIN_VALUE) {
          option.setLongMinValue(spec.min());
        }
        if (spec.max() != Long.MAX_VALUE) {
          option.setLongMaxValue(spec.max());
        }
      }
      case CHOICE, PRINCIPLE -> {
        option.setType(SlashCommandOptionType.STRING);
        // People see the label and Discord sends the value; beyond 25 it refuses the command,
        // so the rest can still be typed in the console but not picked on Discord.
        spec.choices().stream()
            .limit(MAX_CHOICES)
            .forEach(c -> option.addChoice(SlashCommandOptionChoice.create(c.label(), c.value())));
      }
    }
    return option.build();
  }
}
