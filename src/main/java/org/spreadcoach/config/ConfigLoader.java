package org.spreadcoach.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spreadcoach.yaml.MapReader;
import org.spreadcoach.yaml.Node;
import org.spreadcoach.yaml.Problem;
import org.spreadcoach.yaml.YamlSyntaxException;
import org.spreadcoach.yaml.YamlTree;

/**
 * Reads the config file (optional) and {@code SPREADCOACH_*} environment variables into a {@link
 * Config}, checking every value against its {@link Key}. Every problem is reported, each as one
 * sentence naming the key and where it was set: {@code file:line} or the variable's name.
 */
public final class ConfigLoader {
  private final ConfigSchema schema;

  /** A raw value and where it came from: a YAML node, or an environment variable's text. */
  private record Raw(Node node, String envName, String envText) {
    String where(String file) {
      return node != null ? file + ":" + node.line() : "environment variable " + envName;
    }

    /** What was there, for "found ..." : the value as written, or the kind of YAML node. */
    String found() {
      if (node == null) {
        return "'" + envText + "'";
      }
      return node instanceof Node.Scalar s && s.value() != null
          ? "'" + s.value() + "'"
          : node.kind();
    }
  }

  public ConfigLoader(ConfigSchema schema) {
    this.schema = schema;
  }

  /**
   * Loads the config.
   *
   * @param file the YAML file, or null for none (defaults and environment only)
   * @param env the environment, usually {@code System.getenv()}
   * @throws ConfigException listing every problem
   */
  public Config load(Path file, Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Map<String, Raw> raws = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Object>>> entries = new LinkedHashMap<>();
    String fileName = file == null ? "(no config file)" : file.toString();
    if (file != null) {
      readFile(file, raws, entries, problems);
    }
    for (Key<?> key : schema.keys()) {
      String value = env.get(key.envName());
      if (value != null) {
        raws.put(key.path(), new Raw(null, key.envName(), value.strip()));
      }
    }
    env.keySet().stream()
        .sorted()
        .filter(name -> schema.keys().stream().noneMatch(k -> k.envName().equals(name)))
        .filter(schema::looksLikeKey)
        .forEach(
            name ->
                problems.add(
                    "environment variable "
                        + name
                        + " does not name a config key (see deploy/config.example.yaml)."));
    Map<String, Object> values = new HashMap<>();
    for (Key<?> key : schema.keys()) {
      Raw raw = raws.get(key.path());
      if (raw != null) {
        read(key, key.path(), raw, fileName, problems).ifPresent(v -> values.put(key.path(), v));
      }
    }
    Config config = new Config(values, entries);
    for (KeyRule<?, ?> rule : schema.rules()) {
      check(rule, config, raws, fileName, problems);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return config;
  }

  /** The value of {@code raw}, checked; or empty, with the problem added. */
  private static <T> Optional<T> read(
      Key<T> key, String shownPath, Raw raw, String file, List<String> problems) {
    Optional<T> value =
        raw.node() != null ? key.type().read(raw.node()) : key.type().read(raw.envText());
    if (value.isEmpty()) {
      problems.add(
          raw.where(file)
              + ": '"
              + shownPath
              + "' must be "
              + key.type().description()
              + ", found "
              + raw.found()
              + ".");
      return Optional.empty();
    }
    Optional<String> problem = key.problem(value.get());
    problem.ifPresent(p -> problems.add(raw.where(file) + ": '" + shownPath + "' " + p + "."));
    return problem.isPresent() ? Optional.empty() : value;
  }

  /**
   * Checks a rule between two keys, once both are usable; a broken rule is reported where its first
   * key was set, or else where the second was (the defaults always agree).
   */
  private static <A, B> void check(
      KeyRule<A, B> rule,
      Config config,
      Map<String, Raw> raws,
      String file,
      List<String> problems) {
    boolean keySet = raws.containsKey(rule.key().path());
    boolean otherSet = raws.containsKey(rule.other().path());
    if ((keySet && !config.isSet(rule.key())) || (otherSet && !config.isSet(rule.other()))) {
      return; // a value was unusable, and that is reported already
    }
    Raw raw = keySet ? raws.get(rule.key().path()) : raws.get(rule.other().path());
    if (raw == null) {
      return; // both defaults, which agree
    }
    rule.problem(config.get(rule.key()), config.get(rule.other()))
        .ifPresent(p -> problems.add(raw.where(file) + ": '" + rule.key().path() + "' " + p + "."));
  }

  private void readFile(
      Path file,
      Map<String, Raw> raws,
      Map<String, Map<String, Map<String, Object>>> entries,
      List<String> problems) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(name + ": cannot read the config file (" + e.getClass().getSimpleName() + ").");
      return;
    }
    Node root;
    try {
      root = YamlTree.parse(name, text);
    } catch (YamlSyntaxException e) {
      problems.add(e.problem() + ".");
      return;
    }
    if (root instanceof Node.Scalar s && s.value() == null) {
      return;
    }
    List<Problem> found = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    MapReader.asMap(name, root, "the config file", found)
        .ifPresent(
            map -> {
              MapReader top = new MapReader(name, map, "the config file", schema.sections(), found);
              for (String section : schema.sections()) {
                top.optionalMap(section)
                    .ifPresent(
                        sectionMap -> {
                          if (schema.isEntrySection(section)) {
                            entries.put(
                                section, readEntries(name, section, sectionMap, found, checked));
                            return;
                          }
                          MapReader r =
                              new MapReader(
                                  name,
                                  sectionMap,
                                  "'" + section + "'",
                                  schema.keysOf(section).keySet(),
                                  found);
                          for (String key : schema.keysOf(section).keySet()) {
                            Node value = r.node().get(key);
                            if (value != null) {
                              raws.put(section + "." + key, new Raw(value, null, null));
                            }
                          }
                        });
              }
            });
    found.forEach(p -> problems.add(p + "."));
    problems.addAll(checked);
  }

  /** The entries of a free-form section, by id, with their checked values by key name. */
  private Map<String, Map<String, Object>> readEntries(
      String file, String section, Node.MapNode map, List<Problem> found, List<String> problems) {
    Map<String, Key<?>> keys = schema.keysOf(section);
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Node.Entry entry : map.entries().values()) {
      String path = section + "." + entry.key();
      MapReader.asMap(file, entry.value(), "'" + path + "'", found)
          .ifPresent(
              m -> {
                // Constructing the reader reports the keys this entry may not hold.
                new MapReader(file, m, "'" + path + "'", keys.keySet(), found);
                Map<String, Object> values = new HashMap<>();
                for (Key<?> key : keys.values()) {
                  Node node = m.get(key.name());
                  if (node != null) {
                    read(key, path + "." + key.name(), new Raw(node, null, null), file, problems)
                        .ifPresent(v -> values.put(key.name(), v));
                  }
                }
                byId.put(entry.key(), values);
              });
    }
    return byId;
  }
}
