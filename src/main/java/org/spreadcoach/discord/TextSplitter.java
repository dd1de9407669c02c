package org.spreadcoach.discord;

import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.chat.ChatText;

/** Splits text into chat messages of at most a given length, at line, then word, breaks. */
final class TextSplitter {
  private TextSplitter() {}

  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = ChatText.cutPoint(rest, max);
      parts.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }
}
