package org.spreadcoach.config;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The values a key accepts: a test and the sentence that explains it ("must be between 0 and 1"),
 * so the loader's message and a settings record's exception say the same thing.
 *
 * @param accepts whether a value is allowed
 * @param sentence what an allowed value must be, starting with "must", or empty for any value
 * @param <T> the values it tests
 */
public record Constraint<T>(Predicate<? super T> accepts, String sentence) {

  /** Every value of the type. */
  public static <T> Constraint<T> any() {
    return new Constraint<>(v -> true, "");
  }

  /** From {@code min} to {@code max}, both included. */
  public static <T extends Comparable<? super T>> Constraint<T> between(T min, T max) {
    return new Constraint<>(
        v -> v.compareTo(min) >= 0 && v.compareTo(max) <= 0,
        "must be between " + ValueType.show(min) + " and " + ValueType.show(max));
  }

  /** {@code min} or more; "must not be negative" when {@code min} is zero. */
  public static <T extends Comparable<? super T>> Constraint<T> atLeast(T min) {
    boolean zero = (min instanceof Number n && n.doubleValue() == 0) || Duration.ZERO.equals(min);
    return new Constraint<>(
        v -> v.compareTo(min) >= 0,
        zero ? "must not be negative" : "must be at least " + ValueType.show(min));
  }

  /** More than {@code min}. */
  public static <T extends Comparable<? super T>> Constraint<T> above(T min) {
    return new Constraint<>(v -> v.compareTo(min) > 0, "must be above " + ValueType.show(min));
  }
}
