package org.spreadcoach.config;

import static org.spreadcoach.config.ConfigKey.Type.BOOLEAN;
import static org.spreadcoach.config.ConfigKey.Type.DURATION;
import static org.spreadcoach.config.ConfigKey.Type.INTEGER;
import static org.spreadcoach.config.ConfigKey.Type.NUMBER;
import static org.spreadcoach.config.ConfigKey.Type.TEXT;
import static org.spreadcoach.config.ConfigKey.Type.TEXT_LIST;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every key the config file may hold, with its type and default. {@code channels} is the one
 * free-form section: its keys are channel ids, each with {@code mode} and {@code log}.
 */
public final class ConfigSchema {
  /** Prefix of the environment variables that override keys. */
  public static final String ENV_PREFIX = "SPREADCOACH_";

  /** The section whose keys are channel ids. */
  public static final String CHANNELS = "channels";

  /** Keys allowed under each channel id. */
  public static final Set<String> CHANNEL_KEYS = Set.of("mode", "log");

  public static final List<ConfigKey> KEYS = List.of(
      new ConfigKey("intents.dir", TEXT, "intents",
          "directory of intent files; the bundled ones are used when it does not exist"),
      new ConfigKey("intents.watch", BOOLEAN, true,
          "reload the intents when a file in intents.dir changes (the old model keeps serving "
              + "if the new files are bad)"),
      new ConfigKey("http.port", INTEGER, null,
          "port for /healthz and /metrics (also --http-port); off when unset"),
      new ConfigKey("http.host", TEXT, "127.0.0.1",
          "address the health and metrics endpoint listens on (0.0.0.0 in a container)"),
      new ConfigKey("nlu.threshold", NUMBER, 0.4,
          "least probability of the best intent for a message to count as in scope"),
      new ConfigKey("nlu.margin", NUMBER, 0.1,
          "least lead of the best intent over the runner-up"),
      new ConfigKey("nlu.iterations", INTEGER, 15L, "most iterations of the maxent trainer"),
      new ConfigKey("nlu.l1", NUMBER, 0.0, "L1 regularisation of the maxent trainer"),
      new ConfigKey("nlu.l2", NUMBER, 0.01, "L2 regularisation of the maxent trainer"),
      new ConfigKey("nlu.threads", INTEGER, 2L,
          "threads the trainer uses (the same number always gives the same model)"),
      new ConfigKey("nlu.temperature", NUMBER, 0.5,
          "confidence sharpening: scores are divided by it before the softmax (below 1 sharper)"),
      new ConfigKey("nlu.cutoff", INTEGER, 2L,
          "least number of training messages a feature must occur in to be kept"),
      new ConfigKey("nlu.wordNgrams", INTEGER, 2L, "longest word n-gram feature"),
      new ConfigKey("nlu.charMin", INTEGER, 4L,
          "shortest character n-gram inside a word (0 turns them off)"),
      new ConfigKey("nlu.charMax", INTEGER, 4L, "longest character n-gram inside a word"),
      new ConfigKey("nlu.stem", BOOLEAN, false, "build word n-grams from Snowball stems"),
      new ConfigKey("nlu.tfidf", BOOLEAN, true,
          "weigh features by tf-idf normalised per message instead of counting them"),
      new ConfigKey("nlu.modelCache", TEXT, "data/models",
          "directory where trained models are kept, filed by a hash of the intents, settings and "
              + "code, so a start with unchanged intents loads the model instead of training it; "
              + "off to train at every start"),
      new ConfigKey("coach.ambientThreshold", NUMBER, 0.5,
          "least confidence for an unprompted reply in an ambient channel"),
      new ConfigKey("coach.ambientCooldown", DURATION, Duration.ofMinutes(5),
          "least time between two unprompted replies in one channel (ISO-8601, e.g. PT5M)"),
      new ConfigKey("coach.promptsPerReply", INTEGER, 3L,
          "coaching prompts asked in one reply (2 or 3 reads best)"),
      new ConfigKey("coach.promptMemory", DURATION, Duration.ofDays(7),
          "how long a person is not asked the same prompt again"),
      new ConfigKey("roles.facilitators", TEXT_LIST, List.of("facilitator"),
          "role names that may start and close co-coaching rounds"),
      new ConfigKey("roles.maintainers", TEXT_LIST, List.of("maintainer"),
          "role names that may search the knowledge base and reload intents"),
      new ConfigKey("rounds.defaultMinutes", INTEGER, 10L,
          "length of a co-coaching round when `minutes` is not given"),
      new ConfigKey("rounds.maxMinutes", INTEGER, 120L, "longest co-coaching round allowed"),
      new ConfigKey("discord.proxy", TEXT, null, "outbound HTTP proxy for Discord, such as "
          + "http://proxy.example.nhs.uk:8080; when unset, https_proxy/HTTPS_PROXY and "
          + "NO_PROXY are read as curl does"),
      new ConfigKey("discord.maintainersChannel", TEXT, null,
          "channel id where the bot reports intent files that fail to reload"),
      new ConfigKey("discord.totalShards", INTEGER, 1L, "bot processes sharing the bot's "
          + "servers (Discord sharding); each serves its share of servers"),
      new ConfigKey("discord.shard", INTEGER, 0L, "which of those processes this one is, "
          + "from 0"),
      new ConfigKey("discord.loginTimeout", DURATION, Duration.ofSeconds(60),
          "how long to wait for Discord at start before giving up"),
      new ConfigKey("kb.url", TEXT, "jdbc:sqlite:data/spreadcoach.db",
          "knowledge base: jdbc:sqlite:PATH (embedded) or jdbc:postgresql://HOST:PORT/DB "
              + "(shared); replay uses a private in-memory database unless this is set"),
      new ConfigKey("kb.user", TEXT, null, "PostgreSQL user (the password comes from "
          + "SPREADCOACH_KB_PASSWORD or kb.passwordFile, never from this file)"),
      new ConfigKey("kb.passwordFile", TEXT, null,
          "file holding the PostgreSQL password, readable by its owner only"),
      new ConfigKey("kb.poolSize", INTEGER, 4L, "database connections kept open"),
      new ConfigKey("kb.retentionDays", INTEGER, 365L,
          "stored messages, replies, feedback and round advice older than this are deleted "
              + "at start and daily (curated advice is kept)"),
      new ConfigKey("privacy.keyFile", TEXT, "data/pseudonym.key",
          "secret for author pseudonyms, created owner-only on first start unless "
              + "SPREADCOACH_PSEUDONYM_KEY is set"));

  private static final Map<String, ConfigKey> BY_PATH = KEYS.stream()
      .collect(Collectors.toMap(ConfigKey::path, k -> k, (a, b) -> a, LinkedHashMap::new));

  private ConfigSchema() {}

  public static ConfigKey key(String path) {
    return BY_PATH.get(path);
  }

  /** Section names, in schema order, plus {@code channels}. */
  public static Set<String> sections() {
    Set<String> sections = KEYS.stream().map(ConfigKey::section)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    sections.add(CHANNELS);
    return sections;
  }

  /** The keys of one section, by their last path part. */
  public static Set<String> keysOf(String section) {
    return KEYS.stream().filter(k -> k.section().equals(section)).map(ConfigKey::name)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * Environment variables under the prefix that are not config keys: secrets (read by {@link
   * Secrets}, never echoed), the log levels Logback reads, and the test suite's database URL.
   */
  public static final Set<String> SECRET_ENV =
      Set.of("SPREADCOACH_KB_PASSWORD", "SPREADCOACH_PSEUDONYM_KEY");

  /** Other variables under the prefix that something else reads. */
  public static final Set<String> OTHER_ENV = Set.of("SPREADCOACH_LOG_LEVEL",
      "SPREADCOACH_JAVACORD_LOG_LEVEL", "SPREADCOACH_TEST_PG_URL");
}
