package org.spreadcoach.review;

import java.util.List;
import java.util.Set;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.ReviewStore.Decision;

/**
 * One entry of the review queue: a message, or several that differ only in case, punctuation and
 * spacing, shown once with a count.
 *
 * @param key the normalised text that groups the messages; the item's id on the page
 * @param text the newest message's redacted text, as stored
 * @param count how many messages it stands for
 * @param messageIds those messages
 * @param intent what the bot recognised, or null when it fell out of scope
 * @param confidence the recogniser's confidence in its best intent
 * @param next the next two candidates after the recognised intent (or the best two when none was)
 * @param reasons why it is queued
 * @param decision what a maintainer chose and has not applied yet, or null
 * @param decidedIntent the intent chosen, for {@link Decision#INTENT}
 */
public record QueueItem(
    String key,
    String text,
    int count,
    List<Long> messageIds,
    String intent,
    double confidence,
    List<Candidate> next,
    Set<Reason> reasons,
    Decision decision,
    String decidedIntent) {

  public QueueItem {
    messageIds = List.copyOf(messageIds);
    next = List.copyOf(next);
    reasons = Set.copyOf(reasons);
  }

  /** Why a message is queued, as the page words it. */
  public enum Reason {
    UNRECOGNISED("not recognised"),
    THUMBS_DOWN("reply got a thumbs down"),
    CLOSE_CALL("close call"),
    AMBIENT_THUMBS_DOWN("unprompted reply got a thumbs down");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
