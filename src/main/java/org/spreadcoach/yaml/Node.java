package org.spreadcoach.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line it starts on. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  /** 1-based line where this value starts. */
  int line();

  /** A short name of the node's kind for "expected a list, found a map" messages. */
  String kind();

  /** A mapping; keys keep their file order and their own lines. */
  record MapNode(int line, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
      return "a map";
    }

    /** The value under {@code key}, or null when absent. */
    public Node get(String key) {
      Entry entry = entries.get(key);
      return entry == null ? null : entry.value();
    }
  }

  /** One key of a mapping, with the line of the key itself. */
  record Entry(String key, int keyLine, Node value) {}

  /** A sequence. */
  record ListNode(int line, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar: {@link String}, {@link Long}, {@link Double}, {@link Boolean} or null (YAML {@code
   * null} or an empty value).
   */
  record Scalar(int line, Object value) implements Node {
    @Override
    public String kind() {
      if (value == null) {
        return "nothing";
      }
      if (value instanceof String) {
        return "text";
      }
      if (value instanceof Boolean) {
        return "true/false";
      }
      return "a number";
    }
  }
}
