package org.spreadcoach.intents;

import java.util.Locale;

/**
 * When two utterances count as the same: validation refuses an example filed twice by this rule,
 * and the review queue shows such messages once with a count.
 */
public final class Utterances {
  private Utterances() {}

  /** Two utterances are the same when they differ only in case, punctuation and spacing. */
  public static String key(String text) {
    String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    // "👍" and "🎉🎉" have no letters; compare them as written, not all as the empty string.
    return words.isEmpty() ? text.strip() : words;
  }
}
