package org.spreadcoach.kb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the knowledge base saw since a point in time, for the activity report: read-only counts,
 * never a row that names a person.
 *
 * <p>Every stored message falls in exactly one of three groups, by what the bot did with it:
 * <em>recognised</em> (in scope: a coaching reply, or silence only for the ambient cooldown),
 * <em>fallback</em> (addressed to the bot but out of scope: it answered with the fallback that says
 * what it can do) and <em>unanswered</em> (out of scope and not addressed: chatter it left alone).
 *
 * @param since the start of the period (inclusive)
 * @param weeks recognised messages per ISO week (Monday, UTC) and principle, oldest week first
 * @param recognised messages recognised as spread questions or talk to the bot
 * @param fallback messages addressed to the bot that it answered with the fallback
 * @param unanswered out-of-scope messages not addressed to the bot, left unanswered
 * @param confidence the recogniser's confidence in ten buckets of 0.1, lowest first
 * @param feedback thumbs up and down on the bot's replies, per intent of the reply (null intent:
 *     the fallback)
 * @param rounds co-coaching rounds opened in the period, oldest first
 * @param unrecognised messages answered with the fallback, most frequent first
 */
public record Activity(
    Instant since,
    List<WeekCount> weeks,
    long recognised,
    long fallback,
    long unanswered,
    List<ConfidenceBucket> confidence,
    List<IntentFeedback> feedback,
    List<RoundActivity> rounds,
    List<Unrecognised> unrecognised) {

  public Activity {
    weeks = List.copyOf(weeks);
    confidence = List.copyOf(confidence);
    feedback = List.copyOf(feedback);
    rounds = List.copyOf(rounds);
    unrecognised = List.copyOf(unrecognised);
  }

  /** Every stored message of the period. */
  public long messages() {
    return recognised + fallback + unanswered;
  }

  /**
   * Recognised messages in one week under one principle.
   *
   * @param week the Monday (UTC) the week starts on
   * @param principle a catalogue id, or null for general questions and talk to the bot
   */
  public record WeekCount(LocalDate week, String principle, long count) {}

  /**
   * Messages whose confidence lies in {@code [from, to)} (the last bucket includes 1.0).
   *
   * @param recognised of those, the ones recognised
   * @param notRecognised the others (fallback or unanswered)
   */
  public record ConfidenceBucket(double from, double to, long recognised, long notRecognised) {}

  /**
   * Reactions on replies of one intent.
   *
   * @param intent the reply's intent, or null for the fallback and other replies without one
   */
  public record IntentFeedback(String intent, long up, long down) {}

  /**
   * A co-coaching round.
   *
   * @param topic as the facilitator typed it (redacted like every text kept)
   * @param advice pieces of advice it holds
   * @param closed whether it has closed
   */
  public record RoundActivity(long id, Instant opened, String topic, long advice, boolean closed) {}
}
