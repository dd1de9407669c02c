package org.spreadcoach.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** At most one unprompted reply per channel per cooldown. Thread-safe. */
public final class AmbientCooldown {
  private final Cache<String, Boolean> recent;

  public AmbientCooldown(Duration cooldown, Ticker ticker) {
    this.recent =
        Caffeine.newBuilder()
            .expireAfterWrite(cooldown)
            .ticker(ticker)
            .maximumSize(100_000)
            .build();
  }

  /**
   * Claims the channel's unprompted reply.
   *
   * @return true when the bot may speak now (and the cooldown starts), false while cooling down
   */
  public boolean tryClaim(String channel) {
    return recent.asMap().putIfAbsent(channel, Boolean.TRUE) == null;
  }
}
