package org.spreadcoach.discord;

import static org.spreadcoach.config.Constraint.atLeast;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;
import org.spreadcoach.config.KeyRule;

/**
 * How the bot connects to Discord. Its keys (section {@code discord}) are declared here; the rest
 * comes from the environment and the intents.
 *
 * @param proxy config {@code discord.proxy}, or null to read the proxy from the environment
 * @param env the environment ({@code https_proxy}, {@code NO_PROXY} and friends)
 * @param maintainersChannel channel id where reload failures are reported, or null
 * @param loginTimeout how long to wait for Discord at start
 * @param totalShards how many processes share the bot's servers (Discord sharding)
 * @param shard which of them this process is, from 0
 */
public record DiscordSettings(
    String proxy,
    Map<String, String> env,
    String maintainersChannel,
    Duration loginTimeout,
    int totalShards,
    int shard) {

  public static final Key<String> PROXY =
      Key.optionalText(
          "discord.proxy",
          "outbound HTTP "
              + "proxy for Discord, such as http://proxy.example.nhs.uk:8080; when unset, "
              + "https_proxy/HTTPS_PROXY and NO_PROXY are read as curl does");
  public static final Key<String> MAINTAINERS_CHANNEL =
      Key.optionalText(
          "discord.maintainersChannel",
          "channel id where the bot reports intent files that fail to reload");
  public static final Key<Integer> TOTAL_SHARDS =
      Key.integer(
          "discord.totalShards",
          1,
          atLeast(1),
          "bot processes sharing the bot's servers (Discord sharding); each serves its "
              + "share of servers");
  public static final Key<Integer> SHARD =
      Key.integer("discord.shard", 0, atLeast(0), "which of those processes this one is, from 0");
  public static final Key<Duration> LOGIN_TIMEOUT =
      Key.duration(
          "discord.loginTimeout",
          Duration.ofSeconds(60),
          atLeast(Duration.ZERO),
          "how long to wait for Discord at start before giving up");
  public static final KeyRule<Integer, Integer> SHARD_RANGE =
      new KeyRule<>(
          SHARD,
          TOTAL_SHARDS,
          (shard, total) -> shard < total,
          "must be less than discord.totalShards");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS =
      List.of(PROXY, MAINTAINERS_CHANNEL, TOTAL_SHARDS, SHARD, LOGIN_TIMEOUT);

  public DiscordSettings {
    env = Map.copyOf(env);
    LOGIN_TIMEOUT.require(loginTimeout);
    TOTAL_SHARDS.require(totalShards);
    SHARD.require(shard);
    SHARD_RANGE.require(shard, totalShards);
  }

  /**
   * The settings {@code config} holds.
   *
   * @param env the environment, for the proxy variables
   */
  public static DiscordSettings from(Config config, Map<String, String> env) {
    return new DiscordSettings(
        config.get(PROXY),
        env,
        config.get(MAINTAINERS_CHANNEL),
        config.get(LOGIN_TIMEOUT),
        config.get(TOTAL_SHARDS),
        config.get(SHARD));
  }
}
