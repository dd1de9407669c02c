package org.spreadcoach.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features for the document categoriser: word n-grams, and character n-grams inside each word
 * (padded with '#') so typos and word forms ("adopt", "adopting", "adoptoin") still share most of
 * their features. A bias feature keeps even an empty message scorable.
 *
 * <p>Stateless and thread-safe; the same instance serves training and classification.
 */
public final class FeatureExtractor implements FeatureGenerator {
  static final String BIAS = "bias";
  private final FeatureSettings settings;

  public FeatureExtractor(FeatureSettings settings) {
    this.settings = settings;
  }

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
    return features(tokens);
  }

  /** The features of already normalised tokens. */
  public List<String> features(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length * 12 + 1);
    out.add(BIAS);
    for (int n = 1; n <= settings.wordNgrams(); n++) {
      for (int i = 0; i + n <= tokens.length; i++) {
        StringBuilder sb = new StringBuilder(n == 1 ? "w=" : "w" + n + "=");
        for (int k = i; k < i + n; k++) {
          if (k > i) {
            sb.append(' ');
          }
          sb.append(tokens[k]);
        }
        out.add(sb.toString());
      }
    }
    if (settings.charMin() > 0) {
      for (String token : tokens) {
        String padded = "#" + token + "#";
        for (int n = settings.charMin(); n <= settings.charMax(); n++) {
          for (int i = 0; i + n <= padded.length(); i++) {
            out.add("c=" + padded.substring(i, i + n));
          }
        }
      }
    }
    return out;
  }
}
