package org.spreadcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.chat.ChannelMode;

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
    Config config = ConfigLoader.load(null, Map.of());

    assertThat(config.nlu().threshold()).isEqualTo(0.4);
    assertThat(config.coach().ambientCooldown()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.channels(ChannelMode.MENTION).mode("any")).isEqualTo(ChannelMode.MENTION);
    assertThat(config.channels(ChannelMode.MENTION).logs("any")).isFalse();
    for (ConfigKey key : ConfigSchema.KEYS) {
      if (key.defaultValue() != null) {
        assertThat(config.values()).as(key.path()).containsEntry(key.path(), key.defaultValue());
      }
    }
  }

  @Test
  void readsSectionsChannelsAndDurationsInBothForms() throws IOException {
    Config config = ConfigLoader.load(file("""
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
        """), Map.of());

    assertThat(config.nlu().threshold()).isEqualTo(0.7);
    assertThat(config.coach().ambientCooldown()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.coach().promptMemory()).isEqualTo(Duration.ofDays(2));
    var channels = config.channels(ChannelMode.MENTION);
    assertThat(channels.mode("1234")).isEqualTo(ChannelMode.AMBIENT);
    assertThat(channels.logs("1234")).isTrue();
    assertThat(channels.mode("5678")).isEqualTo(ChannelMode.OFF);
  }

  @Test
  void anUnknownKeyNamesTheKeyAndTheFileLine() throws IOException {
    Path f = file("nlu:\n  threshold: 0.5\n  treshold: 0.6\n");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of())))
        .isEqualTo(f + ":3: unknown key 'treshold' in 'nlu' (allowed: charMax, charMin, "
            + "cutoff, iterations, l1, l2, margin, modelCache, stem, temperature, tfidf, threads, threshold, "
            + "wordNgrams).");
  }

  @Test
  void anUnknownSectionIsReported() throws IOException {
    Path f = file("nlu: {}\nbogus:\n  x: 1\n");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of())))
        .startsWith(f + ":2: unknown key 'bogus' in the config file");
  }

  @Test
  void aWrongTypeNamesTheKeyTheLineAndWhatWasExpected() throws IOException {
    Path f = file("coach:\n  promptsPerReply: three\n");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of())))
        .isEqualTo(f + ":2: 'coach.promptsPerReply' must be a whole number, found text.");
  }

  @Test
  void aValueOutOfRangeIsReported() throws IOException {
    Path f = file("nlu:\n  threshold: 1.5\n");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of())))
        .isEqualTo(f + ":2: 'nlu.threshold' must be between 0 and 1, found 1.5.");
  }

  @Test
  void aBadChannelModeIsReported() throws IOException {
    Path f = file("channels:\n  \"42\":\n    mode: loud\n");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of())))
        .contains(":3: 'channels.42.mode' must be off, mention or ambient, found 'loud'");
  }

  @Test
  void malformedYamlIsReportedWithItsLine() throws IOException {
    Path f = file("nlu:\n  threshold: [0.5\n");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of()))).startsWith(f + ":")
        .contains("not valid YAML");
  }

  @Test
  void aMissingFileIsOneSentence() {
    Path f = dir.resolve("absent.yaml");

    assertThat(problemOf(() -> ConfigLoader.load(f, Map.of())))
        .isEqualTo(f + ": cannot read the config file (NoSuchFileException).");
  }

  @Test
  void environmentVariablesOverrideTheFile() throws IOException {
    Path f = file("nlu:\n  threshold: 0.7\n");

    Config config = ConfigLoader.load(f, Map.of("SPREADCOACH_NLU_THRESHOLD", "0.4",
        "SPREADCOACH_COACH_AMBIENTCOOLDOWN", "PT1M"));

    assertThat(config.nlu().threshold()).isEqualTo(0.4);
    assertThat(config.coach().ambientCooldown()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aBadEnvironmentValueNamesTheVariable() {
    assertThat(problemOf(() -> ConfigLoader.load(null,
        Map.of("SPREADCOACH_NLU_ITERATIONS", "lots"))))
        .isEqualTo("environment variable SPREADCOACH_NLU_ITERATIONS: 'nlu.iterations' must be "
            + "a whole number, found 'lots'.");
  }

  @Test
  void aMistypedEnvironmentVariableIsReportedButSecretsAreNot() {
    assertThat(problemOf(() -> ConfigLoader.load(null, Map.of("SPREADCOACH_NLU_TRESHOLD", "1",
        "SPREADCOACH_KB_PASSWORD", "hunter2"))))
        .isEqualTo("environment variable SPREADCOACH_NLU_TRESHOLD does not name a config key "
            + "(see deploy/config.example.yaml).");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    Path f = file("nlu:\n  threshold: high\n  margin: -1\ncoach:\n  x: 1\n");

    assertThatThrownBy(() -> ConfigLoader.load(f, Map.of()))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.problems()).hasSize(3));
  }
}
