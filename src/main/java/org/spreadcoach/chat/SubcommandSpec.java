package org.spreadcoach.chat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One subcommand, such as {@code /round start}: what it takes, who may run it, and whether only the
 * caller sees the answer.
 *
 * @param name the word after the command
 * @param description one line for the platform's command picker (at most 100 characters)
 * @param access who may run it; the dispatcher refuses everyone else
 * @param privateAnswer whether only the caller sees the answer, where the platform can do that
 *     (Discord: an ephemeral reply); elsewhere the answer is an ordinary post
 * @param options its options, the required ones first (Discord insists)
 * @param defaultOption the text option that words typed without an option name go to ({@code /round
 *     advice bring the matrons} is {@code text:bring the matrons}), or null
 */
public record SubcommandSpec(
    String name,
    String description,
    Access access,
    boolean privateAnswer,
    List<OptionSpec> options,
    String defaultOption) {

  public SubcommandSpec {
    CommandSpec.checkName(name);
    CommandSpec.checkDescription(name, description);
    options = List.copyOf(options);
    Set<String> names = new HashSet<>();
    boolean optionalSeen = false;
    for (OptionSpec option : options) {
      if (!names.add(option.name())) {
        throw new IllegalArgumentException(name + ": option " + option.name() + " twice");
      }
      if (option.required() && optionalSeen) {
        throw new IllegalArgumentException(
            name + ": required option " + option.name() + " after an optional one");
      }
      optionalSeen |= !option.required();
    }
    if (defaultOption != null
        && options.stream()
            .noneMatch(o -> o.name().equals(defaultOption) && o.type() == OptionType.TEXT)) {
      throw new IllegalArgumentException(
          name + ": the default option " + defaultOption + " is not one of its text options");
    }
  }

  /** A subcommand anyone may run, with no options, answered in the channel. */
  public static SubcommandSpec of(String name, String description) {
    return new SubcommandSpec(name, description, Access.ANYONE, false, List.of(), null);
  }

  public SubcommandSpec withOptions(OptionSpec... options) {
    return new SubcommandSpec(
        name, description, access, privateAnswer, Arrays.asList(options), defaultOption);
  }

  /** The same subcommand, for these people only. */
  public SubcommandSpec onlyFor(Access access) {
    return new SubcommandSpec(name, description, access, privateAnswer, options, defaultOption);
  }

  /** The same subcommand, answered so that only the caller sees it. */
  public SubcommandSpec answeredPrivately() {
    return new SubcommandSpec(name, description, access, true, options, defaultOption);
  }

  /** The same subcommand, taking words typed without an option name as {@code option}. */
  public SubcommandSpec withDefaultOption(String option) {
    return new SubcommandSpec(name, description, access, privateAnswer, options, option);
  }

  public Optional<OptionSpec> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }
}
