package org.spreadcoach.intents.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends examples to an intent's {@code examples:} list, or to the top-level {@code outOfScope:}
 * list, by inserting lines after the list's last item with the same indentation. Everything else in
 * the file is left byte for byte as it was. A text that YAML would not read back as the same plain
 * string is written double-quoted.
 */
public final class ExampleAppender {
  private static final Pattern ID_LINE =
      Pattern.compile("^(\\s*)-\\s+id:\\s*['\"]?([^'\"#\\s]+)['\"]?\\s*(#.*)?$");
  private static final Pattern ITEM = Pattern.compile("^(\\s*)-(\\s|$)");
  private static final Set<String> RESERVED =
      Set.of("yes", "no", "true", "false", "null", "on", "off", "y", "n", "~");
  private static final Pattern PLAIN = Pattern.compile("^\\p{L}[^\\p{Cntrl}]*$");

  private ExampleAppender() {}

  /**
   * The file's text with {@code texts} appended to the examples of intent {@code intentId}.
   *
   * @param file the file's name, for messages
   * @throws EditException when the file has no such intent or its examples are not a block list
   */
  public static String appendExamples(
      String yaml, String file, String intentId, List<String> texts) {
    List<String> lines = lines(yaml);
    int idLine = -1;
    int itemIndent = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = ID_LINE.matcher(strip(lines.get(i)));
      if (m.matches() && m.group(2).equals(intentId)) {
        idLine = i;
        itemIndent = m.group(1).length();
        break;
      }
    }
    if (idLine < 0) {
      throw new EditException(file + ": no intent '" + intentId + "' in this file");
    }
    int keyIndent = itemIndent + 2;
    for (int i = idLine + 1; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (isContent(line) && indent(line) <= itemIndent) {
        break;
      }
      if (indent(line) == keyIndent && line.strip().startsWith("examples:")) {
        return insert(lines, i, keyIndent, texts, file);
      }
    }
    throw new EditException(
        file + ":" + (idLine + 1) + ": intent '" + intentId + "' has no examples: list");
  }

  /**
   * The file's text with {@code texts} appended to its top-level {@code outOfScope:} list.
   *
   * @throws EditException when the file has no such list
   */
  public static String appendOutOfScope(String yaml, String file, List<String> texts) {
    List<String> lines = lines(yaml);
    for (int i = 0; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.startsWith("outOfScope:")) {
        return insert(lines, i, 0, texts, file);
      }
    }
    throw new EditException(file + ": no top-level outOfScope: list");
  }

  /** Inserts the items after the last line of the block list that starts below {@code keyLine}. */
  private static String insert(
      List<String> lines, int keyLine, int keyIndent, List<String> texts, String file) {
    String key = strip(lines.get(keyLine));
    String afterColon = key.substring(key.indexOf(':') + 1).strip();
    if (!afterColon.isEmpty() && !afterColon.startsWith("#")) {
      throw new EditException(
          file + ":" + (keyLine + 1) + ": the list is written inline; make it a block list first");
    }
    int itemIndent = -1;
    int last = keyLine;
    for (int i = keyLine + 1; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (!isContent(line)) {
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (itemIndent < 0) {
        // A block list may sit at its key's own indentation or deeper.
        if (!item.find() || indent(line) < keyIndent) {
          break;
        }
        itemIndent = indent(line);
        last = i;
      } else if (indent(line) > itemIndent
          || (indent(line) == itemIndent && ITEM.matcher(line).find())) {
        last = i;
      } else {
        break;
      }
    }
    if (itemIndent < 0) {
      itemIndent = keyIndent + 2;
    }
    String newline = lines.get(keyLine).endsWith("\r\n") ? "\r\n" : "\n";
    List<String> added = new ArrayList<>();
    for (String text : texts) {
      added.add(" ".repeat(itemIndent) + "- " + scalar(text) + newline);
    }
    List<String> out = new ArrayList<>(lines);
    if (!out.get(last).endsWith("\n")) {
      out.set(last, out.get(last) + newline);
    }
    out.addAll(last + 1, added);
    return String.join("", out);
  }

  /** {@code text} as a YAML scalar that reads back as the same string: plain when safe. */
  static String scalar(String text) {
    String t = text.strip();
    boolean plain =
        PLAIN.matcher(t).matches()
            && !t.contains(": ")
            && !t.contains(" #")
            && !t.endsWith(":")
            && !RESERVED.contains(t.toLowerCase(Locale.ROOT));
    if (plain) {
      return t;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** The lines with their line endings, so joining them gives the text back exactly. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static String strip(String line) {
    return line.endsWith("\r\n")
        ? line.substring(0, line.length() - 2)
        : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }

  private static boolean isContent(String line) {
    String s = line.strip();
    return !s.isEmpty() && !s.startsWith("#");
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
