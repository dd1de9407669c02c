package org.spreadcoach.discord;

import java.time.Duration;
import java.util.Map;

/**
 * How the bot connects to Discord.
 *
 * @param proxy config {@code discord.proxy}, or null to read the proxy from the environment
 * @param env the environment ({@code https_proxy}, {@code NO_PROXY} and friends)
 * @param maintainersChannel channel id where reload failures are reported, or null
 * @param loginTimeout how long to wait for Discord at start
 * @param totalShards how many processes share the bot's servers (Discord sharding)
 * @param shard which of them this process is, from 0
 */
public record DiscordSettings(String proxy, Map<String, String> env, String maintainersChannel,
    Duration loginTimeout, int totalShards, int shard) {

  public DiscordSettings {
    env = Map.copyOf(env);
    if (totalShards < 1 || shard < 0 || shard >= totalShards) {
      throw new IllegalArgumentException("discord.shard must be from 0 to discord.totalShards - 1");
    }
  }
}
