package org.spreadcoach.config;

import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A rule between two keys that neither key's own range can state, such as "{@code nlu.charMin} must
 * be 0 (off) or at most {@code nlu.charMax}". Declared once beside the keys: the loader reports a
 * broken rule at the line (or variable) that set one of them, and the settings record checks values
 * built in code with {@link #require}.
 *
 * @param key the key the message is about
 * @param other the key it is compared with
 * @param accepts whether the two values agree
 * @param sentence what {@code key} must be, starting with "must" and naming {@code other}
 * @param <A> the type of {@code key}
 * @param <B> the type of {@code other}
 */
public record KeyRule<A, B>(
    Key<A> key, Key<B> other, BiPredicate<? super A, ? super B> accepts, String sentence) {

  /**
   * Checks values built in code.
   *
   * @throws IllegalArgumentException naming both keys and both values
   */
  public void require(A value, B otherValue) {
    problem(value, otherValue)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(key.path() + " " + p);
            });
  }

  /** "must be less than discord.totalShards, found 2 (discord.totalShards is 2)", or empty. */
  Optional<String> problem(A value, B otherValue) {
    if (value == null || otherValue == null || accepts.test(value, otherValue)) {
      return Optional.empty();
    }
    return Optional.of(
        sentence
            + ", found "
            + ValueType.show(value)
            + " ("
            + other.path()
            + " is "
            + ValueType.show(otherValue)
            + ")");
  }
}
