package org.spreadcoach.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Picks prompts so a person is not asked the same question again soon: prompts they have not been
 * asked within the memory window come first (in the catalogue's order), then the ones asked longest
 * ago. Deterministic for the same sequence of calls, so replay output is stable.
 */
public final class PromptRotation {
  private record Key(String user, String prompt) {}

  private final Cache<Key, Long> lastAsked;
  private final AtomicLong sequence = new AtomicLong();

  public PromptRotation(Duration memory, Ticker ticker) {
    this.lastAsked =
        Caffeine.newBuilder().expireAfterWrite(memory).ticker(ticker).maximumSize(200_000).build();
  }

  /** Chooses up to {@code count} prompts from {@code pool} for {@code user} and remembers them. */
  public List<String> pick(String user, List<String> pool, int count) {
    return pick(user, pool, count, prompt -> prompt);
  }

  /**
   * Chooses up to {@code count} items from {@code pool}, which is in order of preference, for
   * {@code user}: the ones not given to them within the memory window first, in the pool's order,
   * then those given longest ago; and remembers them by {@code key}.
   */
  public <T> List<T> pick(String user, List<T> pool, int count, Function<T, String> key) {
    List<T> order = new ArrayList<>(pool.stream().distinct().toList());
    // Never given (or forgotten) sorts first as -1; stable sort keeps the pool's order.
    order.sort(
        Comparator.comparingLong(
            item -> {
              Long when = lastAsked.getIfPresent(new Key(user, key.apply(item)));
              return when == null ? -1L : when;
            }));
    List<T> chosen = List.copyOf(order.subList(0, Math.min(count, order.size())));
    for (T item : chosen) {
      lastAsked.put(new Key(user, key.apply(item)), sequence.incrementAndGet());
    }
    return chosen;
  }
}
