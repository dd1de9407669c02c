package org.spreadcoach.advice;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.spreadcoach.kb.AdviceCandidate;

/**
 * How peer advice is ordered for a question: by fit first (advice given for the same intent, then
 * for the same principle, then advice whose words match the question), then by the thumbs the
 * replies that offered it drew, then newest first. Fit comes first because a well-liked piece of
 * advice about something else does not help the person asking.
 *
 * <p>Full-text relevance is compared in three levels (no match, some, close to the best match)
 * rather than as a number: scores from one search are only roughly comparable, and feedback should
 * still decide between two pieces that match about as well.
 */
final class AdviceRanking {
  private AdviceRanking() {}

  /**
   * {@code candidates} best first for a question recognised as {@code intent} / {@code principle}.
   */
  static List<AdviceCandidate> rank(
      List<AdviceCandidate> candidates, String intent, String principle) {
    double best = candidates.stream().mapToDouble(AdviceCandidate::relevance).max().orElse(0);
    Comparator<AdviceCandidate> byFit =
        Comparator.comparing(
                (AdviceCandidate a) -> intent != null && Objects.equals(intent, a.intent()))
            .thenComparing(a -> principle != null && Objects.equals(principle, a.principle()))
            .thenComparingInt(a -> similarity(a.relevance(), best));
    return candidates.stream()
        .sorted(
            byFit
                .thenComparingInt(AdviceCandidate::feedback)
                .thenComparing(AdviceCandidate::at)
                .thenComparingLong(AdviceCandidate::id)
                .reversed())
        .toList();
  }

  /** 0 when the words do not match, 2 when close to the best match, 1 in between. */
  static int similarity(double relevance, double best) {
    if (relevance <= 0 || best <= 0) {
      return 0;
    }
    return relevance >= best / 2 ? 2 : 1;
  }
}
