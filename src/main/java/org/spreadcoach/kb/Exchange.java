package org.spreadcoach.kb;

import java.time.Instant;
import java.util.List;

/**
 * A handled message and the bot's replies to it, stored in one transaction. Text is already
 * redacted and the author already pseudonymous when an exchange is built.
 *
 * @param at when it happened
 * @param channel platform channel id
 * @param author the author's pseudonym
 * @param text the redacted message
 * @param intent recognised intent, or null
 * @param principle recognised principle, or null
 * @param nearest the nearest intent even when out of scope, for curating intents; or null
 * @param confidence the recogniser's confidence
 * @param inScope whether it was recognised as a spread question
 * @param addressed whether it was addressed to the bot
 * @param replies what the bot said in answer
 * @param candidates the best few intents the recogniser weighed, best first
 * @param domain how sure the open-world gate was that it is about spreading a change (0 to 1), or
 *     NaN when there was no gate
 */
public record Exchange(
    Instant at,
    String channel,
    String author,
    String text,
    String intent,
    String principle,
    String nearest,
    double confidence,
    boolean inScope,
    boolean addressed,
    List<StoredReply> replies,
    List<Candidate> candidates,
    double domain) {

  public Exchange {
    replies = List.copyOf(replies);
    candidates = List.copyOf(candidates);
  }

  /** An exchange without the recogniser's candidates or gate. */
  public Exchange(
      Instant at,
      String channel,
      String author,
      String text,
      String intent,
      String principle,
      String nearest,
      double confidence,
      boolean inScope,
      boolean addressed,
      List<StoredReply> replies) {
    this(
        at,
        channel,
        author,
        text,
        intent,
        principle,
        nearest,
        confidence,
        inScope,
        addressed,
        replies,
        List.of(),
        Double.NaN);
  }

  /**
   * One reply the bot posted.
   *
   * @param ref the bot's own reference for it, which the platform's message id is later linked to
   *     (so reactions find it), or null
   * @param adviceIds the stored advice it offered as peer advice
   */
  public record StoredReply(
      String text, String intent, String principle, String ref, List<Long> adviceIds) {

    public StoredReply {
      adviceIds = List.copyOf(adviceIds);
    }

    public StoredReply(String text, String intent, String principle) {
      this(text, intent, principle, null, List.of());
    }
  }
}
