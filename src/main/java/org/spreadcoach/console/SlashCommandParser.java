package org.spreadcoach.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.OptionSpec;
import org.spreadcoach.chat.SubcommandSpec;

/**
 * Parses a typed slash command the way Discord users write them, by the commands' own declarations:
 * {@code /round start topic:falls framework spreader:@sam minutes:5}. A word straight after the
 * command that names one of its subcommands is the subcommand ({@code sub}); otherwise the
 * command's default subcommand, if it declares one, is meant ({@code /coach how do I...} is {@code
 * /coach ask}). A value runs until the next option name of that subcommand followed by a colon, so
 * a value may contain "http://" or "ratio 1:2". Words before the first option go to the
 * subcommand's default option ({@code /round advice bring the matrons}). Checking the values is the
 * dispatcher's job, so Discord, console and replay get the same answers.
 */
public final class SlashCommandParser {
  private static final Pattern OPTION_WORD = Pattern.compile("[a-z0-9_-]+:.*");
  private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

  /** A parsed command: its name and its options, with the subcommand under {@code sub}. */
  public record Parsed(String command, Map<String, String> args) {}

  /**
   * @param commands the commands the bot answers, as declared
   */
  public SlashCommandParser(List<CommandSpec> commands) {
    commands.forEach(c -> this.commands.put(c.name(), c));
  }

  /** Parses {@code line}; empty when it is not a slash command. */
  public Optional<Parsed> parse(String line) {
    String text = line.strip();
    if (!text.startsWith("/") || text.length() < 2) {
      return Optional.empty();
    }
    String[] head = text.substring(1).split("\\s+", 2);
    String command = head[0].toLowerCase(Locale.ROOT);
    String rest = head.length > 1 ? head[1] : "";
    CommandSpec spec = commands.get(command);
    if (spec == null) {
      // The dispatcher answers an unknown command with the known ones.
      return Optional.of(new Parsed(command, Map.of()));
    }
    Map<String, String> args = new LinkedHashMap<>();
    String[] firstAndRest = rest.split("\\s+", 2);
    String first = firstAndRest[0].toLowerCase(Locale.ROOT);
    String afterFirst = firstAndRest.length > 1 ? firstAndRest[1] : "";
    Optional<SubcommandSpec> named =
        spec.subcommands().stream().filter(s -> s.name().equals(first)).findFirst();
    SubcommandSpec sub;
    if (named.isPresent()) {
      sub = named.get();
      args.put("sub", sub.name());
      rest = afterFirst;
    } else {
      sub = spec.subcommand("").orElse(null);
      if (sub == null && !first.isEmpty() && !OPTION_WORD.matcher(first).matches()) {
        // Not a subcommand it declares: passed on, so the dispatcher names the ones it has.
        args.put("sub", first);
        rest = afterFirst;
      }
    }
    List<OptionSpec> options =
        sub != null
            ? sub.options()
            : spec.subcommands().stream().flatMap(s -> s.options().stream()).toList();
    readOptions(rest, options, sub == null ? null : sub.defaultOption(), args);
    return Optional.of(new Parsed(command, args));
  }

  private static void readOptions(
      String rest, List<OptionSpec> options, String defaultOption, Map<String, String> args) {
    List<int[]> spans = new ArrayList<>();
    if (!options.isEmpty()) {
      Pattern names =
          Pattern.compile(
              "(?:^|\\s)("
                  + options.stream()
                      .map(OptionSpec::name)
                      .distinct()
                      .map(Pattern::quote)
                      .collect(Collectors.joining("|"))
                  + "):");
      Matcher m = names.matcher(rest);
      while (m.find()) {
        spans.add(new int[] {m.start(1), m.end()});
      }
    }
    String words = rest.substring(0, spans.isEmpty() ? rest.length() : spans.get(0)[0]).strip();
    if (!words.isEmpty() && defaultOption != null) {
      args.put(defaultOption, words);
    }
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : rest.length();
      args.put(rest.substring(span[0], span[1] - 1), rest.substring(span[1], end).strip());
    }
  }
}
