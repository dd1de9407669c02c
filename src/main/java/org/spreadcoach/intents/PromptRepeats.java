package org.spreadcoach.intents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.spreadcoach.yaml.Problem;

/**
 * Finds coaching prompts that nearly repeat one another under one principle: the principle's own
 * prompts and those of its intents are one pool the bot picks from, so two prompts that ask the
 * same thing in other words make a reply, or the next one, sound like a stuck record.
 *
 * <p>Two prompts are near-duplicates when their content words (stemmed, function words left out)
 * overlap by at least half of the words either uses (Jaccard) and they share at least three. That
 * catches "Who do people in the places you want to reach already turn to for advice?" against "Who
 * do people in those places already ask when they want advice?" and leaves prompts that only share
 * a topic ("which networks...", "which forums...") alone.
 */
final class PromptRepeats {
  static final double MIN_OVERLAP = 0.5;
  static final int MIN_SHARED = 3;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "i", "we", "you", "it", "is", "are", "to", "of", "in", "on", "for",
          "and", "or", "do", "does", "how", "what", "who", "why", "where", "when", "can", "could",
          "should", "would", "my", "our", "your", "me", "us", "this", "that", "with", "be", "at",
          "so", "if", "get", "have", "has", "will", "just", "about", "any", "there", "they", "them",
          "their", "its", "not", "no", "from", "by", "as", "was", "but", "all", "some", "more",
          "up", "out", "one", "which", "into", "than", "then", "too", "very", "am", "those",
          "these", "own", "only", "each", "other", "been");

  /** A prompt where it was written. */
  record Entry(String text, String file, int line) {}

  private PromptRepeats() {}

  /** One warning per near-duplicate pair in {@code pool}, at the later prompt's line. */
  static List<Problem> warnings(String principle, List<Entry> pool) {
    List<Problem> out = new ArrayList<>();
    List<Set<String>> words = pool.stream().map(e -> contentWords(e.text())).toList();
    for (int j = 1; j < pool.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (nearDuplicates(words.get(i), words.get(j))) {
          Entry earlier = pool.get(i);
          Entry later = pool.get(j);
          String how = earlier.text().equals(later.text()) ? "repeats" : "nearly repeats";
          out.add(
              new Problem(
                  later.file(),
                  later.line(),
                  "prompt \""
                      + later.text()
                      + "\" "
                      + how
                      + " \""
                      + earlier.text()
                      + "\" ("
                      + earlier.file()
                      + ":"
                      + earlier.line()
                      + "), both asked under principle '"
                      + principle
                      + "'; rewrite one to ask "
                      + "something else"));
          break;
        }
      }
    }
    return out;
  }

  static boolean nearDuplicates(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return !union.isEmpty()
        && (a.equals(b)
            || (shared.size() >= MIN_SHARED
                && (double) shared.size() / union.size() >= MIN_OVERLAP));
  }

  static Set<String> contentWords(String text) {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      String word = m.group();
      int apostrophe = word.indexOf('\'');
      String bare = apostrophe < 0 ? word : word.substring(0, apostrophe);
      if (!bare.isEmpty() && !FUNCTION_WORDS.contains(bare)) {
        out.add(stemmer.stem(bare).toString());
      }
    }
    return out;
  }
}
