package org.spreadcoach.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed fields out of a {@link Node.MapNode} and records every problem (unknown key, missing
 * field, wrong type) instead of stopping at the first one.
 *
 * <p>Each accessor returns {@link Optional#empty()} when the value is missing or unusable; the
 * problem has then been recorded, so the caller only decides what to skip.
 */
public final class MapReader {
  private final String file;
  private final Node.MapNode map;
  private final String where;
  private final List<Problem> problems;

  /**
   * Starts reading {@code map}; reports keys outside {@code allowed} straight away.
   *
   * @param where a phrase naming the map in messages, such as "intent 'networks.find'", or empty
   */
  public MapReader(
      String file, Node.MapNode map, String where, Set<String> allowed, List<Problem> problems) {
    this.file = file;
    this.map = map;
    this.where = where.isEmpty() ? "" : " in " + where;
    this.problems = problems;
    for (Map.Entry<String, Node.Entry> entry : map.entries().entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        problems.add(
            new Problem(
                file,
                entry.getValue().keyLine(),
                "unknown key '"
                    + entry.getKey()
                    + "'"
                    + this.where
                    + " (allowed: "
                    + String.join(", ", new TreeSet<>(allowed))
                    + ")"));
      }
    }
  }

  /** Casts {@code node} to a map or records "expected a map" at its line. */
  public static Optional<Node.MapNode> asMap(
      String file, Node node, String what, List<Problem> problems) {
    if (node instanceof Node.MapNode m) {
      return Optional.of(m);
    }
    problems.add(new Problem(file, node.line(), what + " must be a map, found " + node.kind()));
    return Optional.empty();
  }

  public Node.MapNode node() {
    return map;
  }

  public boolean has(String key) {
    return map.get(key) != null;
  }

  /** The line of {@code key}, or of the map itself when the key is absent. */
  public int lineOf(String key) {
    Node.Entry entry = map.entries().get(key);
    return entry == null ? map.line() : entry.keyLine();
  }

  public void problem(int line, String message) {
    problems.add(new Problem(file, line, message));
  }

  public Optional<String> requiredText(String key) {
    Node node = map.get(key);
    if (node == null || (node instanceof Node.Scalar s && s.value() == null)) {
      missing(key);
      return Optional.empty();
    }
    return text(key, node);
  }

  public Optional<String> optionalText(String key) {
    Node node = map.get(key);
    if (node == null || (node instanceof Node.Scalar s && s.value() == null)) {
      return Optional.empty();
    }
    return text(key, node);
  }

  public Optional<Long> optionalInteger(String key) {
    Node node = map.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof Node.Scalar s && s.value() instanceof Long l) {
      return Optional.of(l);
    }
    wrongType(key, node, "a whole number");
    return Optional.empty();
  }

  public Optional<Double> optionalNumber(String key) {
    Node node = map.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof Node.Scalar s && s.value() instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    wrongType(key, node, "a number");
    return Optional.empty();
  }

  public Optional<Boolean> optionalBoolean(String key) {
    Node node = map.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof Node.Scalar s && s.value() instanceof Boolean b) {
      return Optional.of(b);
    }
    wrongType(key, node, "true or false");
    return Optional.empty();
  }

  public Optional<Node.MapNode> optionalMap(String key) {
    Node node = map.get(key);
    if (node == null || (node instanceof Node.Scalar s && s.value() == null)) {
      return Optional.empty();
    }
    if (node instanceof Node.MapNode m) {
      return Optional.of(m);
    }
    wrongType(key, node, "a map");
    return Optional.empty();
  }

  /** The items of a list, or empty (with a problem recorded) when it is missing or not a list. */
  public Optional<Node.ListNode> list(String key, boolean required) {
    Node node = map.get(key);
    if (node == null || (node instanceof Node.Scalar s && s.value() == null)) {
      if (required) {
        missing(key);
      }
      return Optional.empty();
    }
    if (node instanceof Node.ListNode l) {
      return Optional.of(l);
    }
    wrongType(key, node, "a list");
    return Optional.empty();
  }

  /**
   * A list of non-blank texts; each bad item is reported at its own line and left out.
   *
   * @return the good items with their lines, in file order
   */
  public List<Located<String>> textList(String key, boolean required) {
    List<Located<String>> out = new ArrayList<>();
    list(key, required)
        .ifPresent(
            list -> {
              for (Node item : list.items()) {
                if (item instanceof Node.Scalar s && s.value() instanceof String text) {
                  if (text.isBlank()) {
                    problems.add(
                        new Problem(file, item.line(), "empty item in '" + key + "'" + where));
                  } else {
                    out.add(new Located<>(text.strip(), item.line()));
                  }
                } else if (item instanceof Node.Scalar s
                    && (s.value() instanceof Number || s.value() instanceof Boolean)) {
                  // "yes", 42 and the like are text a person typed; keep them as text.
                  out.add(new Located<>(String.valueOf(s.value()), item.line()));
                } else {
                  problems.add(
                      new Problem(
                          file,
                          item.line(),
                          "each item in '"
                              + key
                              + "'"
                              + where
                              + " must be text, found "
                              + item.kind()));
                }
              }
            });
    return out;
  }

  private Optional<String> text(String key, Node node) {
    if (node instanceof Node.Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
      String text = String.valueOf(s.value()).strip();
      if (text.isEmpty()) {
        problems.add(new Problem(file, node.line(), "'" + key + "'" + where + " is empty"));
        return Optional.empty();
      }
      return Optional.of(text);
    }
    wrongType(key, node, "text");
    return Optional.empty();
  }

  private void missing(String key) {
    problems.add(new Problem(file, lineOf(key), "missing '" + key + "'" + where));
  }

  private void wrongType(String key, Node node, String expected) {
    problems.add(
        new Problem(
            file,
            node.line(),
            "'" + key + "'" + where + " must be " + expected + ", found " + node.kind()));
  }
}
