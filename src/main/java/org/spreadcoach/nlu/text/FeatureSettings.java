package org.spreadcoach.nlu.text;

import static org.spreadcoach.config.Constraint.atLeast;

import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;
import org.spreadcoach.config.KeyRule;

/**
 * Which features the recogniser extracts from the tokens, and how they are weighted. Its keys are
 * in section {@code nlu}. The defaults, word unigrams and bigrams and character 4-grams, tf-idf
 * weighted, no stemming: on CLINC150 4-grams alone beat 3- to 5-grams in accuracy with half the
 * features, so training is faster.
 *
 * @param wordNgrams longest word n-gram (1 = bag of words, 2 adds bigrams)
 * @param charMin shortest character n-gram inside a word (0 turns character n-grams off)
 * @param charMax longest character n-gram inside a word
 * @param stem whether word n-grams are built from Snowball stems rather than the words
 * @param tfidf whether feature values are tf-idf weights normalised per message (real-valued
 *     maxent) rather than counts
 */
public record FeatureSettings(
    int wordNgrams, int charMin, int charMax, boolean stem, boolean tfidf) {

  public static final Key<Integer> WORD_NGRAMS =
      Key.integer("nlu.wordNgrams", 2, atLeast(1), "longest word n-gram feature");
  public static final Key<Integer> CHAR_MIN =
      Key.integer(
          "nlu.charMin",
          4,
          atLeast(0),
          "shortest character n-gram inside a word (0 turns them off)");
  public static final Key<Integer> CHAR_MAX =
      Key.integer("nlu.charMax", 4, atLeast(0), "longest character n-gram inside a word");
  public static final Key<Boolean> STEM =
      Key.bool("nlu.stem", false, "build word n-grams from Snowball stems");
  public static final Key<Boolean> TFIDF =
      Key.bool(
          "nlu.tfidf",
          true,
          "weigh features by tf-idf normalised per message instead of counting them");
  public static final KeyRule<Integer, Integer> CHAR_RANGE =
      new KeyRule<>(
          CHAR_MIN,
          CHAR_MAX,
          (min, max) -> min == 0 || min <= max,
          "must be 0 (off) or at most nlu.charMax");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(WORD_NGRAMS, CHAR_MIN, CHAR_MAX, STEM, TFIDF);

  public FeatureSettings {
    WORD_NGRAMS.require(wordNgrams);
    CHAR_MIN.require(charMin);
    CHAR_MAX.require(charMax);
    CHAR_RANGE.require(charMin, charMax);
  }

  /** The settings {@code config} holds. */
  public static FeatureSettings from(Config config) {
    return new FeatureSettings(
        config.get(WORD_NGRAMS),
        config.get(CHAR_MIN),
        config.get(CHAR_MAX),
        config.get(STEM),
        config.get(TFIDF));
  }

  /** The declared defaults. */
  public static FeatureSettings defaults() {
    return from(Config.defaults());
  }
}
