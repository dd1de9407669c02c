package org.spreadcoach.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.RolesSettings;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.ConfigLoader;
import org.spreadcoach.config.ConfigSchema;
import org.spreadcoach.discord.DiscordSettings;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.text.FeatureSettings;
import org.spreadcoach.nlu.training.ModelCache;
import org.spreadcoach.review.ReviewSettings;
import org.spreadcoach.rounds.RoundSettings;

/**
 * The bot's config schema, assembled in this one place from the keys each settings record declares,
 * and loading a config against it. A new key touches its record and deploy/config.example.yaml; a
 * new section, one line here.
 */
public final class BotConfig {
  /** Every key, rule and free-form section of the bot's config, in the example file's order. */
  public static final ConfigSchema SCHEMA =
      ConfigSchema.builder()
          .keys(IntentsSettings.KEYS)
          .keys(HttpSettings.KEYS)
          .keys(NluSettings.KEYS)
          .keys(FeatureSettings.KEYS)
          .keys(List.of(ModelCache.DIR))
          .keys(CoachSettings.KEYS)
          .keys(RolesSettings.KEYS)
          .keys(RoundSettings.KEYS)
          .keys(DiscordSettings.KEYS)
          .keys(KbSettings.KEYS)
          .keys(PrivacySettings.KEYS)
          .keys(ReviewSettings.KEYS)
          .entries(ChannelSettings.KEYS)
          .rules(
              List.of(
                  FeatureSettings.CHAR_RANGE,
                  RoundSettings.DEFAULT_WITHIN_MAX,
                  DiscordSettings.SHARD_RANGE))
          // Read by the product but not keys: the secrets (through Secrets, never echoed) and the
          // log
          // levels (logback.xml). A test's own variables are not listed: the loader leaves alone
          // every variable that does not start like a key of one of the sections above.
          .readElsewhere(
              KbSettings.PASSWORD_ENV,
              PrivacySettings.KEY_ENV,
              "SPREADCOACH_LOG_LEVEL",
              "SPREADCOACH_JAVACORD_LOG_LEVEL")
          .build();

  private BotConfig() {}

  /**
   * Loads the bot's config.
   *
   * @param file the YAML file, or null for defaults and environment only
   * @param env the environment, usually {@code System.getenv()}
   * @throws org.spreadcoach.config.ConfigException listing every problem
   */
  public static Config load(Path file, Map<String, String> env) {
    return new ConfigLoader(SCHEMA).load(file, env);
  }
}
