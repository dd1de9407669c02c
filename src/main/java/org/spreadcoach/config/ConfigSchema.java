package org.spreadcoach.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a config file may hold: the keys the settings records declare, the rules between keys, the
 * free-form sections whose keys are ids (such as {@code channels}, each id with its own keys), and
 * the variables under {@link #ENV_PREFIX} that the product reads for itself rather than as keys. It
 * knows no feature: the app assembles the bot's schema from the records' key lists, so this package
 * depends on none of them.
 */
public final class ConfigSchema {
  /** Prefix of the environment variables that override keys. */
  public static final String ENV_PREFIX = "SPREADCOACH_";

  private final Map<String, Key<?>> keys;
  private final List<Key<?>> keyList;
  private final Map<String, Key<?>> entryKeys;
  private final List<KeyRule<?, ?>> rules;
  private final Set<String> readElsewhere;

  private ConfigSchema(Builder b) {
    this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(b.keys));
    this.keyList = List.copyOf(b.keys.values());
    this.entryKeys = Collections.unmodifiableMap(new LinkedHashMap<>(b.entryKeys));
    this.rules = List.copyOf(b.rules);
    this.readElsewhere = Collections.unmodifiableSet(new LinkedHashSet<>(b.readElsewhere));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The keys of the fixed sections, in declaration order; each has its variable. */
  public List<Key<?>> keys() {
    return keyList;
  }

  /** The keys each entry of a free-form section may hold ({@code channels.mode}). */
  public List<Key<?>> entryKeys() {
    return List.copyOf(entryKeys.values());
  }

  /** Every key, fixed and per entry. */
  public List<Key<?>> allKeys() {
    List<Key<?>> all = new ArrayList<>(keys.values());
    all.addAll(entryKeys.values());
    return List.copyOf(all);
  }

  public List<KeyRule<?, ?>> rules() {
    return rules;
  }

  /** The key at {@code path} in a fixed section, or null. */
  public Key<?> key(String path) {
    return keys.get(path);
  }

  /** Variables under the prefix that are not keys but something the product reads. */
  public Set<String> readElsewhere() {
    return readElsewhere;
  }

  /** Section names in declaration order: the fixed ones, then the free-form ones. */
  Set<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    keys.values().forEach(k -> sections.add(k.section()));
    entryKeys.values().forEach(k -> sections.add(k.section()));
    return sections;
  }

  /** Whether {@code section} is free-form: its keys are ids, each holding entry keys. */
  boolean isEntrySection(String section) {
    return entryKeys.values().stream().anyMatch(k -> k.section().equals(section));
  }

  /** The keys of one section (fixed, or of each entry of a free-form one), by name. */
  Map<String, Key<?>> keysOf(String section) {
    Map<String, Key<?>> out = new LinkedHashMap<>();
    for (Key<?> k : isEntrySection(section) ? entryKeys.values() : keys.values()) {
      if (k.section().equals(section)) {
        out.put(k.name(), k);
      }
    }
    return out;
  }

  /**
   * Whether an environment variable that names no key would have been meant as one: it starts with
   * the prefix and a section's name ({@code SPREADCOACH_NLU_TRESHOLD}). Other variables under the
   * prefix are not this loader's to judge: what a test suite sets for itself, what an operator's
   * tooling sets, and so on; rejecting them would stop a bot that was configured correctly. The
   * product's own non-key variables that do start with a section's name (the knowledge base's
   * password) are listed with {@link Builder#readElsewhere}. The price: a misspelt section ({@code
   * SPREADCOACH_NUL_THRESHOLD}) goes unnoticed, like any variable nothing reads.
   */
  boolean looksLikeKey(String variable) {
    if (!variable.startsWith(ENV_PREFIX) || readElsewhere.contains(variable)) {
      return false;
    }
    String rest = variable.substring(ENV_PREFIX.length());
    String word = rest.contains("_") ? rest.substring(0, rest.indexOf('_')) : rest;
    return sections().stream().anyMatch(s -> s.toUpperCase(Locale.ROOT).equals(word));
  }

  /** Assembles a schema; {@link #build} checks that the declarations agree with each other. */
  public static final class Builder {
    private final Map<String, Key<?>> keys = new LinkedHashMap<>();
    private final Map<String, Key<?>> entryKeys = new LinkedHashMap<>();
    private final List<KeyRule<?, ?>> rules = new ArrayList<>();
    private final Set<String> readElsewhere = new LinkedHashSet<>();

    private Builder() {}

    /** Keys of fixed sections. */
    public Builder keys(Collection<? extends Key<?>> more) {
      for (Key<?> k : more) {
        if (keys.putIfAbsent(k.path(), k) != null || entryKeys.containsKey(k.path())) {
          throw new IllegalStateException("config key " + k.path() + " is declared twice");
        }
      }
      return this;
    }

    /**
     * The keys of each entry of a free-form section, such as {@code channels.mode}: the file names
     * entries by id ({@code channels: {"123": {mode: ambient}}}); no variable sets them.
     */
    public Builder entries(Collection<? extends Key<?>> more) {
      for (Key<?> k : more) {
        if (entryKeys.putIfAbsent(k.path(), k) != null || keys.containsKey(k.path())) {
          throw new IllegalStateException("config key " + k.path() + " is declared twice");
        }
      }
      return this;
    }

    public Builder rules(Collection<? extends KeyRule<?, ?>> more) {
      rules.addAll(more);
      return this;
    }

    /** Variables under the prefix that the product reads itself: secrets, log levels. */
    public Builder readElsewhere(String... names) {
      readElsewhere.addAll(List.of(names));
      return this;
    }

    public ConfigSchema build() {
      for (Key<?> k : entryKeys.values()) {
        if (keys.values().stream().anyMatch(f -> f.section().equals(k.section()))) {
          throw new IllegalStateException(
              "section " + k.section() + " is both fixed and free-form");
        }
      }
      for (KeyRule<?, ?> rule : rules) {
        if (!rule.key().equals(keys.get(rule.key().path()))
            || !rule.other().equals(keys.get(rule.other().path()))) {
          throw new IllegalStateException(
              "a rule on "
                  + rule.key().path()
                  + " and "
                  + rule.other().path()
                  + " names a key the schema does not hold");
        }
        checkDefaults(rule);
      }
      for (String name : readElsewhere) {
        if (keys.values().stream().anyMatch(k -> k.envName().equals(name))) {
          throw new IllegalStateException(name + " is a config key's variable");
        }
      }
      return new ConfigSchema(this);
    }

    private static <A, B> void checkDefaults(KeyRule<A, B> rule) {
      rule.problem(rule.key().defaultValue(), rule.other().defaultValue())
          .ifPresent(
              p -> {
                throw new IllegalStateException(
                    "the defaults break a rule: " + rule.key().path() + " " + p);
              });
    }
  }
}
