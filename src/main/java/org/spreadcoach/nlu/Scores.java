package org.spreadcoach.nlu;

/**
 * Probabilities over every label for one message, with the best two picked out.
 *
 * @param labels the label of each position
 * @param probs probabilities, summing to one
 * @param best position of the most likely label
 * @param second position of the runner-up (equal to best when there is one label)
 */
// Arrays, not lists: OpenNLP hands back and takes arrays, and scoring is on every message's path.
@SuppressWarnings("ArrayRecordComponent")
public record Scores(String[] labels, double[] probs, int best, int second) {

  static Scores of(String[] labels, double[] probs) {
    int best = 0;
    int second = -1;
    for (int i = 1; i < probs.length; i++) {
      if (probs[i] > probs[best]) {
        second = best;
        best = i;
      } else if (second < 0 || probs[i] > probs[second]) {
        second = i;
      }
    }
    return new Scores(labels, probs, best, second < 0 ? best : second);
  }

  public String bestLabel() {
    return labels[best];
  }

  public double bestProb() {
    return probs[best];
  }

  public String secondLabel() {
    return labels[second];
  }

  public double secondProb() {
    return second == best ? 0.0 : probs[second];
  }

  /** Probability of {@code label}, 0 when the model does not know it. */
  public double prob(String label) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals(label)) {
        return probs[i];
      }
    }
    return 0.0;
  }
}
