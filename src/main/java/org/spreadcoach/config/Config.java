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
    Map<String, Object> values, Map<String, ChannelSettings.Channel> channels, String source) {

  public Config {
    values = Map.copyOf(values);
    channels = Map.copyOf(channels);
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
        integer("nlu.cutoff"), new FeatureSettings(integer("nlu.wordNgrams"),
            integer("nlu.charMin"), integer("nlu.charMax"), bool("nlu.stem"), bool("nlu.tfidf")));
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
    return new Config(copy, channels, source);
  }

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
