package org.spreadcoach.kb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.spreadcoach.intents.CuratedAdvice;

/**
 * What the bot keeps. Every write is one transaction, unless {@link #inOneTransaction} groups them. Implementations are thread-safe.
 * Text handed in is already redacted and authors already pseudonymous: this interface never sees a
 * raw platform id.
 */
public interface KnowledgeBase extends AutoCloseable {

  /**
   * Runs {@code writes}, which call this knowledge base's write methods on the calling thread, as
   * one transaction: all of them are stored or none. This is how the writer commits a batch.
   *
   * @throws KnowledgeBaseException when any write or the commit fails (nothing is stored)
   */
  void inOneTransaction(Runnable writes);

  /** Stores a handled message and its replies together; returns the message's id. */
  long recordExchange(Exchange exchange);

  /** Stores advice, all or nothing; returns the new rows' ids in order. */
  List<Long> addAdvice(List<NewAdvice> advice);

  /** Adds curated advice not stored yet (matched by text); returns how many were new. */
  int importCurated(List<CuratedAdvice> advice, Instant at);

  /** Records a reaction on a bot reply; a second reaction by the same person replaces the first. */
  void recordFeedback(Instant at, String channel, String replyRef, String author, int value);

  /** Ranked full-text search over stored messages and advice. */
  List<SearchHit> search(String query, String principle, int limit);

  /**
   * Advice that fits a question: full-text relevance among advice of the same principle first, then
   * other advice of that principle; never advice by {@code excludeAuthor}.
   */
  List<SearchHit> findAdvice(String query, String principle, String excludeAuthor, int limit);

  /** Deletes everything the author wrote, search index included; returns rows deleted by table. */
  Map<String, Integer> forget(String author);

  /** Deletes rows older than {@code cutoff} (curated advice is kept); returns rows deleted. */
  int deleteOlderThan(Instant cutoff);

  /** Messages addressed to the bot that fell out of scope, most frequent first. */
  List<Unrecognised> unrecognised(int limit);

  KbStats stats();

  /** Every stored row as a JSON-ready map, messages (with replies) first, then advice, feedback. */
  void export(Consumer<Map<String, Object>> sink);

  /** The co-coaching rounds kept in the same database. */
  org.spreadcoach.rounds.RoundStore rounds();

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
