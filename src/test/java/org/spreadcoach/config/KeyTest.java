package org.spreadcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spreadcoach.config.Constraint.atLeast;
import static org.spreadcoach.config.Constraint.between;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, rules and schemas as a library, on keys declared here rather than the bot's. */
class KeyTest {
  private static final Key<Double> RATE =
      Key.number("pump.rate", 0.5, between(0.0, 1.0), "share of the time the pump runs");
  private static final Key<Integer> LOW = Key.integer("pump.low", 1, atLeast(0), "low mark");
  private static final Key<Integer> HIGH = Key.integer("pump.high", 3, atLeast(1), "high mark");
  private static final KeyRule<Integer, Integer> LOW_BELOW_HIGH =
      new KeyRule<>(LOW, HIGH, (low, high) -> low < high, "must be less than pump.high");
  private static final Key<Duration> EVERY =
      Key.duration(
          "pump.every", Duration.ofMinutes(1), atLeast(Duration.ZERO), "how often it runs");
  private static final Key<String> NAME = Key.optionalText("pump.name", "what to call it");

  private enum Speed {
    OFF,
    SLOW,
    FAST
  }

  private static final Key<Speed> SPEED =
      Key.optionalChoice("valves.speed", Speed.class, "how fast the valve moves");

  private static final ConfigSchema SCHEMA =
      ConfigSchema.builder()
          .keys(List.of(RATE, LOW, HIGH, EVERY, NAME))
          .entries(List.of(SPEED))
          .rules(List.of(LOW_BELOW_HIGH))
          .build();

  @TempDir Path dir;

  @Test
  void aRecordBuiltInCodeIsRefusedWithTheSentenceTheLoaderPrints() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "pump:\n  rate: 1.5\n");

    assertThatThrownBy(() -> RATE.require(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pump.rate must be between 0 and 1, found 1.5");
    assertThatThrownBy(() -> new ConfigLoader(SCHEMA).load(file, Map.of()))
        .hasMessage(file + ":2: 'pump.rate' must be between 0 and 1, found 1.5.");
    assertThat(RATE.require(1.0)).isEqualTo(1.0);
  }

  @Test
  void aRuleBuiltInCodeIsRefusedWithTheSentenceTheLoaderPrints() {
    assertThatThrownBy(() -> LOW_BELOW_HIGH.require(3, 3))
        .hasMessage("pump.low must be less than pump.high, found 3 (pump.high is 3)");
    assertThatThrownBy(
            () -> new ConfigLoader(SCHEMA).load(null, Map.of("SPREADCOACH_PUMP_HIGH", "1")))
        .hasMessage(
            "environment variable SPREADCOACH_PUMP_HIGH: 'pump.low' must be less "
                + "than pump.high, found 1 (pump.high is 1).");
  }

  @Test
  void aDeclarationWhoseDefaultBreaksItsOwnRangeIsRefused() {
    assertThatThrownBy(() -> Key.integer("pump.size", 0, atLeast(1), "size"))
        .hasMessage("pump.size's default 0 breaks its own rule: must be at least 1");
  }

  @Test
  void aSchemaWhoseDefaultsBreakARuleIsRefused() {
    KeyRule<Integer, Integer> never =
        new KeyRule<>(LOW, HIGH, (low, high) -> low > high, "must be more than pump.high");

    assertThatThrownBy(
            () -> ConfigSchema.builder().keys(List.of(LOW, HIGH)).rules(List.of(never)).build())
        .hasMessageContaining("the defaults break a rule: pump.low must be more than pump.high");
  }

  @Test
  void aKeyDeclaredTwiceOrAPathWithoutASectionIsRefused() {
    assertThatThrownBy(() -> ConfigSchema.builder().keys(List.of(RATE)).keys(List.of(RATE)))
        .hasMessage("config key pump.rate is declared twice");
    assertThatThrownBy(() -> Key.bool("rate", true, "no section"))
        .hasMessage("a key's path is section.name, found rate");
  }

  @Test
  void aKeyIsOverriddenByItsVariableAndReadTyped() {
    Config config =
        new ConfigLoader(SCHEMA)
            .load(null, Map.of("SPREADCOACH_PUMP_EVERY", "90s", "SPREADCOACH_PUMP_NAME", "main"));

    assertThat(EVERY.envName()).isEqualTo("SPREADCOACH_PUMP_EVERY");
    assertThat(config.get(EVERY)).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.get(NAME)).isEqualTo("main");
    assertThat(config.get(RATE)).isEqualTo(0.5);
    assertThat(config.isSet(RATE)).isFalse();
  }

  @Test
  void anOptionalKeyLeftUnsetIsNull() {
    assertThat(Config.defaults().get(NAME)).isNull();
    assertThat(NAME.optional()).isTrue();
    assertThat(RATE.optional()).isFalse();
  }

  @Test
  void aChoiceIsWrittenInLowerCaseAndABareOffIsOff() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "valves:\n  a: {speed: fast}\n  b: {speed: off}\n  c: {}\n");

    Config config = new ConfigLoader(SCHEMA).load(file, Map.of());

    assertThat(config.entryIds("valves")).containsExactly("a", "b", "c");
    assertThat(config.get(SPEED, "a")).isEqualTo(Speed.FAST);
    assertThat(config.get(SPEED, "b")).isEqualTo(Speed.OFF);
    assertThat(config.get(SPEED, "c")).isNull();
    assertThat(SPEED.type().description()).isEqualTo("off, slow or fast");
  }

  @Test
  void numbersThatAreNotFiniteAndWholeNumbersBeyondAnIntAreNotValues() {
    assertThatThrownBy(
            () ->
                new ConfigLoader(SCHEMA)
                    .load(
                        null,
                        Map.of(
                            "SPREADCOACH_PUMP_RATE",
                            "NaN",
                            "SPREADCOACH_PUMP_HIGH",
                            "99999999999")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "environment variable SPREADCOACH_PUMP_RATE: 'pump.rate' must be a number, "
                            + "found 'NaN'.",
                        "environment variable SPREADCOACH_PUMP_HIGH: 'pump.high' must be a whole "
                            + "number, found '99999999999'."));
  }
}
