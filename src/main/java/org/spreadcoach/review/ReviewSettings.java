package org.spreadcoach.review;

import static org.spreadcoach.config.Constraint.between;

import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * The review queue's settings (section {@code review}).
 *
 * @param closeCallMargin a recognition whose best intent leads the runner-up by less than this is
 *     queued as a close call
 */
public record ReviewSettings(double closeCallMargin) {

  /**
   * 0.15 by default: a little above {@code nlu.margin} (0.1), the lead the bot needs over the
   * runner-up to answer at all, so it queues the answers where a few more examples decide which
   * intent wins. Compared between the two best intents stored with the message.
   */
  public static final Key<Double> CLOSE_CALL_MARGIN =
      Key.number(
          "review.closeCallMargin",
          0.15,
          between(0.0, 1.0),
          "queue a recognition for review when its best intent leads the runner-up by less than"
              + " this");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(CLOSE_CALL_MARGIN);

  public ReviewSettings {
    CLOSE_CALL_MARGIN.require(closeCallMargin);
  }

  /** The settings {@code config} holds. */
  public static ReviewSettings from(Config config) {
    return new ReviewSettings(config.get(CLOSE_CALL_MARGIN));
  }
}
