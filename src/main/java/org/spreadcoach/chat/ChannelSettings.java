package org.spreadcoach.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * Per-channel behaviour from config, with a default for channels config does not name. Section
 * {@code channels} is free-form: each key is a channel id holding the keys declared here.
 *
 * @param defaultMode the mode of unnamed channels ({@code mention} on Discord, {@code ambient} in
 *     console and replay)
 * @param channels settings by channel id
 */
public record ChannelSettings(ChannelMode defaultMode, Map<String, Channel> channels) {

  public static final Key<ChannelMode> MODE =
      Key.optionalChoice(
          "channels.mode",
          ChannelMode.class,
          "off, mention or ambient; unset: the adapter's default (mention on "
              + "Discord, ambient in console and replay)");
  public static final Key<Boolean> LOG =
      Key.bool(
          "channels.log", false, "keep what the bot handles in the channel in the knowledge base");

  /** The keys of each channel, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(MODE, LOG);

  /**
   * One channel's settings.
   *
   * @param mode null to use the default
   * @param log whether handled messages in it go to the knowledge base
   */
  public record Channel(ChannelMode mode, boolean log) {}

  public ChannelSettings {
    channels = Map.copyOf(channels);
  }

  /** The channels {@code config} names, and {@code defaultMode} for the others. */
  public static ChannelSettings from(Config config, ChannelMode defaultMode) {
    Map<String, Channel> channels = new HashMap<>();
    for (String id : config.entryIds(MODE.section())) {
      channels.put(id, new Channel(config.get(MODE, id), config.get(LOG, id)));
    }
    return new ChannelSettings(defaultMode, channels);
  }

  public ChannelMode mode(String channel) {
    Channel c = channels.get(channel);
    return c == null || c.mode() == null ? defaultMode : c.mode();
  }

  public boolean logs(String channel) {
    Channel c = channels.get(channel);
    return c != null && c.log();
  }

  public ChannelSettings withDefault(ChannelMode mode) {
    return new ChannelSettings(mode, channels);
  }
}
