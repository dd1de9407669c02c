package org.spreadcoach.kb.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns free text into search terms both backends accept safely: lower-case words of letters and
 * digits, common function words dropped, at most 16. Terms contain no quote or operator, so they
 * can be put into an FTS5 or tsquery expression without escaping.
 */
final class SearchQuery {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "do", "does",
          "for", "from", "get", "got", "has", "have", "how", "i", "if", "in", "into", "is", "it",
          "its", "me", "my", "of", "on", "or", "our", "so", "that", "the", "their", "them", "there",
          "they", "this", "to", "us", "was", "we", "what", "when", "where", "which", "who", "why",
          "will", "with", "would", "you", "your", "im", "ive", "dont", "any", "some", "about",
          "just", "should", "other", "want", "need");
  private static final int MAX_TERMS = 16;

  private SearchQuery() {}

  static List<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find() && terms.size() < MAX_TERMS) {
      String word = m.group();
      if (!STOP.contains(word)) {
        terms.add(word);
      }
    }
    return new ArrayList<>(terms);
  }
}
