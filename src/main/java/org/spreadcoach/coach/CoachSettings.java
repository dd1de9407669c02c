package org.spreadcoach.coach;

import static org.spreadcoach.config.Constraint.atLeast;
import static org.spreadcoach.config.Constraint.between;

import java.time.Duration;
import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * Tuning of the reply policy. Its keys (section {@code coach}) are declared here, once: the config
 * loader checks file values against them and the constructor checks values built in code.
 *
 * @param ambientThreshold least confidence for an unprompted reply in an ambient channel
 * @param ambientCooldown least time between two unprompted replies in one channel
 * @param promptsPerReply how many coaching prompts a reply asks (two or three)
 * @param promptMemory how long a person is not asked the same prompt again
 * @param maxReplyChars the longest reply (Discord allows 2,000 characters)
 */
public record CoachSettings(
    double ambientThreshold,
    Duration ambientCooldown,
    int promptsPerReply,
    Duration promptMemory,
    int maxReplyChars) {

  public static final Key<Double> AMBIENT_THRESHOLD =
      Key.number(
          "coach.ambientThreshold",
          0.5,
          between(0.0, 1.0),
          "least confidence for an unprompted reply in an ambient channel");
  public static final Key<Duration> AMBIENT_COOLDOWN =
      Key.duration(
          "coach.ambientCooldown",
          Duration.ofMinutes(5),
          atLeast(Duration.ZERO),
          "least time between two unprompted replies in one channel (ISO-8601, e.g. PT5M)");
  public static final Key<Integer> PROMPTS_PER_REPLY =
      Key.integer(
          "coach.promptsPerReply",
          3,
          between(1, 5),
          "coaching prompts asked in one reply (2 or 3 reads best)");
  public static final Key<Duration> PROMPT_MEMORY =
      Key.duration(
          "coach.promptMemory",
          Duration.ofDays(7),
          atLeast(Duration.ZERO),
          "how long a person is not asked the same prompt again");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS =
      List.of(AMBIENT_THRESHOLD, AMBIENT_COOLDOWN, PROMPTS_PER_REPLY, PROMPT_MEMORY);

  /** The longest message Discord accepts, which every adapter's replies keep within. */
  public static final int MAX_REPLY_CHARS = 2_000;

  public CoachSettings {
    AMBIENT_THRESHOLD.require(ambientThreshold);
    AMBIENT_COOLDOWN.require(ambientCooldown);
    PROMPTS_PER_REPLY.require(promptsPerReply);
    PROMPT_MEMORY.require(promptMemory);
    if (maxReplyChars < 200) {
      throw new IllegalArgumentException("maxReplyChars must be at least 200");
    }
  }

  /** The settings {@code config} holds. */
  public static CoachSettings from(Config config) {
    return new CoachSettings(
        config.get(AMBIENT_THRESHOLD),
        config.get(AMBIENT_COOLDOWN),
        config.get(PROMPTS_PER_REPLY),
        config.get(PROMPT_MEMORY),
        MAX_REPLY_CHARS);
  }

  /** The declared defaults. */
  public static CoachSettings defaults() {
    return from(Config.defaults());
  }
}
