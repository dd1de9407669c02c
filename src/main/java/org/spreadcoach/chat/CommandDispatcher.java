package org.spreadcoach.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs a command the way its handler declared it: finds the subcommand, checks roles, required
 * options and every value against the declaration, with one wording for every command, and hands
 * the handler a call whose values are normalised (the default subcommand filled in, whole numbers
 * and booleans in canonical form, a mention turned into a user id, a choice's label turned into its
 * value). Handlers then implement behaviour only. Immutable, so thread-safe.
 */
public final class CommandDispatcher {
  private static final Pattern MENTION = Pattern.compile("<@!?(\\d+)>");
  private final Map<String, CommandHandler> handlers = new LinkedHashMap<>();
  private final RolesSettings roles;
  private final Supplier<List<Choice>> principles;

  /**
   * @param handlers one per command name, in the order adapters list them
   * @param principles the principles of the catalogue serving now, for principle options
   */
  public CommandDispatcher(
      List<CommandHandler> handlers, RolesSettings roles, Supplier<List<Choice>> principles) {
    for (CommandHandler handler : handlers) {
      if (this.handlers.put(handler.spec().name(), handler) != null) {
        throw new IllegalArgumentException("two handlers for /" + handler.spec().name());
      }
    }
    this.roles = roles;
    this.principles = principles;
  }

  /** Every command as declared, with the principle choices of the catalogue serving now. */
  public List<CommandSpec> specs() {
    List<Choice> current = principles.get();
    return handlers.values().stream().map(h -> withPrinciples(h.spec(), current)).toList();
  }

  private static CommandSpec withPrinciples(CommandSpec spec, List<Choice> current) {
    return spec.mapOptions(o -> o.type() == OptionType.PRINCIPLE ? o.withChoices(current) : o);
  }

  /** Checks {@code call} against its command's declaration, then runs it or says why not. */
  public Outcome dispatch(CommandCall call) {
    CommandHandler handler = handlers.get(call.command());
    if (handler == null) {
      return Outcome.refused(
          call.channel(),
          "Unknown command `/"
              + call.command()
              + "`. Known: "
              + handlers.keySet().stream()
                  .sorted()
                  .map(c -> "/" + c)
                  .collect(Collectors.joining(", "))
              + ".");
    }
    CommandSpec spec = withPrinciples(handler.spec(), principles.get());
    Optional<SubcommandSpec> found = spec.subcommand(call.sub());
    if (found.isEmpty()) {
      return Outcome.refused(
          call.channel(),
          (call.sub().isEmpty() ? "" : "Unknown `/" + spec.name() + " " + call.sub() + "`. ")
              + "Try "
              + spec.listSubcommands()
              + ".");
    }
    SubcommandSpec sub = found.get();
    if (!roles.allows(sub.access(), call.roles())) {
      return Outcome.refused(
          call.channel(), roles.refusal(sub.access(), "/" + spec.name() + " " + sub.name()));
    }
    List<String> missing =
        sub.options().stream()
            .filter(OptionSpec::required)
            .map(OptionSpec::name)
            .filter(name -> call.arg(name).isEmpty())
            .toList();
    if (!missing.isEmpty()) {
      return Outcome.refused(
          call.channel(), "Give " + inWords(missing) + ": `" + spec.usage(sub) + "`.");
    }
    Map<String, String> args = new LinkedHashMap<>(call.args());
    args.put("sub", sub.name());
    for (OptionSpec option : sub.options()) {
      Optional<String> value = call.arg(option.name());
      if (value.isPresent()) {
        Checked checked = check(option, value.get());
        if (checked.problem() != null) {
          return Outcome.refused(call.channel(), checked.problem());
        }
        args.put(option.name(), checked.value());
      }
    }
    return handler.handle(
        new CommandCall(
            call.channel(), call.user(), call.name(), call.roles(), call.command(), args));
  }

  /** A value as the handler receives it, or why it is not acceptable. */
  private record Checked(String value, String problem) {
    static Checked ok(String value) {
      return new Checked(value, null);
    }

    static Checked refused(String problem) {
      return new Checked(null, problem);
    }
  }

  private static Checked check(OptionSpec option, String value) {
    return switch (option.type()) {
      case TEXT -> Checked.ok(value);
      case WHOLE_NUMBER -> wholeNumber(option, value);
      case BOOLEAN -> bool(option, value);
      case USER -> user(value);
      case CHOICE, PRINCIPLE -> choice(option, value);
    };
  }

  private static Checked wholeNumber(OptionSpec option, String value) {
    try {
      long number = Long.parseLong(value);
      if (number >= option.min() && number <= option.max()) {
        return Checked.ok(Long.toString(number));
      }
    } catch (NumberFormatException e) {
      // Refused below, with the range.
    }
    String range = option.range();
    return Checked.refused(
        "`"
            + option.name()
            + "` must be a whole number"
            + (range.isEmpty() ? "" : " " + range)
            + ".");
  }

  private static Checked bool(OptionSpec option, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (List.of("true", "yes", "1").contains(lower)) {
      return Checked.ok("true");
    }
    if (List.of("false", "no", "0").contains(lower)) {
      return Checked.ok("false");
    }
    return Checked.refused("`" + option.name() + "` must be true or false.");
  }

  /** A Discord mention ({@code <@123>}) or a typed {@code @name} becomes the id or name. */
  private static Checked user(String value) {
    Matcher mention = MENTION.matcher(value);
    return Checked.ok(mention.matches() ? mention.group(1) : value.replaceFirst("^@", ""));
  }

  private static Checked choice(OptionSpec option, String value) {
    List<Choice> choices = option.choices();
    if (choices.isEmpty()) {
      // A catalogue without principles: nothing to hold the value to.
      return Checked.ok(value);
    }
    return choices.stream()
        .filter(c -> c.value().equalsIgnoreCase(value) || c.label().equalsIgnoreCase(value))
        .findFirst()
        .map(c -> Checked.ok(c.value()))
        .orElseGet(
            () ->
                Checked.refused(
                    "`"
                        + option.name()
                        + "` must be one of: "
                        + choices.stream().map(Choice::value).collect(Collectors.joining(", "))
                        + "."));
  }

  /** "`a`", "`a` and `b`", "`a`, `b` and `c`". */
  private static String inWords(List<String> names) {
    List<String> quoted = names.stream().map(n -> "`" + n + "`").toList();
    return quoted.size() == 1
        ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " and "
            + quoted.get(quoted.size() - 1);
  }
}
