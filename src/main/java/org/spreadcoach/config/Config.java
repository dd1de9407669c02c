package org.spreadcoach.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole configuration, immutable, read only through typed {@link Key}s: {@code
 * config.get(NluSettings.THRESHOLD)}. Each settings record builds itself from it with its own keys,
 * so no string path is read outside this package. A class rather than a record, so that the untyped
 * values stay private.
 */
public final class Config {
  private final Map<String, Object> values;
  private final Map<String, Map<String, Map<String, Object>>> entries;

  /**
   * @param values checked values of the keys the file or the environment set, by path
   * @param entries of the free-form sections: by section, then id (file order), then key name
   */
  Config(Map<String, Object> values, Map<String, Map<String, Map<String, Object>>> entries) {
    this.values = Map.copyOf(values);
    Map<String, Map<String, Map<String, Object>>> copy = new LinkedHashMap<>();
    entries.forEach(
        (section, ids) -> {
          Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
          ids.forEach((id, v) -> byId.put(id, Map.copyOf(v)));
          copy.put(section, Collections.unmodifiableMap(byId));
        });
    this.entries = Collections.unmodifiableMap(copy);
  }

  /** Nothing set: every key has its declared default, no section has entries. */
  public static Config defaults() {
    return new Config(Map.of(), Map.of());
  }

  /** The key's value: as set in the file or the environment, else its default (null if none). */
  public <T> T get(Key<T> key) {
    return valueOr(values.get(key.path()), key);
  }

  /** Whether the file or the environment set {@code key}, rather than leaving its default. */
  public boolean isSet(Key<?> key) {
    return values.containsKey(key.path());
  }

  /** The ids of a free-form section's entries ({@code channels}), in file order. */
  public List<String> entryIds(String section) {
    return List.copyOf(entries.getOrDefault(section, Map.of()).keySet());
  }

  /** An entry key's value for one id ({@code channels.mode} of channel "123"), or its default. */
  public <T> T get(Key<T> key, String id) {
    Map<String, Object> entry =
        entries.getOrDefault(key.section(), Map.of()).getOrDefault(id, Map.of());
    return valueOr(entry.get(key.name()), key);
  }

  // The loader stored only values that key.type() read, so the cast cannot fail.
  @SuppressWarnings("unchecked")
  private static <T> T valueOr(Object value, Key<T> key) {
    return value == null ? key.defaultValue() : (T) value;
  }
}
