package org.spreadcoach.advice;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.coach.PeerAdvice;
import org.spreadcoach.coach.PeerAdviceSource;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.privacy.Pseudonymiser;

/** Peer advice for replies, from the knowledge base; a failing database just means none. */
public final class KbPeerAdvice implements PeerAdviceSource {
  private static final Logger LOG = LoggerFactory.getLogger(KbPeerAdvice.class);
  private final KnowledgeBase kb;
  private final Pseudonymiser pseudonyms;
  private final AtomicBoolean failing = new AtomicBoolean();

  public KbPeerAdvice(KnowledgeBase kb, Pseudonymiser pseudonyms) {
    this.kb = kb;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public List<PeerAdvice> find(String question, String principle, String asker, int limit) {
    try {
      List<PeerAdvice> advice = kb.findAdvice(question, principle, pseudonyms.of(asker), limit)
          .stream().map(h -> new PeerAdvice(h.principle(), h.text(), "peer")).toList();
      failing.set(false);
      return advice;
    } catch (RuntimeException e) {
      if (failing.compareAndSet(false, true)) {
        LOG.warn("peer advice unavailable ({}); replies go out without it", e.getMessage());
      }
      return List.of();
    }
  }
}
