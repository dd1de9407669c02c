package org.spreadcoach.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.yaml.MapReader;
import org.spreadcoach.yaml.Node;
import org.spreadcoach.yaml.Problem;
import org.spreadcoach.yaml.YamlSyntaxException;
import org.spreadcoach.yaml.YamlTree;

/**
 * Reads the config file (optional) and {@code SPREADCOACH_*} environment variables into a {@link
 * Config}. Every problem is reported, each as one sentence naming the key and where it was set.
 */
public final class ConfigLoader {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** A raw value and where it came from: a YAML node, or an environment variable's text. */
  private record Raw(Node node, String envName, String envText) {
    String where(String file) {
      return node != null ? file + ":" + node.line() : "environment variable " + envName;
    }
  }

  private ConfigLoader() {}

  /**
   * Loads the config.
   *
   * @param file the YAML file, or null for none (defaults and environment only)
   * @param env the environment, usually {@code System.getenv()}
   * @throws ConfigException listing every problem
   */
  public static Config load(Path file, Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Map<String, Raw> raws = new LinkedHashMap<>();
    Map<String, ChannelSettings.Channel> channels = new LinkedHashMap<>();
    String fileName = file == null ? "(no config file)" : file.toString();
    if (file != null) {
      readFile(file, raws, channels, problems);
    }
    for (ConfigKey key : ConfigSchema.KEYS) {
      String value = env.get(key.envName());
      if (value != null) {
        raws.put(key.path(), new Raw(null, key.envName(), value));
      }
    }
    env.keySet().stream().sorted()
        .filter(name -> name.startsWith(ConfigSchema.ENV_PREFIX))
        .filter(name -> !ConfigSchema.SECRET_ENV.contains(name))
        .filter(name -> !ConfigSchema.OTHER_ENV.contains(name))
        .filter(name -> ConfigSchema.KEYS.stream().noneMatch(k -> k.envName().equals(name)))
        .forEach(name -> problems.add("environment variable " + name
            + " does not name a config key (see deploy/config.example.yaml)."));
    Map<String, Object> values = new HashMap<>();
    for (ConfigKey key : ConfigSchema.KEYS) {
      Raw raw = raws.get(key.path());
      if (raw == null) {
        if (key.defaultValue() != null) {
          values.put(key.path(), key.defaultValue());
        }
        continue;
      }
      convert(key, raw).ifPresentOrElse(
          v -> {
            String range = checkRange(key.path(), v);
            if (range == null) {
              values.put(key.path(), v);
            } else {
              problems.add(raw.where(fileName) + ": '" + key.path() + "' " + range + ".");
            }
          },
          () -> problems.add(raw.where(fileName) + ": '" + key.path() + "' must be "
              + describe(key.type()) + ", found " + found(raw) + "."));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new Config(values, channels, raws.keySet(),
        file == null ? "defaults" : file.toString());
  }

  private static void readFile(Path file, Map<String, Raw> raws,
      Map<String, ChannelSettings.Channel> channels, List<String> problems) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(name + ": cannot read the config file (" + e.getClass().getSimpleName()
          + ").");
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
    MapReader.asMap(name, root, "the config file", found).ifPresent(map -> {
      MapReader top = new MapReader(name, map, "the config file", ConfigSchema.sections(), found);
      for (String section : ConfigSchema.sections()) {
        top.optionalMap(section).ifPresent(sectionMap -> {
          if (section.equals(ConfigSchema.CHANNELS)) {
            readChannels(name, sectionMap, channels, found);
            return;
          }
          MapReader r = new MapReader(name, sectionMap, "'" + section + "'",
              ConfigSchema.keysOf(section), found);
          for (String key : ConfigSchema.keysOf(section)) {
            Node value = r.node().get(key);
            if (value != null) {
              raws.put(section + "." + key, new Raw(value, null, null));
            }
          }
        });
      }
    });
    found.forEach(p -> problems.add(p + "."));
  }

  private static void readChannels(String file, Node.MapNode map,
      Map<String, ChannelSettings.Channel> channels, List<Problem> problems) {
    for (Node.Entry entry : map.entries().values()) {
      String where = "channel '" + entry.key() + "'";
      MapReader.asMap(file, entry.value(), "'channels." + entry.key() + "'", problems)
          .ifPresent(m -> {
            MapReader r = new MapReader(file, m, where, ConfigSchema.CHANNEL_KEYS, problems);
            ChannelMode mode = null;
            // YAML 1.1 reads a bare `off` as false; that is what the operator meant.
            boolean bareOff = m.get("mode") instanceof Node.Scalar s
                && Boolean.FALSE.equals(s.value());
            Optional<String> modeText = bareOff ? Optional.of("off") : r.optionalText("mode");
            if (modeText.isPresent()) {
              try {
                mode = ChannelMode.valueOf(modeText.get().toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                r.problem(r.lineOf("mode"), "'channels." + entry.key() + ".mode' must be off, "
                    + "mention or ambient, found '" + modeText.get() + "'");
              }
            }
            boolean log = r.optionalBoolean("log").orElse(false);
            channels.put(entry.key(), new ChannelSettings.Channel(mode, log));
          });
    }
  }

  private static Optional<Object> convert(ConfigKey key, Raw raw) {
    if (raw.node() != null) {
      return fromNode(key.type(), raw.node());
    }
    return fromText(key.type(), raw.envText().strip());
  }

  private static Optional<Object> fromNode(ConfigKey.Type type, Node node) {
    if (type == ConfigKey.Type.TEXT_LIST) {
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
    if (!(node instanceof Node.Scalar scalar) || scalar.value() == null) {
      return Optional.empty();
    }
    Object v = scalar.value();
    switch (type) {
      case TEXT:
        return v instanceof Boolean ? Optional.empty() : Optional.of(String.valueOf(v));
      case INTEGER:
        return v instanceof Long ? Optional.of(v) : Optional.empty();
      case NUMBER:
        return v instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
      case BOOLEAN:
        return v instanceof Boolean ? Optional.of(v) : Optional.empty();
      case DURATION:
        return v instanceof String s ? duration(s) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<Object> fromText(ConfigKey.Type type, String text) {
    try {
      switch (type) {
        case TEXT:
          return text.isEmpty() ? Optional.empty() : Optional.of(text);
        case INTEGER:
          return Optional.of(Long.parseLong(text));
        case NUMBER:
          return Optional.of(Double.parseDouble(text));
        case BOOLEAN:
          if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(text));
          }
          return Optional.empty();
        case DURATION:
          return duration(text);
        case TEXT_LIST:
          return Optional.of(List.of(text.split("\\s*,\\s*")));
        default:
          return Optional.empty();
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** ISO-8601 ({@code PT5M}) or the short forms {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}. */
  static Optional<Object> duration(String text) {
    Matcher m = SHORT_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms": return Optional.of(Duration.ofMillis(n));
        case "s": return Optional.of(Duration.ofSeconds(n));
        case "m": return Optional.of(Duration.ofMinutes(n));
        case "h": return Optional.of(Duration.ofHours(n));
        default: return Optional.of(Duration.ofDays(n));
      }
    }
    try {
      return Optional.of(Duration.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A sentence fragment when the value is out of range, else null. */
  private static String checkRange(String path, Object value) {
    if (value instanceof Double d && (path.endsWith("threshold") || path.endsWith("Threshold")
        || path.equals("nlu.margin")) && (d < 0 || d > 1)) {
      return "must be between 0 and 1, found " + d;
    }
    if (value instanceof Double d && d < 0) {
      return "must not be negative, found " + d;
    }
    if (value instanceof Long l && l < 0) {
      return "must not be negative, found " + l;
    }
    if (value instanceof Duration d && d.isNegative()) {
      return "must not be negative, found " + d;
    }
    if (path.equals("coach.promptsPerReply") && value instanceof Long l && (l < 1 || l > 5)) {
      return "must be between 1 and 5, found " + l;
    }
    if ((path.equals("nlu.iterations") || path.equals("nlu.threads") || path.equals(
        "nlu.wordNgrams")) && value instanceof Long l && l < 1) {
      return "must be at least 1, found " + l;
    }
    return null;
  }

  private static String describe(ConfigKey.Type type) {
    switch (type) {
      case INTEGER: return "a whole number";
      case NUMBER: return "a number";
      case BOOLEAN: return "true or false";
      case DURATION: return "a duration such as PT5M or 5m";
      case TEXT_LIST: return "a list of text";
      default: return "text";
    }
  }

  private static String found(Raw raw) {
    if (raw.node() != null) {
      return raw.node().kind();
    }
    return "'" + raw.envText() + "'";
  }
}
