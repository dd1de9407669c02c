package org.spreadcoach.kb;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The maintainers' review queue as stored: the messages that may need a maintainer's eye and what a
 * maintainer decided about them. Decisions belong to a message and go with it, so {@code forget}
 * and retention remove an item from the queue with the message. Implementations are thread-safe.
 */
public interface ReviewStore {

  /** What a maintainer decided about a queued message. */
  enum Decision {
    /** File it as an example of an intent, on the next apply. */
    INTENT,
    /** File it as an out-of-scope example, on the next apply. */
    OUT_OF_SCOPE,
    /** Nothing to learn from it: never queue it again. */
    DISMISSED
  }

  /**
   * A stored message that may belong in the queue, with what the recogniser made of it, whether a
   * reply to it drew a thumbs down and any decision about it.
   *
   * @param candidates the intents the recogniser weighed, best first (may be empty)
   * @param thumbsDown whether someone marked a reply to it 👎
   * @param decision what a maintainer decided, or null
   * @param decidedIntent the intent a maintainer chose, for {@link Decision#INTENT}
   * @param applied whether the decision has been written to the intent files
   */
  record Row(
      long id,
      Instant at,
      String text,
      String intent,
      double confidence,
      boolean inScope,
      boolean addressed,
      List<Candidate> candidates,
      boolean thumbsDown,
      Decision decision,
      String decidedIntent,
      boolean applied) {
    public Row {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * The newest {@code limit} messages that could be queued: addressed and not recognised,
   * recognised with candidates (a close call is judged by the caller), or with a 👎 on a reply.
   */
  List<Row> candidates(int limit);

  /**
   * Records one decision for every message in {@code messageIds} (replacing an earlier one).
   *
   * @param intent the chosen intent for {@link Decision#INTENT}, otherwise null
   */
  void decide(Collection<Long> messageIds, Decision decision, String intent, Instant at);

  /** Takes back the decisions on these messages, which return to the queue. */
  void undecide(Collection<Long> messageIds);

  /** Marks decisions as written to the intent files. */
  void markApplied(Collection<Long> messageIds, Instant at);
}
