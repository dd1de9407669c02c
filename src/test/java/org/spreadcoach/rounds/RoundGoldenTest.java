package org.spreadcoach.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spreadcoach.testing.ReplayHarness;

/**
 * Golden replay transcripts of co-coaching rounds. Each {@code NAME.jsonl} in {@code
 * src/test/resources/replay} must give exactly {@code NAME.expected.jsonl}. After an intended
 * change, regenerate with {@code mvn test -Dtest=RoundGoldenTest -Dgolden.update=true} and read the
 * diff before committing it.
 */
class RoundGoldenTest {
  static final Path DIR = Path.of("src/test/resources/replay");
  @TempDir Path dir;

  static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path expected = DIR.resolve(name + ".expected.jsonl");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "round-whole",
        "round-refusals",
        "round-replace",
        "round-timer",
        "round-not-stored",
        "round-peer-advice",
        "round-thread",
        "round-thread-timer"
      })
  void transcriptGivesItsGoldenOutput(String name) throws IOException {
    String out = new ReplayHarness(dir).run(read(name + ".jsonl"));

    assertGolden(name, out);
  }

  @Test
  void aRestartInTheMiddleGivesTheSameSummaryAsOneRun() throws IOException {
    String first = read("round-restart-1.jsonl");
    String second = read("round-restart-2.jsonl");

    String split =
        new ReplayHarness(dir.resolve("split")).run(first)
            + new ReplayHarness(dir.resolve("split")).run(second);
    String whole = new ReplayHarness(dir.resolve("whole")).run(first + second);

    String splitSummary = summaryLine(split);
    assertThat(splitSummary).contains("Round #1 closed").contains("3 pieces of advice");
    assertThat(splitSummary).isEqualTo(summaryLine(whole));
    assertGolden("round-restart", split);
  }

  private static String summaryLine(String output) {
    return output
        .lines()
        .filter(l -> l.contains("closed"))
        .reduce((a, b) -> b)
        .orElseThrow()
        .replaceAll("\"event\":\\d+", "\"event\":N");
  }
}
