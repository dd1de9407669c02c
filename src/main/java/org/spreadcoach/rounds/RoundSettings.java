package org.spreadcoach.rounds;

import java.time.Duration;
import java.util.Set;

/**
 * Round rules.
 *
 * @param facilitatorRoles roles that may start, close and export rounds
 * @param defaultMinutes a round's length when {@code minutes} is not given
 * @param maxMinutes the longest round
 * @param warningBefore how long before the end the warning is posted
 */
public record RoundSettings(Set<String> facilitatorRoles, int defaultMinutes, int maxMinutes,
    Duration warningBefore) {

  public RoundSettings {
    facilitatorRoles = Set.copyOf(facilitatorRoles);
  }
}
