package org.spreadcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.nlu.NluSettings;

/** The bot's config, loaded against its real schema: the messages an operator sees. */
class ConfigLoaderTest {
  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("spreadcoach.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static String problemOf(Runnable load) {
    try {
      load.run();
    } catch (ConfigException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected a ConfigException");
  }

  @Test
  void withNoFileEveryKeyHasItsDefault() {
    Config config = BotConfig.load(null, Map.of());

    assertThat(NluSettings.from(config).threshold()).isEqualTo(0.4);
    assertThat(CoachSettings.from(config).ambientCooldown()).isEqualTo(Duration.ofMinutes(5));
    ChannelSettings channels = ChannelSettings.from(config, ChannelMode.MENTION);
    assertThat(channels.mode("any")).isEqualTo(ChannelMode.MENTION);
    assertThat(channels.logs("any")).isFalse();
    for (Key<?> key : BotConfig.SCHEMA.keys()) {
      assertThat(config.isSet(key)).as(key.path()).isFalse();
      assertThat(config.get(key)).as(key.path()).isEqualTo(key.defaultValue());
    }
  }

  @Test
  void readsSectionsChannelsAndDurationsInBothForms() throws IOException {
    Config config =
        BotConfig.load(
            file(
                """
                nlu:
                  threshold: 0.7
                coach:
                  ambientCooldown: 10m
                  promptMemory: P2D
                channels:
                  "1234":
                    mode: ambient
                    log: true
                  5678: {mode: off}
                """),
            Map.of());

    assertThat(NluSettings.from(config).threshold()).isEqualTo(0.7);
    assertThat(config.isSet(NluSettings.THRESHOLD)).isTrue();
    assertThat(CoachSettings.from(config).ambientCooldown()).isEqualTo(Duration.ofMinutes(10));
    assertThat(CoachSettings.from(config).promptMemory()).isEqualTo(Duration.ofDays(2));
    ChannelSettings channels = ChannelSettings.from(config, ChannelMode.MENTION);
    assertThat(channels.mode("1234")).isEqualTo(ChannelMode.AMBIENT);
    assertThat(channels.logs("1234")).isTrue();
    assertThat(channels.mode("5678")).as("YAML's bare off").isEqualTo(ChannelMode.OFF);
    assertThat(channels.logs("5678")).isFalse();
  }

  @Test
  void anUnknownKeyNamesTheKeyAndTheFileLine() throws IOException {
    Path f = file("nlu:\n  threshold: 0.5\n  treshold: 0.6\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(
            f
                + ":3: unknown key 'treshold' in 'nlu' (allowed: charMax, charMin, cutoff,"
                + " domainSure, domainThreshold, iterations, l1, l2, margin, modelCache, stem,"
                + " temperature, tfidf, threads, threshold, wordNgrams).");
  }

  @Test
  void anUnknownSectionIsReported() throws IOException {
    Path f = file("nlu: {}\nbogus:\n  x: 1\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .startsWith(f + ":2: unknown key 'bogus' in the config file");
  }

  @Test
  void aWrongTypeNamesTheKeyTheLineWhatWasExpectedAndWhatWasWritten() throws IOException {
    Path f = file("coach:\n  promptsPerReply: three\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(f + ":2: 'coach.promptsPerReply' must be a whole number, found 'three'.");
  }

  @Test
  void aValueOutOfRangeInTheFileNamesTheFileLine() throws IOException {
    Path f = file("nlu:\n  threshold: 1.5\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(f + ":2: 'nlu.threshold' must be between 0 and 1, found 1.5.");
  }

  @Test
  void aValueOutOfRangeInTheEnvironmentNamesTheVariable() {
    assertThat(
            problemOf(() -> BotConfig.load(null, Map.of("SPREADCOACH_COACH_PROMPTSPERREPLY", "9"))))
        .isEqualTo(
            "environment variable SPREADCOACH_COACH_PROMPTSPERREPLY: "
                + "'coach.promptsPerReply' must be between 1 and 5, found 9.");
    assertThat(problemOf(() -> BotConfig.load(null, Map.of("SPREADCOACH_NLU_TEMPERATURE", "0"))))
        .isEqualTo(
            "environment variable SPREADCOACH_NLU_TEMPERATURE: 'nlu.temperature' must "
                + "be above 0, found 0.");
  }

  @Test
  void aRuleBetweenTwoKeysIsReportedWhereOneOfThemWasSet() throws IOException {
    Path f = file("nlu:\n  charMin: 5\nrounds:\n  maxMinutes: 5\n");

    assertThatThrownBy(() -> BotConfig.load(f, Map.of("SPREADCOACH_DISCORD_SHARD", "1")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        f
                            + ":2: 'nlu.charMin' must be 0 (off) or at most nlu.charMax, found 5 "
                            + "(nlu.charMax is 4).",
                        f
                            + ":4: 'rounds.defaultMinutes' must be at most rounds.maxMinutes, found"
                            + " 10 (rounds.maxMinutes is 5).",
                        "environment variable SPREADCOACH_DISCORD_SHARD: 'discord.shard' must be"
                            + " less than discord.totalShards, found 1 (discord.totalShards is"
                            + " 1)."));
  }

  @Test
  void aValueAlreadyReportedIsNotReportedAgainByARule() throws IOException {
    Path f = file("nlu:\n  charMin: -1\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(f + ":2: 'nlu.charMin' must not be negative, found -1.");
  }

  @Test
  void aBadChannelModeIsReported() throws IOException {
    Path f = file("channels:\n  \"42\":\n    mode: loud\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(f + ":3: 'channels.42.mode' must be off, mention or ambient, found 'loud'.");
  }

  @Test
  void anUnknownChannelKeyIsReported() throws IOException {
    Path f = file("channels:\n  \"42\":\n    mode: ambient\n    logs: true\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(f + ":4: unknown key 'logs' in 'channels.42' (allowed: log, mode).");
  }

  @Test
  void malformedYamlIsReportedWithItsLine() throws IOException {
    Path f = file("nlu:\n  threshold: [0.5\n");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .startsWith(f + ":")
        .contains("not valid YAML");
  }

  @Test
  void aMissingFileIsOneSentence() {
    Path f = dir.resolve("absent.yaml");

    assertThat(problemOf(() -> BotConfig.load(f, Map.of())))
        .isEqualTo(f + ": cannot read the config file (NoSuchFileException).");
  }

  @Test
  void environmentVariablesOverrideTheFile() throws IOException {
    Path f = file("nlu:\n  threshold: 0.7\n");

    Config config =
        BotConfig.load(
            f,
            Map.of(
                "SPREADCOACH_NLU_THRESHOLD", "0.4", "SPREADCOACH_COACH_AMBIENTCOOLDOWN", "PT1M"));

    assertThat(NluSettings.from(config).threshold()).isEqualTo(0.4);
    assertThat(CoachSettings.from(config).ambientCooldown()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aBadEnvironmentValueNamesTheVariable() {
    assertThat(problemOf(() -> BotConfig.load(null, Map.of("SPREADCOACH_NLU_ITERATIONS", "lots"))))
        .isEqualTo(
            "environment variable SPREADCOACH_NLU_ITERATIONS: 'nlu.iterations' must be "
                + "a whole number, found 'lots'.");
  }

  @Test
  void aMistypedEnvironmentVariableIsReportedButSecretsAreNot() {
    assertThat(
            problemOf(
                () ->
                    BotConfig.load(
                        null,
                        Map.of(
                            "SPREADCOACH_NLU_TRESHOLD",
                            "1",
                            "SPREADCOACH_KB_PASSWORD",
                            "hunter2"))))
        .isEqualTo(
            "environment variable SPREADCOACH_NLU_TRESHOLD does not name a config key "
                + "(see deploy/config.example.yaml).");
  }

  @Test
  void onlyVariablesThatStartWithASectionsNameAreJudged() {
    Map<String, String> notKeys =
        Map.of(
            "SPREADCOACH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres",
            "SPREADCOACH_LOG_LEVEL", "DEBUG",
            "SPREADCOACH_JAVACORD_LOG_LEVEL", "INFO",
            "SPREADCOACH_PSEUDONYM_KEY", "k",
            "SPREADCOACH_KB_PASSWORD", "p");
    Map<String, String> withTypo = new HashMap<>(notKeys);
    withTypo.put("SPREADCOACH_DISCORD_SHARDS", "2");

    Config config = BotConfig.load(null, notKeys);

    assertThat(BotConfig.SCHEMA.keys())
        .allSatisfy(key -> assertThat(config.isSet(key)).as(key.path()).isFalse());
    assertThat(problemOf(() -> BotConfig.load(null, withTypo)))
        .isEqualTo(
            "environment variable SPREADCOACH_DISCORD_SHARDS does not name a config key "
                + "(see deploy/config.example.yaml).");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    Path f = file("nlu:\n  threshold: high\n  margin: -1\ncoach:\n  x: 1\n");

    assertThatThrownBy(() -> BotConfig.load(f, Map.of("SPREADCOACH_KB_POOLSIZE", "0")))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(4));
  }
}
