package org.spreadcoach.privacy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SubcommandSpec;
import org.spreadcoach.kb.WriteQueue;

/**
 * {@code /privacy status} (what this channel keeps) and {@code /privacy forget-me} (erase
 * everything the caller wrote). Anyone may use them, for themselves only.
 *
 * <p>The erasure queues behind the conversation log's writes, so what the caller said just before
 * asking is erased too, never stored after it.
 */
public final class PrivacyCommands implements CommandHandler {
  /** {@code /privacy}: answered privately, as it is about the caller. */
  public static final CommandSpec SPEC =
      CommandSpec.of(
          "privacy",
          "What I keep about you, and erasing it",
          SubcommandSpec.of("status", "What this channel keeps").answeredPrivately(),
          SubcommandSpec.of("forget-me", "Delete everything you wrote from the knowledge base")
              .answeredPrivately());

  /** How long the command waits for the erasure before saying it is queued. */
  static final Duration WAIT = Duration.ofSeconds(10);

  private final WriteQueue writer;
  private final Pseudonymiser pseudonyms;
  private final ChannelSettings channels;
  private final int retentionDays;

  public PrivacyCommands(
      WriteQueue writer, Pseudonymiser pseudonyms, ChannelSettings channels, int retentionDays) {
    this.writer = writer;
    this.pseudonyms = pseudonyms;
    this.channels = channels;
    this.retentionDays = retentionDays;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Outcome handle(CommandCall call) {
    return switch (call.sub()) {
      case "status" -> Outcome.done(Post.plain(call.channel(), status(call.channel())));
      case "forget-me" -> forget(call);
      default -> throw new IllegalArgumentException("/privacy " + call.sub() + " is not declared");
    };
  }

  /**
   * Erases what the caller wrote, behind the writes queued before it. It waits until the erasure
   * has been tried, not for as long as a database outage lasts: a failed try means the erasure
   * stays queued, and the caller hears so at once.
   */
  private Outcome forget(CommandCall call) {
    String author = pseudonyms.of(call.user());
    try {
      CompletableFuture<Map<String, Integer>> erasure = writer.submit(kb -> kb.forget(author));
      writer.barrier().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (!erasure.isDone()) {
        throw new TimeoutException("the erasure is queued behind a database outage");
      }
      Map<String, Integer> deleted = erasure.get();
      int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
      return Outcome.done(
          Post.plain(
              call.channel(),
              "Done: I deleted "
                  + total
                  + " stored item(s) you wrote, search index included. Anything you write in a "
                  + "logged channel from now on is kept again, redacted."));
    } catch (ExecutionException | TimeoutException e) {
      return Outcome.refused(
          call.channel(),
          "I couldn't reach the knowledge base to delete "
              + "your data just now. Your request is queued and runs as soon as it answers again; "
              + "please run `/privacy forget-me` again later to see it done.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.refused(
          call.channel(), "I was stopped before I could delete your data; " + "please try again.");
    }
  }

  private String status(String channel) {
    String kept =
        channels.logs(channel)
            ? "This channel is logged: messages I classify here, and my replies, are kept in the "
                + "knowledge base with e-mail addresses, phone numbers, NHS numbers, postcodes and "
                + "mentions removed, and with your user id replaced by a keyed pseudonym."
            : "This channel is not logged: I keep nothing of what is said here.";
    return kept
        + " Advice you give in a co-coaching round is kept only when the round stores "
        + "it. Stored items are deleted after "
        + retentionDays
        + " days. `/privacy forget-me` "
        + "deletes everything you wrote, at any time.";
  }
}
