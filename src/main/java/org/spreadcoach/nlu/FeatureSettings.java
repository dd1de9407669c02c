package org.spreadcoach.nlu;

/**
 * Which features the recogniser extracts from the tokens, and how they are weighted.
 *
 * @param wordNgrams longest word n-gram (1 = bag of words, 2 adds bigrams)
 * @param charMin shortest character n-gram inside a word (0 turns character n-grams off)
 * @param charMax longest character n-gram inside a word
 * @param stem whether word n-grams are built from Snowball stems rather than the words
 * @param tfidf whether feature values are tf-idf weights normalised per message (real-valued
 *     maxent) rather than counts
 */
public record FeatureSettings(int wordNgrams, int charMin, int charMax, boolean stem,
    boolean tfidf) {

  public FeatureSettings {
    if (wordNgrams < 1) {
      throw new IllegalArgumentException("wordNgrams must be at least 1");
    }
    if (charMin < 0 || (charMin > 0 && charMax < charMin)) {
      throw new IllegalArgumentException("charMin must be 0 (off) or at most charMax");
    }
  }

  /**
   * Word unigrams and bigrams and character 4-grams, tf-idf weighted, no stemming: on CLINC150
   * 4-grams alone beat 3- to 5-grams in accuracy with half the features, so training is faster.
   */
  public static FeatureSettings defaults() {
    return new FeatureSettings(2, 4, 4, false, true);
  }
}
