package org.spreadcoach.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One config key, declared once beside the settings record that uses it: its type, its default (or
 * that it is optional), the values it accepts and a line of help. The loader reads and checks the
 * file and the environment against it; a record built in code checks its values with {@link
 * #require}, so no rule and no default is written twice.
 *
 * @param path {@code section.name}, such as {@code nlu.threshold}
 * @param type how the value is written in YAML and in an environment variable
 * @param defaultValue the value when nothing sets it; null exactly when the key is optional
 * @param constraint the values it accepts
 * @param help what it is for, in one line
 * @param <T> the Java type of its value
 */
public record Key<T>(
    String path, ValueType<T> type, T defaultValue, Constraint<? super T> constraint, String help) {
  private static final Pattern PATH = Pattern.compile("[a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*");

  public Key {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(help, "help");
    if (path == null || !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("a key's path is section.name, found " + path);
    }
    if (defaultValue != null && !constraint.accepts().test(defaultValue)) {
      throw new IllegalArgumentException(
          path
              + "'s default "
              + ValueType.show(defaultValue)
              + " breaks its own rule: "
              + constraint.sentence());
    }
  }

  /** Text with a default. */
  public static Key<String> text(String path, String defaultValue, String help) {
    return new Key<>(
        path, ValueType.TEXT, Objects.requireNonNull(defaultValue), Constraint.any(), help);
  }

  /** Text that may be left unset. */
  public static Key<String> optionalText(String path, String help) {
    return new Key<>(path, ValueType.TEXT, null, Constraint.any(), help);
  }

  /** A whole number with a default. */
  public static Key<Integer> integer(
      String path, int defaultValue, Constraint<? super Integer> constraint, String help) {
    return new Key<>(path, ValueType.INTEGER, defaultValue, constraint, help);
  }

  /** A whole number that may be left unset. */
  public static Key<Integer> optionalInteger(
      String path, Constraint<? super Integer> constraint, String help) {
    return new Key<>(path, ValueType.INTEGER, null, constraint, help);
  }

  /** A number with a default. */
  public static Key<Double> number(
      String path, double defaultValue, Constraint<? super Double> constraint, String help) {
    return new Key<>(path, ValueType.NUMBER, defaultValue, constraint, help);
  }

  /** True or false, with a default. */
  public static Key<Boolean> bool(String path, boolean defaultValue, String help) {
    return new Key<>(path, ValueType.BOOLEAN, defaultValue, Constraint.any(), help);
  }

  /** A duration with a default. */
  public static Key<Duration> duration(
      String path, Duration defaultValue, Constraint<? super Duration> constraint, String help) {
    return new Key<>(
        path, ValueType.DURATION, Objects.requireNonNull(defaultValue), constraint, help);
  }

  /** A list of text with a default. */
  public static Key<List<String>> textList(String path, List<String> defaultValue, String help) {
    return new Key<>(path, ValueType.TEXT_LIST, List.copyOf(defaultValue), Constraint.any(), help);
  }

  /** One of an enum's constants, in lower case, that may be left unset. */
  public static <E extends Enum<E>> Key<E> optionalChoice(String path, Class<E> type, String help) {
    return new Key<>(path, ValueType.choice(type), null, Constraint.any(), help);
  }

  /** Whether the key may be left unset (it has no default). */
  public boolean optional() {
    return defaultValue == null;
  }

  /** The section part of the path: {@code nlu} for {@code nlu.threshold}. */
  public String section() {
    return path.substring(0, path.indexOf('.'));
  }

  /** The last part of the path: {@code threshold} for {@code nlu.threshold}. */
  public String name() {
    return path.substring(path.indexOf('.') + 1);
  }

  /** The variable that overrides it: {@code SPREADCOACH_NLU_THRESHOLD}. */
  public String envName() {
    return ConfigSchema.ENV_PREFIX + path.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * {@code value}, when the key accepts it: how a settings record built in code (tests, tools)
   * checks its components against the same rule the loader applies.
   *
   * @throws IllegalArgumentException naming the key, the rule and the value
   */
  public T require(T value) {
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(path + " " + p);
            });
    return value;
  }

  /** "must be between 0 and 1, found 1.5", or empty when the key accepts {@code value}. */
  Optional<String> problem(T value) {
    if (value == null) {
      return optional() ? Optional.empty() : Optional.of("must be set");
    }
    return constraint.accepts().test(value)
        ? Optional.empty()
        : Optional.of(constraint.sentence() + ", found " + ValueType.show(value));
  }
}
