package org.spreadcoach.coach;

import java.time.Duration;

/**
 * Tuning of the reply policy.
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

  public CoachSettings {
    if (promptsPerReply < 1 || promptsPerReply > 5) {
      throw new IllegalArgumentException("promptsPerReply must be between 1 and 5");
    }
    if (maxReplyChars < 200) {
      throw new IllegalArgumentException("maxReplyChars must be at least 200");
    }
  }

  public static CoachSettings defaults() {
    return new CoachSettings(0.5, Duration.ofMinutes(5), 3, Duration.ofDays(7), 2_000);
  }
}
