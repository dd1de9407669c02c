package org.spreadcoach.rounds;

import static org.spreadcoach.config.Constraint.atLeast;

import java.time.Duration;
import java.util.List;
import org.spreadcoach.chat.RolesSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;
import org.spreadcoach.config.KeyRule;

/**
 * Round rules. The round keys (section {@code rounds}) are declared here; who may run a round comes
 * from {@link RolesSettings}.
 *
 * @param defaultMinutes a round's length when {@code minutes} is not given
 * @param maxMinutes the longest round
 * @param warningBefore how long before the end the warning is posted
 */
public record RoundSettings(int defaultMinutes, int maxMinutes, Duration warningBefore) {

  public static final Key<Integer> DEFAULT_MINUTES =
      Key.integer(
          "rounds.defaultMinutes",
          10,
          atLeast(1),
          "length of a co-coaching round when `minutes` is not given");
  public static final Key<Integer> MAX_MINUTES =
      Key.integer("rounds.maxMinutes", 120, atLeast(1), "longest co-coaching round allowed");

  /** A round without {@code minutes} must be one that may be started. */
  public static final KeyRule<Integer, Integer> DEFAULT_WITHIN_MAX =
      new KeyRule<>(
          DEFAULT_MINUTES,
          MAX_MINUTES,
          (length, max) -> length <= max,
          "must be at most rounds.maxMinutes");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(DEFAULT_MINUTES, MAX_MINUTES);

  /** How long before a round's end its warning is posted. */
  public static final Duration WARNING_BEFORE = Duration.ofMinutes(1);

  public RoundSettings {
    DEFAULT_MINUTES.require(defaultMinutes);
    MAX_MINUTES.require(maxMinutes);
    DEFAULT_WITHIN_MAX.require(defaultMinutes, maxMinutes);
  }

  /** The settings {@code config} holds. */
  public static RoundSettings from(Config config) {
    return new RoundSettings(config.get(DEFAULT_MINUTES), config.get(MAX_MINUTES), WARNING_BEFORE);
  }
}
