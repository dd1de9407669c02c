package org.spreadcoach.review.apply;

import java.util.List;
import org.spreadcoach.kb.ReviewStore.Decision;

/**
 * A queued message (or group of near-duplicates) a maintainer decided about, to apply.
 *
 * @param key the normalised text; an example already in the files by this key is skipped
 * @param text the redacted text to file as an example
 * @param messageIds the messages whose decisions this applies
 * @param intent the chosen intent for {@link Decision#INTENT}, otherwise null
 */
public record Decided(
    String key, String text, List<Long> messageIds, Decision decision, String intent) {
  public Decided {
    messageIds = List.copyOf(messageIds);
  }
}
