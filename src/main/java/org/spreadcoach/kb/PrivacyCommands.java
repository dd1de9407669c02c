package org.spreadcoach.kb;

import java.util.Map;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;

/**
 * {@code /privacy status} (what this channel keeps) and {@code /privacy forget-me} (erase
 * everything the caller wrote). Anyone may use them, for themselves only.
 */
public final class PrivacyCommands implements CommandHandler {
  private final KnowledgeBase kb;
  private final Pseudonymiser pseudonyms;
  private final ChannelSettings channels;
  private final int retentionDays;

  public PrivacyCommands(KnowledgeBase kb, Pseudonymiser pseudonyms, ChannelSettings channels,
      int retentionDays) {
    this.kb = kb;
    this.pseudonyms = pseudonyms;
    this.channels = channels;
    this.retentionDays = retentionDays;
  }

  @Override
  public String command() {
    return "privacy";
  }

  @Override
  public Outcome handle(CommandCall call) {
    switch (call.sub()) {
      case "status":
        return Outcome.done(Post.plain(call.channel(), status(call.channel())));
      case "forget-me":
        try {
          Map<String, Integer> deleted = kb.forget(pseudonyms.of(call.user()));
          int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
          return Outcome.done(Post.plain(call.channel(), "Done: I deleted " + total
              + " stored item(s) you wrote, search index included. Anything you write in a "
              + "logged channel from now on is kept again, redacted."));
        } catch (KnowledgeBaseException e) {
          return Outcome.refused(call.channel(), "I couldn't reach the knowledge base to delete "
              + "your data just now; nothing was deleted. Please try again in a few minutes.");
        }
      default:
        return Outcome.refused(call.channel(), "Try `/privacy status` or `/privacy forget-me`.");
    }
  }

  private String status(String channel) {
    String kept = channels.logs(channel)
        ? "This channel is logged: messages I classify here, and my replies, are kept in the "
            + "knowledge base with e-mail addresses, phone numbers, NHS numbers, postcodes and "
            + "mentions removed, and with your user id replaced by a keyed pseudonym."
        : "This channel is not logged: I keep nothing of what is said here.";
    return kept + " Advice you give in a co-coaching round is kept only when the round stores "
        + "it. Stored items are deleted after " + retentionDays + " days. `/privacy forget-me` "
        + "deletes everything you wrote, at any time.";
  }
}
