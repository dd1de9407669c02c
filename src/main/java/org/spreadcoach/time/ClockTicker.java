package org.spreadcoach.time;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/** Reads a {@link Clock} as a Caffeine {@link Ticker}, so cache expiry follows injected time. */
public final class ClockTicker implements Ticker {
  private final Clock clock;

  public ClockTicker(Clock clock) {
    this.clock = clock;
  }

  @Override
  public long read() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
