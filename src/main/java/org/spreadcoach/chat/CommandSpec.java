package org.spreadcoach.chat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command as its handler declares it, once: its subcommands, their options, who may run them and
 * whether the answer is private. The Discord adapter renders slash commands from it, the console
 * parses typed lines by it and the dispatcher checks every call against it, so adding a subcommand
 * touches only the feature that handles it.
 *
 * @param name the top-level name, such as {@code round}
 * @param description one line for the platform's command picker (at most 100 characters)
 * @param subcommands at least one
 * @param defaultSubcommand the subcommand a call without one means ({@code /coach how do I...} is
 *     {@code /coach ask}), or null when a subcommand must be named
 */
public record CommandSpec(
    String name, String description, List<SubcommandSpec> subcommands, String defaultSubcommand) {
  /** What Discord accepts as a command, subcommand or option name; the console needs no more. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

  private static final int MAX_DESCRIPTION = 100;

  public CommandSpec {
    checkName(name);
    checkDescription(name, description);
    subcommands = List.copyOf(subcommands);
    if (subcommands.isEmpty()) {
      throw new IllegalArgumentException(name + ": a command needs a subcommand");
    }
    Set<String> names = new HashSet<>();
    for (SubcommandSpec sub : subcommands) {
      if (!names.add(sub.name())) {
        throw new IllegalArgumentException(name + ": subcommand " + sub.name() + " twice");
      }
    }
    if (defaultSubcommand != null && !names.contains(defaultSubcommand)) {
      throw new IllegalArgumentException(name + ": no subcommand " + defaultSubcommand);
    }
  }

  public static CommandSpec of(String name, String description, SubcommandSpec... subcommands) {
    return new CommandSpec(name, description, Arrays.asList(subcommands), null);
  }

  /** The same command, taking a call that names no subcommand as {@code sub}. */
  public CommandSpec withDefaultSubcommand(String sub) {
    return new CommandSpec(name, description, subcommands, sub);
  }

  /** The subcommand called {@code sub}; a blank one means the default subcommand, if any. */
  public Optional<SubcommandSpec> subcommand(String sub) {
    String wanted = sub == null || sub.isBlank() ? defaultSubcommand : sub;
    return subcommands.stream().filter(s -> s.name().equals(wanted)).findFirst();
  }

  /** The same command with every option passed through {@code change}. */
  public CommandSpec mapOptions(UnaryOperator<OptionSpec> change) {
    return new CommandSpec(
        name,
        description,
        subcommands.stream()
            .map(s -> s.withOptions(s.options().stream().map(change).toArray(OptionSpec[]::new)))
            .toList(),
        defaultSubcommand);
  }

  /**
   * How to call {@code sub}, with required options first and optional ones in brackets: {@code
   * /round start topic:<text> spreader:<user> [minutes:<1-120>]}.
   */
  public String usage(SubcommandSpec sub) {
    StringBuilder usage = new StringBuilder("/").append(name).append(' ').append(sub.name());
    for (OptionSpec option : sub.options()) {
      String part = option.name() + ":" + option.placeholder();
      usage.append(' ').append(option.required() ? part : "[" + part + "]");
    }
    return usage.toString();
  }

  /** Its subcommands as people would type them: "`/privacy status` or `/privacy forget-me`". */
  public String listSubcommands() {
    List<String> all = subcommands.stream().map(s -> "`/" + name + " " + s.name() + "`").toList();
    if (all.size() == 1) {
      return all.get(0);
    }
    return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + all.get(all.size() - 1);
  }

  /** The subcommand {@code command sub} names among {@code specs}, if declared. */
  public static Optional<SubcommandSpec> find(List<CommandSpec> specs, String command, String sub) {
    return specs.stream()
        .filter(c -> c.name().equals(command))
        .findFirst()
        .flatMap(c -> c.subcommand(sub));
  }

  static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a command or option name: "
              + "use 1 to 32 lower-case letters, digits, '-' or '_'");
    }
  }

  static void checkDescription(String name, String description) {
    if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          name + ": a description has 1 to " + MAX_DESCRIPTION + " characters");
    }
  }
}
