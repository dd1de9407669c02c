package org.spreadcoach.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** deploy/config.example.yaml loads, and documents every key with its default. */
class ExampleConfigTest {
  private static final Path EXAMPLE = Path.of("deploy/config.example.yaml");

  @Test
  void loadsWithoutProblems() {
    Config config = ConfigLoader.load(EXAMPLE, Map.of());

    assertThat(config.channels()).containsKeys("123456789012345678", "234567890123456789");
  }

  @Test
  void namesEveryKeyAndSetsEachToItsDefault() throws IOException {
    String text = Files.readString(EXAMPLE);
    Config config = ConfigLoader.load(EXAMPLE, Map.of());

    for (ConfigKey key : ConfigSchema.KEYS) {
      assertThat(text).as(key.path()).containsPattern("(?m)^\\s*#?\\s*" + key.name() + ":");
      if (key.defaultValue() != null) {
        assertThat(config.isSet(key.path())).as(key.path() + " is set in the example").isTrue();
        assertThat(config.values().get(key.path())).as(key.path())
            .isEqualTo(key.defaultValue());
      }
    }
  }
}
