package org.spreadcoach.advice;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.coach.PeerAdvice;
import org.spreadcoach.coach.PeerAdviceSource;
import org.spreadcoach.coach.PromptRotation;
import org.spreadcoach.kb.AdviceCandidate;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.privacy.Pseudonymiser;

/**
 * Peer advice for replies, from the knowledge base: the candidates it finds, ranked by {@link
 * AdviceRanking}, and rotated per asker so that someone asking again sees other advice before any
 * repeats. A failing database just means no advice. Thread-safe.
 */
public final class RankedPeerAdvice implements PeerAdviceSource {
  /** How many candidates are weighed for each reply. */
  static final int CANDIDATES = 30;

  private static final Logger LOG = LoggerFactory.getLogger(RankedPeerAdvice.class);
  private final KnowledgeBase kb;
  private final Pseudonymiser pseudonyms;
  private final PromptRotation rotation;
  private final AtomicBoolean failing = new AtomicBoolean();

  /**
   * @param rotation remembers what each asker was offered, for the coach's prompt memory
   */
  public RankedPeerAdvice(KnowledgeBase kb, Pseudonymiser pseudonyms, PromptRotation rotation) {
    this.kb = kb;
    this.pseudonyms = pseudonyms;
    this.rotation = rotation;
  }

  @Override
  public List<PeerAdvice> find(
      String question, String intent, String principle, String asker, int limit) {
    List<AdviceCandidate> candidates;
    try {
      candidates = kb.adviceCandidates(question, principle, pseudonyms.of(asker), CANDIDATES);
      failing.set(false);
    } catch (RuntimeException e) {
      if (failing.compareAndSet(false, true)) {
        LOG.warn("peer advice unavailable ({}); replies go out without it", e.getMessage());
      }
      return List.of();
    }
    List<AdviceCandidate> ranked = AdviceRanking.rank(candidates, intent, principle);
    return rotation.pick(asker, ranked, limit, a -> "advice:" + a.id()).stream()
        .map(a -> new PeerAdvice(a.id(), a.principle(), a.text()))
        .toList();
  }
}
