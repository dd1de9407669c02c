package org.spreadcoach.kb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.spreadcoach.intents.CuratedAdvice;
import org.spreadcoach.rounds.RoundStore;

/**
 * What the bot keeps. A write called on the knowledge base itself is one transaction; the writes
 * made through the {@link Writes} one {@link #write} call hands out are one transaction together,
 * which is how a batch of queued writes is stored whole or not at all. Implementations are
 * thread-safe. Text handed in is already redacted and authors already pseudonymous: this interface
 * never sees a raw platform id.
 */
public interface KnowledgeBase extends AutoCloseable {

  /**
   * The writes of one transaction. Bound to that transaction: usable only inside the {@link #write}
   * call that handed it out, and only from that call's thread.
   */
  interface Writes {
    /** Stores a handled message and its replies together; returns the message's id. */
    long recordExchange(Exchange exchange);

    /** Stores advice; returns the new rows' ids in order. */
    List<Long> addAdvice(List<NewAdvice> advice);

    /** Adds curated advice not stored yet (matched by text); returns how many were new. */
    int importCurated(List<CuratedAdvice> advice, Instant at);

    /**
     * Records a reaction on a bot reply; a second one by the same person replaces the first.
     *
     * @param replyRef the platform's id of the message reacted to
     */
    void recordFeedback(Instant at, String channel, String replyRef, String author, int value);

    /**
     * Links a stored reply (by the bot's own {@code replyRef}) to the platform message that carried
     * it, so reactions to that message reach the reply and the advice it offered.
     */
    void recordPosted(String replyRef, String platformId);

    /** Deletes everything the author wrote, search index included; returns rows by table. */
    Map<String, Integer> forget(String author);

    /** Deletes rows older than {@code cutoff} (curated advice is kept); returns rows deleted. */
    int deleteOlderThan(Instant cutoff);
  }

  /**
   * Runs {@code writes} as one transaction: what it writes through the {@link Writes} it is given
   * is stored when it returns, and none of it when it throws.
   *
   * @return what {@code writes} returned
   * @throws KnowledgeBaseException when the database refuses a write or the commit; an exception
   *     {@code writes} throws itself is rethrown as it is, after the rollback
   */
  <T> T write(Function<Writes, T> writes);

  /** {@link Writes#recordExchange} in a transaction of its own. */
  default long recordExchange(Exchange exchange) {
    return write(w -> w.recordExchange(exchange));
  }

  /** {@link Writes#addAdvice} in a transaction of its own: all of it or none. */
  default List<Long> addAdvice(List<NewAdvice> advice) {
    return write(w -> w.addAdvice(advice));
  }

  /** {@link Writes#importCurated} in a transaction of its own. */
  default int importCurated(List<CuratedAdvice> advice, Instant at) {
    return write(w -> w.importCurated(advice, at));
  }

  /** {@link Writes#recordFeedback} in a transaction of its own. */
  default void recordFeedback(
      Instant at, String channel, String replyRef, String author, int value) {
    write(
        w -> {
          w.recordFeedback(at, channel, replyRef, author, value);
          return null;
        });
  }

  /** {@link Writes#recordPosted} in a transaction of its own. */
  default void recordPosted(String replyRef, String platformId) {
    write(
        w -> {
          w.recordPosted(replyRef, platformId);
          return null;
        });
  }

  /** {@link Writes#forget} in a transaction of its own. */
  default Map<String, Integer> forget(String author) {
    return write(w -> w.forget(author));
  }

  /** {@link Writes#deleteOlderThan} in a transaction of its own. */
  default int deleteOlderThan(Instant cutoff) {
    return write(w -> w.deleteOlderThan(cutoff));
  }

  /** Ranked full-text search over stored messages and advice. */
  List<SearchHit> search(String query, String principle, int limit);

  /**
   * Servable advice that might fit a question, for the caller to rank: up to {@code limit} whose
   * words match the question best (any principle), and up to {@code limit} of the newest of {@code
   * principle}; each once, with its relevance and feedback; never advice by {@code excludeAuthor}.
   */
  List<AdviceCandidate> adviceCandidates(
      String query, String principle, String excludeAuthor, int limit);

  /** Messages addressed to the bot that fell out of scope, most frequent first. */
  List<Unrecognised> unrecognised(int limit);

  KbStats stats();

  /** Counts of what was asked, answered, rated and advised from {@code since} on, for reports. */
  Activity activity(Instant since);

  /** Every stored row as a JSON-ready map, messages (with replies) first, then advice, feedback. */
  void export(Consumer<Map<String, Object>> sink);

  /** The co-coaching rounds kept in the same database. */
  RoundStore rounds();

  /** The maintainers' review queue kept in the same database. */
  ReviewStore review();

  /** Whether the database answers right now. */
  boolean isHealthy();

  /**
   * Whether the database lives in this process's memory (gone when closed). Such a database is
   * written on the caller's thread: there is no disk to wait for.
   */
  default boolean inMemory() {
    return false;
  }

  /** A short description for logs, without credentials. */
  String describe();

  @Override
  void close();
}
