package org.spreadcoach.chat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One option of a subcommand, as its handler declares it: adapters render it (Discord) or parse by
 * its name (console), and the dispatcher checks the value against its type before the handler runs.
 *
 * @param name what people type before the colon ({@code topic} in {@code topic:falls})
 * @param description one line for the platform's command picker (at most 100 characters)
 * @param type what the value is
 * @param required whether the subcommand refuses to run without it
 * @param min the smallest whole number allowed ({@link Long#MIN_VALUE}: no bound)
 * @param max the largest whole number allowed ({@link Long#MAX_VALUE}: no bound)
 * @param choices the allowed values of a {@link OptionType#CHOICE} option; for a {@link
 *     OptionType#PRINCIPLE} option the catalogue's, once the dispatcher filled them in
 */
public record OptionSpec(
    String name,
    String description,
    OptionType type,
    boolean required,
    long min,
    long max,
    List<Choice> choices) {

  public OptionSpec {
    CommandSpec.checkName(name);
    CommandSpec.checkDescription(name, description);
    choices = List.copyOf(choices);
    if (min > max) {
      throw new IllegalArgumentException("option " + name + ": min is above max");
    }
    if (type != OptionType.WHOLE_NUMBER && (min != Long.MIN_VALUE || max != Long.MAX_VALUE)) {
      throw new IllegalArgumentException("option " + name + ": only whole numbers have a range");
    }
    if (type == OptionType.CHOICE
        ? choices.isEmpty()
        : type != OptionType.PRINCIPLE && !choices.isEmpty()) {
      throw new IllegalArgumentException("option " + name + ": choices are for choice options");
    }
  }

  public static OptionSpec text(String name, String description) {
    return of(name, description, OptionType.TEXT);
  }

  public static OptionSpec wholeNumber(String name, String description, long min, long max) {
    return new OptionSpec(name, description, OptionType.WHOLE_NUMBER, false, min, max, List.of());
  }

  public static OptionSpec bool(String name, String description) {
    return of(name, description, OptionType.BOOLEAN);
  }

  public static OptionSpec user(String name, String description) {
    return of(name, description, OptionType.USER);
  }

  public static OptionSpec choice(String name, String description, Choice... choices) {
    return new OptionSpec(
        name,
        description,
        OptionType.CHOICE,
        false,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        Arrays.asList(choices));
  }

  /** A principle of the catalogue serving when the command is registered or run. */
  public static OptionSpec principle(String name, String description) {
    return of(name, description, OptionType.PRINCIPLE);
  }

  private static OptionSpec of(String name, String description, OptionType type) {
    return new OptionSpec(
        name, description, type, false, Long.MIN_VALUE, Long.MAX_VALUE, List.of());
  }

  /** The same option, required. */
  public OptionSpec asRequired() {
    return new OptionSpec(name, description, type, true, min, max, choices);
  }

  /** The same option with these choices (a principle option's, from the catalogue). */
  public OptionSpec withChoices(List<Choice> choices) {
    return new OptionSpec(name, description, type, required, min, max, choices);
  }

  /** The allowed range in words: "from 1 to 120", "of at least 1", or "" when unbounded. */
  public String range() {
    if (min != Long.MIN_VALUE && max != Long.MAX_VALUE) {
      return "from " + min + " to " + max;
    }
    if (min != Long.MIN_VALUE) {
      return "of at least " + min;
    }
    return max != Long.MAX_VALUE ? "of at most " + max : "";
  }

  /** How a usage line shows the value: {@code <text>}, {@code <1-120>}, {@code <true|false>}. */
  public String placeholder() {
    return switch (type) {
      case TEXT -> "<text>";
      case USER -> "<user>";
      case BOOLEAN -> "<true|false>";
      case WHOLE_NUMBER ->
          min != Long.MIN_VALUE && max != Long.MAX_VALUE ? "<" + min + "-" + max + ">" : "<number>";
      case CHOICE, PRINCIPLE ->
          choices.isEmpty() || choices.size() > 4
              ? "<" + name + ">"
              : choices.stream().map(Choice::value).collect(Collectors.joining("|", "<", ">"));
    };
  }
}
