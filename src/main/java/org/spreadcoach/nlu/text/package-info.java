/**
 * Text into features: normalising chat text ({@link org.spreadcoach.nlu.text.TextNormaliser}), word
 * and character n-grams ({@link org.spreadcoach.nlu.text.FeatureExtractor}) and their tf-idf
 * weights ({@link org.spreadcoach.nlu.text.FeatureVocabulary}). Knows no intent and no model.
 */
package org.spreadcoach.nlu.text;
