package org.spreadcoach.nlu;

/**
 * Which features the recogniser extracts from the tokens.
 *
 * @param wordNgrams longest word n-gram (1 = bag of words, 2 adds bigrams)
 * @param charMin shortest character n-gram inside a word (0 turns character n-grams off)
 * @param charMax longest character n-gram inside a word
 */
public record FeatureSettings(int wordNgrams, int charMin, int charMax) {

  public FeatureSettings {
    if (wordNgrams < 1) {
      throw new IllegalArgumentException("wordNgrams must be at least 1");
    }
    if (charMin < 0 || (charMin > 0 && charMax < charMin)) {
      throw new IllegalArgumentException("charMin must be 0 (off) or at most charMax");
    }
  }

  /** Word unigrams and bigrams, character 3- to 5-grams. */
  public static FeatureSettings defaults() {
    return new FeatureSettings(2, 3, 5);
  }
}
