package org.spreadcoach.chat;

import java.util.Map;

/**
 * Per-channel behaviour from config, with a default for channels config does not name.
 *
 * @param defaultMode the mode of unnamed channels ({@code mention} on Discord, {@code ambient} in
 *     console and replay)
 * @param channels settings by channel id
 */
public record ChannelSettings(ChannelMode defaultMode, Map<String, Channel> channels) {

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
