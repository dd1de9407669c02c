package org.spreadcoach.config;

import java.util.Locale;

/**
 * One scalar key of the config file, with its type and default. The list in {@link ConfigSchema}
 * is the single source of truth for what the file may contain.
 *
 * @param path dotted path, such as {@code nlu.threshold}
 * @param type how its value is read
 * @param defaultValue the value when neither the file nor the environment sets it (may be null)
 * @param doc one line for the example config
 */
public record ConfigKey(String path, Type type, Object defaultValue, String doc) {

  /** Value types a key can have. */
  public enum Type { TEXT, INTEGER, NUMBER, BOOLEAN, DURATION, TEXT_LIST }

  /** The environment variable that overrides it: {@code SPREADCOACH_} + path in capitals. */
  public String envName() {
    return ConfigSchema.ENV_PREFIX + path.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** The section part of the path ({@code nlu} for {@code nlu.threshold}), or empty. */
  public String section() {
    int dot = path.indexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** The last part of the path. */
  public String name() {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
