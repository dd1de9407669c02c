package org.spreadcoach.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.nlu.FeatureSettings;
import org.spreadcoach.nlu.NluSettings;

/**
 * The whole configuration, immutable. Each feature gets its own settings record from it, so no
 * feature depends on this class.
 *
 * @param values typed value of every schema key (defaults filled in)
 * @param channels per-channel settings by channel id
 * @param source where the values came from, for the start-up log line
 */
public record Config(
    Map<String, Object> values, Map<String, ChannelSettings.Channel> channels,
    java.util.Set<String> explicit, String source) {

  public Config {
    values = Map.copyOf(values);
    channels = Map.copyOf(channels);
    explicit = java.util.Set.copyOf(explicit);
  }

  /** Whether the file or the environment set {@code path}, rather than its default. */
  public boolean isSet(String path) {
    return explicit.contains(path);
  }

  /** Defaults only: no file, no environment. */
  public static Config defaults() {
    return ConfigLoader.load(null, Map.of());
  }

  public Path intentsDir() {
    return Path.of(text("intents.dir"));
  }

  public NluSettings nlu() {
    return new NluSettings(number("nlu.threshold"), number("nlu.margin"),
        integer("nlu.iterations"), number("nlu.l1"), number("nlu.l2"), integer("nlu.threads"),
        number("nlu.temperature"), integer("nlu.cutoff"),
        new FeatureSettings(integer("nlu.wordNgrams"), integer("nlu.charMin"),
            integer("nlu.charMax"), bool("nlu.stem"), bool("nlu.tfidf")));
  }

  /** Where trained models are kept ({@code nlu.modelCache}), or no cache when it is "off". */
  public org.spreadcoach.nlu.ModelCache modelCache() {
    String dir = text("nlu.modelCache");
    return dir == null || dir.isBlank() || dir.equals("off")
        ? org.spreadcoach.nlu.ModelCache.off()
        : org.spreadcoach.nlu.ModelCache.withBuiltIn(Path.of(dir));
  }

  public CoachSettings coach() {
    return new CoachSettings(number("coach.ambientThreshold"), duration("coach.ambientCooldown"),
        integer("coach.promptsPerReply"), duration("coach.promptMemory"), 2_000);
  }

  /** Channel settings with {@code defaultMode} for channels config does not name. */
  public ChannelSettings channels(ChannelMode defaultMode) {
    return new ChannelSettings(defaultMode, channels);
  }

  /** A copy with one key changed, for command-line flags that override config. */
  public Config with(String path, Object value) {
    if (ConfigSchema.key(path) == null) {
      throw new IllegalArgumentException("no config key " + path);
    }
    Map<String, Object> copy = new java.util.HashMap<>(values);
    copy.put(path, value);
    java.util.Set<String> set = new java.util.HashSet<>(explicit);
    set.add(path);
    return new Config(copy, channels, set, source);
  }

  /** Role names allowed to run facilitator commands. */
  public java.util.Set<String> facilitatorRoles() {
    return java.util.Set.copyOf(textList("roles.facilitators"));
  }

  /** Round rules. */
  public org.spreadcoach.rounds.RoundSettings rounds() {
    return new org.spreadcoach.rounds.RoundSettings(facilitatorRoles(),
        integer("rounds.defaultMinutes"), integer("rounds.maxMinutes"), Duration.ofMinutes(1));
  }

  /** Role names allowed to run maintainer commands. */
  public java.util.Set<String> maintainerRoles() {
    return java.util.Set.copyOf(textList("roles.maintainers"));
  }

  /** Where the knowledge base lives and how to reach it; the password is read separately. */
  public KbLocation kb() {
    return new KbLocation(text("kb.url"), text("kb.user"), text("kb.passwordFile"),
        integer("kb.poolSize"), Duration.ofDays(integer("kb.retentionDays")));
  }

  /**
   * The knowledge base's settings.
   *
   * @param url JDBC URL
   * @param user PostgreSQL user, or null
   * @param passwordFile owner-only password file, or null
   * @param poolSize connections
   * @param retention how long rows are kept
   */
  public record KbLocation(String url, String user, String passwordFile, int poolSize,
      Duration retention) {}

  public String text(String path) {
    Object v = values.get(path);
    return v == null ? null : v.toString();
  }

  public double number(String path) {
    return ((Number) values.get(path)).doubleValue();
  }

  public int integer(String path) {
    return ((Number) values.get(path)).intValue();
  }

  public boolean bool(String path) {
    return (Boolean) values.get(path);
  }

  public Duration duration(String path) {
    return (Duration) values.get(path);
  }

  @SuppressWarnings("unchecked")
  public List<String> textList(String path) {
    return (List<String>) values.get(path);
  }
}
