package org.spreadcoach.nlu.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Features for the maxent categoriser: word n-grams (over Snowball stems when asked), and character
 * n-grams inside each word (padded with '#') so typos and word forms ("adopt", "adopting",
 * "adoptoin") still share most of their features. A bias feature keeps even an empty message
 * scorable.
 *
 * <p>Thread-safe: the only mutable helper, OpenNLP's stemmer, is made afresh per call because it
 * keeps state between words. The same instance serves training and classification.
 */
public final class FeatureExtractor {
  static final String BIAS = "bias";
  private final FeatureSettings settings;

  public FeatureExtractor(FeatureSettings settings) {
    this.settings = settings;
  }

  /** The settings it extracts with. */
  public FeatureSettings settings() {
    return settings;
  }

  /** The features of already normalised tokens, repeated as often as they occur. */
  public List<String> features(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length * 16 + 1);
    out.add(BIAS);
    String[] words = settings.stem() ? stems(tokens) : tokens;
    StringBuilder sb = new StringBuilder(64);
    for (int n = 1; n <= settings.wordNgrams(); n++) {
      for (int i = 0; i + n <= words.length; i++) {
        sb.setLength(0);
        sb.append('w').append(n).append('=');
        for (int k = i; k < i + n; k++) {
          if (k > i) {
            sb.append(' ');
          }
          sb.append(words[k]);
        }
        out.add(sb.toString());
      }
    }
    if (settings.charMin() > 0) {
      for (String token : tokens) {
        sb.setLength(0);
        sb.append('#').append(token).append('#');
        String padded = sb.toString();
        for (int n = settings.charMin(); n <= settings.charMax(); n++) {
          for (int i = 0; i + n <= padded.length(); i++) {
            sb.setLength(0);
            sb.append("c=").append(padded, i, i + n);
            out.add(sb.toString());
          }
        }
      }
    }
    return out;
  }

  private static String[] stems(String[] tokens) {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = stemmer.stem(tokens[i]).toString();
    }
    return out;
  }
}
