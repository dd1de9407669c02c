package org.spreadcoach.kb;

import java.util.Map;

/**
 * Counts for {@code kb stats}.
 *
 * @param messages handled messages stored
 * @param inScope of those, recognised as spread questions
 * @param replies replies stored
 * @param advice advice stored (curated and from rounds)
 * @param feedbackUp thumbs-up reactions on replies
 * @param feedbackDown thumbs-down reactions on replies
 * @param byPrinciple in-scope messages per principle ("none" for general questions)
 */
public record KbStats(
    long messages,
    long inScope,
    long replies,
    long advice,
    long feedbackUp,
    long feedbackDown,
    Map<String, Long> byPrinciple) {

  public KbStats {
    byPrinciple = Map.copyOf(byPrinciple);
  }
}
