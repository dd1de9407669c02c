package org.spreadcoach.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spreadcoach.app.BotConfig;

/**
 * deploy/config.example.yaml loads, and documents every key: a key with a default is set to it, an
 * optional key is shown commented out.
 */
class ExampleConfigTest {
  private static final Path EXAMPLE = Path.of("deploy/config.example.yaml");

  @Test
  void loadsWithoutProblems() {
    Config config = BotConfig.load(EXAMPLE, Map.of());

    assertThat(config.entryIds("channels"))
        .containsExactly("123456789012345678", "234567890123456789");
  }

  @Test
  void setsEveryKeyWithADefaultToItAndShowsEveryOptionalKeyCommentedOut() throws IOException {
    String text = Files.readString(EXAMPLE);
    Config config = BotConfig.load(EXAMPLE, Map.of());

    for (Key<?> key : BotConfig.SCHEMA.keys()) {
      if (key.optional()) {
        assertThat(text)
            .as(key.path() + " is shown")
            .containsPattern("(?m)^\\s*#\\s*" + key.name() + ":");
        assertThat(config.isSet(key)).as(key.path() + " is left unset").isFalse();
      } else {
        assertThat(config.isSet(key)).as(key.path() + " is set in the example").isTrue();
        assertThat(config.get(key)).as(key.path()).isEqualTo(key.defaultValue());
      }
    }
    for (Key<?> key : BotConfig.SCHEMA.entryKeys()) {
      assertThat(text).as(key.path()).containsPattern("(?m)^\\s*" + key.name() + ":");
    }
  }
}
