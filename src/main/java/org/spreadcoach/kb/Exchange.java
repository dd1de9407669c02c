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
 */
public record Exchange(Instant at, String channel, String author, String text, String intent,
    String principle, String nearest, double confidence, boolean inScope, boolean addressed,
    List<StoredReply> replies) {

  public Exchange {
    replies = List.copyOf(replies);
  }

  /** One reply the bot posted. */
  public record StoredReply(String text, String intent, String principle) {}
}
