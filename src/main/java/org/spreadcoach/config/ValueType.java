package org.spreadcoach.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spreadcoach.yaml.Node;

/**
 * How a key's value is written, in YAML and in an environment variable, and the phrase that names
 * it in "must be a whole number" messages. One instance per kind of value, so every key of a kind
 * reads the same way.
 *
 * @param <T> the Java type of the value
 */
public final class ValueType<T> {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** Text; a YAML number is read as its text (channel ids), true/false is not text. */
  public static final ValueType<String> TEXT =
      new ValueType<>(
          "text",
          node -> scalar(node).filter(v -> !(v instanceof Boolean)).map(String::valueOf),
          text -> Optional.of(text).filter(t -> !t.isEmpty()));

  /** A whole number that fits an {@code int}. */
  public static final ValueType<Integer> INTEGER =
      new ValueType<>(
          "a whole number",
          node -> scalar(node).filter(Long.class::isInstance).flatMap(v -> toInt((Long) v)),
          text -> parse(text, Long::parseLong).flatMap(ValueType::toInt));

  /** A finite number, whole or not. */
  public static final ValueType<Double> NUMBER =
      new ValueType<>(
          "a number",
          node ->
              scalar(node)
                  .filter(Number.class::isInstance)
                  .map(v -> ((Number) v).doubleValue())
                  .filter(Double::isFinite),
          text -> parse(text, Double::parseDouble).filter(Double::isFinite));

  /** {@code true} or {@code false}. */
  public static final ValueType<Boolean> BOOLEAN =
      new ValueType<>(
          "true or false",
          node -> scalar(node).filter(Boolean.class::isInstance).map(Boolean.class::cast),
          text ->
              text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                  ? Optional.of(Boolean.parseBoolean(text))
                  : Optional.empty());

  /** ISO-8601 ({@code PT5M}) or the short forms {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}. */
  public static final ValueType<Duration> DURATION =
      new ValueType<>(
          "a duration such as PT5M or 5m",
          node -> scalar(node).filter(String.class::isInstance).flatMap(v -> duration((String) v)),
          ValueType::duration);

  /** A YAML list of scalars, or comma-separated text in an environment variable. */
  public static final ValueType<List<String>> TEXT_LIST =
      new ValueType<>(
          "a list of text",
          ValueType::textList,
          text -> Optional.of(List.of(text.split("\\s*,\\s*"))));

  private final String description;
  private final Function<Node, Optional<T>> fromNode;
  private final Function<String, Optional<T>> fromText;

  private ValueType(
      String description,
      Function<Node, Optional<T>> fromNode,
      Function<String, Optional<T>> fromText) {
    this.description = description;
    this.fromNode = fromNode;
    this.fromText = fromText;
  }

  /**
   * One of an enum's constants, written in lower case ({@code mention}). YAML 1.1 reads a bare
   * {@code off} as false; when the enum has {@code OFF}, that is what the operator meant.
   */
  public static <E extends Enum<E>> ValueType<E> choice(Class<E> type) {
    List<E> constants = Arrays.asList(type.getEnumConstants());
    List<String> names = constants.stream().map(ValueType::show).toList();
    String description =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    Function<String, Optional<E>> byName =
        text -> constants.stream().filter(c -> c.name().equalsIgnoreCase(text.strip())).findFirst();
    return new ValueType<>(
        description,
        node ->
            scalar(node)
                .flatMap(
                    v ->
                        byName.apply(
                            Boolean.FALSE.equals(v) ? "off" : v instanceof String s ? s : "")),
        byName);
  }

  /** What a value must be, for "must be ..." messages: "a whole number". */
  public String description() {
    return description;
  }

  /** The value of a YAML node, or empty when the node is not of this type. */
  Optional<T> read(Node node) {
    return fromNode.apply(node);
  }

  /** The value of an environment variable's text (already stripped), or empty. */
  Optional<T> read(String text) {
    return fromText.apply(text);
  }

  /**
   * A value as a person would write it in the config file: 0.4 rather than 0.40, 1 rather than 1.0,
   * {@code mention} rather than {@code MENTION}.
   */
  static String show(Object value) {
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ValueType::show).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static Optional<Object> scalar(Node node) {
    return node instanceof Node.Scalar s ? Optional.ofNullable(s.value()) : Optional.empty();
  }

  private static Optional<Integer> toInt(long value) {
    return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
        ? Optional.empty()
        : Optional.of((int) value);
  }

  private static <V> Optional<V> parse(String text, Function<String, V> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<String>> textList(Node node) {
    if (!(node instanceof Node.ListNode list)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof Node.Scalar s) || s.value() == null) {
        return Optional.empty();
      }
      out.add(String.valueOf(s.value()));
    }
    return Optional.of(List.copyOf(out));
  }

  private static Optional<Duration> duration(String text) {
    Matcher m = SHORT_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return Optional.of(
            switch (m.group(2)) {
              case "ms" -> Duration.ofMillis(n);
              case "s" -> Duration.ofSeconds(n);
              case "m" -> Duration.ofMinutes(n);
              case "h" -> Duration.ofHours(n);
              default -> Duration.ofDays(n);
            });
      }
      return Optional.of(Duration.parse(text.strip()));
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      // A number too long for a long, or a duration too long for Duration: not a duration.
      return Optional.empty();
    }
  }
}
