package org.spreadcoach.coach;

import java.util.List;

/** Finds stored advice that fits a question; the knowledge base implements it. */
public interface PeerAdviceSource {

  /**
   * Up to {@code limit} pieces of advice that fit {@code question}, best first.
   *
   * @param intent the intent recognised, or null
   * @param principle the principle at stake, or null for general questions
   * @param asker the platform user id of the asker, whose own advice is never returned
   */
  List<PeerAdvice> find(String question, String intent, String principle, String asker, int limit);

  /** No stored advice: for tools that run without a knowledge base. */
  static PeerAdviceSource none() {
    return (question, intent, principle, asker, limit) -> List.of();
  }
}
