package org.spreadcoach.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when told to: replay's clock and every test's. Thread-safe. */
public final class ManualClock extends Clock {
  /** Where replay's clock starts, so the same transcript always gives the same output. */
  public static final Instant REPLAY_EPOCH = Instant.parse("2026-01-05T09:00:00Z");

  private final AtomicReference<Instant> now;

  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Moves time forward; a negative duration is refused. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("time only moves forward, not by " + by);
    }
    return now.updateAndGet(t -> t.plus(by));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a manual clock is always UTC");
  }
}
