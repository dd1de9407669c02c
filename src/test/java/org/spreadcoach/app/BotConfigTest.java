package org.spreadcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.RolesSettings;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.ConfigException;
import org.spreadcoach.config.Key;
import org.spreadcoach.config.KeyRule;
import org.spreadcoach.discord.DiscordSettings;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.text.FeatureSettings;
import org.spreadcoach.nlu.training.ModelCache;
import org.spreadcoach.review.ReviewSettings;
import org.spreadcoach.rounds.RoundSettings;

/**
 * The bot's schema holds every key the code declares, and each settings record is built from its
 * keys: its defaults are the declared defaults, and changing any one key changes the record.
 */
class BotConfigTest {
  /** A settings record and how it is built from config. */
  private record Settings(String name, List<Key<?>> keys, Function<Config, Object> build) {}

  private static final List<Settings> RECORDS =
      List.of(
          new Settings("intents", IntentsSettings.KEYS, IntentsSettings::from),
          new Settings("http", HttpSettings.KEYS, HttpSettings::from),
          new Settings("nlu", concat(NluSettings.KEYS, FeatureSettings.KEYS), NluSettings::from),
          new Settings("coach", CoachSettings.KEYS, CoachSettings::from),
          new Settings("roles", RolesSettings.KEYS, RolesSettings::from),
          new Settings("rounds", RoundSettings.KEYS, RoundSettings::from),
          new Settings("discord", DiscordSettings.KEYS, c -> DiscordSettings.from(c, Map.of())),
          new Settings("kb", KbSettings.KEYS, KbSettings::from),
          new Settings("privacy", PrivacySettings.KEYS, PrivacySettings::from),
          new Settings("review", ReviewSettings.KEYS, ReviewSettings::from));

  @Test
  void everyKeyConstantInTheCodeIsInTheSchema() throws Exception {
    Set<Key<?>> declared = new HashSet<>();
    Path classes =
        Path.of(BotConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (Class<?> type : classes(classes)) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Key.class) {
          field.setAccessible(true);
          declared.add((Key<?>) field.get(null));
        }
      }
    }

    assertThat(declared).as("found by scanning " + classes).hasSizeGreaterThan(30);
    assertThat(BotConfig.SCHEMA.allKeys()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void theRecordsDefaultsAreWhatLoadingNothingGives() {
    Config nothing = BotConfig.load(null, Map.of());

    assertThat(NluSettings.defaults()).isEqualTo(NluSettings.from(nothing));
    assertThat(FeatureSettings.defaults()).isEqualTo(FeatureSettings.from(nothing));
    assertThat(CoachSettings.defaults()).isEqualTo(CoachSettings.from(nothing));
    for (Settings settings : RECORDS) {
      assertThat(settings.build().apply(nothing))
          .as(settings.name())
          .isEqualTo(settings.build().apply(Config.defaults()));
    }
  }

  @Test
  void everyKeyReachesItsSettingsRecord() {
    Set<Key<?>> covered = new HashSet<>();
    for (Settings settings : RECORDS) {
      for (Key<?> key : settings.keys()) {
        Change change = change(key);

        assertThat(settings.build().apply(change.after()))
            .as(key.path() + " reaches " + settings.name())
            .isNotEqualTo(settings.build().apply(change.before()));
        covered.add(key);
      }
    }
    Config off = load(Map.of(ModelCache.DIR.envName(), "off")).orElseThrow();
    assertThat(ModelCache.from(off).isOff()).isTrue();
    assertThat(ModelCache.from(Config.defaults()).isOff()).isFalse();
    covered.add(ModelCache.DIR);

    assertThat(covered).containsExactlyInAnyOrderElementsOf(BotConfig.SCHEMA.keys());
  }

  /** Two configs that differ in {@code key} only. */
  private record Change(Config before, Config after) {}

  /**
   * A change of {@code key} alone, through its variable, to another valid value. A key bound by a
   * rule (discord.shard stays below discord.totalShards) may need the other key moved first, in
   * both configs.
   */
  private static Change change(Key<?> key) {
    List<Map<String, String>> contexts = new ArrayList<>(List.of(Map.of()));
    for (KeyRule<?, ?> rule : BotConfig.SCHEMA.rules()) {
      Key<?> other =
          rule.key().equals(key) ? rule.other() : rule.other().equals(key) ? rule.key() : null;
      if (other != null) {
        candidates(other).forEach(text -> contexts.add(Map.of(other.envName(), text)));
      }
    }
    for (Map<String, String> context : contexts) {
      Optional<Config> before = load(context);
      for (String text : before.isPresent() ? candidates(key) : List.<String>of()) {
        Map<String, String> env = new HashMap<>(context);
        env.put(key.envName(), text);
        Optional<Config> after = load(env);
        if (after.isPresent() && !Objects.equals(after.get().get(key), before.get().get(key))) {
          return new Change(before.get(), after.get());
        }
      }
    }
    throw new AssertionError("no other valid value found for " + key.path());
  }

  /** Values to try for {@code key}, as its variable's text. */
  private static List<String> candidates(Key<?> key) {
    Object d = key.defaultValue();
    if (d == null) {
      return List.of("8080", "elsewhere");
    } else if (d instanceof Integer i) {
      return List.of(String.valueOf(i + 1), String.valueOf(i - 1));
    } else if (d instanceof Double x) {
      return List.of(String.valueOf(x / 2), String.valueOf(x + 0.05));
    } else if (d instanceof Boolean b) {
      return List.of(String.valueOf(!b));
    } else if (d instanceof Duration t) {
      return List.of(t.plusSeconds(1).toString());
    }
    return List.of("elsewhere");
  }

  private static Optional<Config> load(Map<String, String> env) {
    try {
      return Optional.of(BotConfig.load(null, env));
    } catch (ConfigException e) {
      return Optional.empty();
    }
  }

  private static List<Class<?>> classes(Path root) throws IOException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file)
                .toString()
                .replace(file.getFileSystem().getSeparator(), ".")
                .replaceAll("\\.class$", "");
        if (name.startsWith("org.spreadcoach.")) {
          out.add(load(name));
        }
      }
    }
    return out;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BotConfigTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  private static List<Key<?>> concat(List<Key<?>> a, List<Key<?>> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
