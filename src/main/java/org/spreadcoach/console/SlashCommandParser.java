package org.spreadcoach.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a typed slash command the way Discord users write them:
 * {@code /round start topic:falls framework spreader:@sam minutes:5}. A value runs until the next
 * known option name followed by a colon, so a value may contain "http://" or "ratio 1:2". A word
 * straight after the command is its subcommand ({@code sub}); plain text after {@code /coach} is
 * taken as the question.
 */
public final class SlashCommandParser {
  private static final Set<String> COACH_SUBS = Set.of("ask", "principles", "principle");
  private final Pattern option;

  /** A parsed command: its name and its options, with the subcommand under {@code sub}. */
  public record Parsed(String command, Map<String, String> args) {}

  /** @param optionNames the option names any command takes */
  public SlashCommandParser(Set<String> optionNames) {
    this.option = Pattern.compile("(?:^|\\s)(" + String.join("|", optionNames) + "):");
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
    List<int[]> spans = new ArrayList<>();
    Matcher m = option.matcher(rest);
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end()});
    }
    Map<String, String> args = new LinkedHashMap<>();
    String words = rest.substring(0, spans.isEmpty() ? rest.length() : spans.get(0)[0]).strip();
    if (!words.isEmpty()) {
      String[] subAndText = words.split("\\s+", 2);
      if (command.equals("coach") && !COACH_SUBS.contains(subAndText[0])) {
        args.put("question", words);
      } else {
        args.put("sub", subAndText[0].toLowerCase(Locale.ROOT));
        if (subAndText.length > 1) {
          args.put(command.equals("coach") ? "question" : "text", subAndText[1]);
        }
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : rest.length();
      String key = rest.substring(span[0], span[1] - 1);
      args.put(key, rest.substring(span[1], end).strip());
    }
    return Optional.of(new Parsed(command, args));
  }
}
