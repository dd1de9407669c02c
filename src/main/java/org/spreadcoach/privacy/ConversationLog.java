package org.spreadcoach.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.coach.ConversationListener;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.WriteQueue;
import org.spreadcoach.nlu.Recognition;

/**
 * Decides what of a conversation is kept and in what form: only in channels that opted in ({@code
 * channels.<id>.log: true}), only messages the bot classified, with personal data redacted and the
 * author replaced by a keyed pseudonym, before anything reaches the database.
 */
public final class ConversationLog implements ConversationListener {
  private final WriteQueue writer;
  private final PiiRedactor redactor;
  private final Pseudonymiser pseudonyms;
  private final ChannelSettings channels;
  private final Clock clock;

  public ConversationLog(
      WriteQueue writer,
      PiiRedactor redactor,
      Pseudonymiser pseudonyms,
      ChannelSettings channels,
      Clock clock) {
    this.writer = writer;
    this.redactor = redactor;
    this.pseudonyms = pseudonyms;
    this.channels = channels;
    this.clock = clock;
  }

  /**
   * Keeps a message the bot classified and what it answered, if the channel opted in.
   *
   * @param recognition null when the bot never classified the message (nothing is kept)
   */
  @Override
  public void handled(
      String channel,
      String user,
      String text,
      boolean addressed,
      Recognition recognition,
      Outcome outcome) {
    if (recognition == null || !channels.logs(channel)) {
      return;
    }
    List<Exchange.StoredReply> replies =
        outcome.posts().stream()
            .map(
                p ->
                    new Exchange.StoredReply(
                        p.text(), p.intent(), p.principle(), p.ref(), p.offered()))
            .toList();
    Exchange exchange =
        new Exchange(
            clock.instant(),
            channel,
            pseudonyms.of(user),
            redactor.redact(text),
            recognition.intent(),
            recognition.principle(),
            recognition.bestGuess(),
            recognition.confidence(),
            recognition.inScope(),
            addressed,
            replies,
            recognition.candidates().stream()
                .map(g -> new Candidate(g.label(), g.probability()))
                .toList(),
            recognition.domain());
    writer.enqueue(kb -> kb.recordExchange(exchange));
  }

  /**
   * Links a kept reply to the platform message that carried it, so reactions to that message reach
   * it; nothing is kept in a channel that did not opt in.
   */
  public void posted(String channel, String ref, String platformId) {
    if (channels.logs(channel)) {
      writer.enqueue(kb -> kb.recordPosted(ref, platformId));
    }
  }

  /**
   * Records a thumbs-up (+1) or thumbs-down (-1) on a bot reply; 0 withdraws it. Only in a channel
   * that opted in, where the reply itself is kept.
   */
  public void feedback(String channel, String replyRef, String user, int value) {
    if (!channels.logs(channel)) {
      return;
    }
    String author = pseudonyms.of(user);
    Instant at = clock.instant();
    writer.enqueue(kb -> kb.recordFeedback(at, channel, replyRef, author, value));
  }
}
