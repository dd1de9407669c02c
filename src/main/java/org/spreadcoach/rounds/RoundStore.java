package org.spreadcoach.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where rounds live. Every method is one transaction; implementations are thread-safe and safe for
 * several bot processes sharing one database (at most one open round per channel, one advice per
 * person per round, one process closes a round).
 */
public interface RoundStore {

  /** What happened to an offer of advice. */
  enum Offer {
    ADDED,
    REPLACED,
    NOT_OPEN
  }

  /**
   * Opens a round.
   *
   * @return its id, or empty when the channel already has an open round
   */
  Optional<Long> openRound(
      String channel,
      String topic,
      String spreader,
      String facilitator,
      Instant opened,
      Instant ends,
      boolean store);

  Optional<RoundRecord> openRoundIn(String channel);

  Optional<RoundRecord> openRoundForThread(String thread);

  /** The platform threads of every open round. */
  List<String> openRoundThreads();

  Optional<RoundRecord> round(long id);

  void setThread(long id, String thread);

  /** Adds or replaces the author's advice while the round is open. */
  Offer offerAdvice(long roundId, String author, String text, boolean anonymous, Instant at);

  /** Records the spreader's reflection while the round is open; false when it is closed. */
  boolean reflect(long roundId, String text);

  List<RoundAdvice> roundAdvice(long roundId);

  /** Marks the one-minute warning as posted; true only for the caller that marked it. */
  boolean markWarned(long roundId);

  /**
   * Closes an open round, recording each advice's principle; with {@code store} its advice also
   * becomes peer advice, without it the round and its advice are deleted.
   *
   * @param fits what each piece of advice (by id) speaks to; advice missing from it goes under
   *     "Other" and is never served
   * @return the round's advice as it was at close, or empty when it was not open (someone else
   *     closed it)
   */
  Optional<List<RoundAdvice>> closeRound(long roundId, Instant at, Map<Long, AdviceFit> fits);

  /** Open rounds whose warning or end is due at {@code now}. */
  List<RoundRecord> roundsDue(Instant now, Duration warningBefore);

  long openRoundCount();
}
