package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.testing.TestBenchmarkData;

/** {@code intents eval --clinc FILE}, on a tiny file in CLINC150's layout. */
class OosBenchmarkCommandTest {
  @TempDir Path dir;

  @Test
  void jsonCarriesTheBenchmarkFiguresTheIssueAsksFor() throws IOException {
    Path file = dir.resolve("data_tiny.json");
    Files.writeString(file, TestBenchmarkData.TINY);

    CommandLineTest.Run run =
        CommandLineTest.run("intents", "eval", "--clinc", file.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    for (String field :
        new String[] {
          "inScopeAccuracy",
          "oosRecall",
          "oosPrecision",
          "auroc",
          "trainSeconds",
          "p50Micros",
          "p99Micros",
          "threshold"
        }) {
      assertThat(json.get(field)).as(field).isNotNull();
      assertThat(json.get(field).isNumber()).as(field).isTrue();
    }
    assertThat(json.get("intents").asInt()).isEqualTo(3);
  }

  @Test
  void textReportNamesTheProtocolAndTheFigures() throws IOException {
    Path file = dir.resolve("data_tiny.json");
    Files.writeString(file, TestBenchmarkData.TINY);

    CommandLineTest.Run run = CommandLineTest.run("intents", "eval", "--clinc", file.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("oos-threshold")
        .contains("in-scope accuracy")
        .contains("oos recall")
        .contains("AUROC")
        .contains("p99");
  }

  @Test
  void aMissingFileIsAOneLineErrorNotAStackTrace() {
    CommandLineTest.Run run =
        CommandLineTest.run("intents", "eval", "--clinc", dir.resolve("nope.json").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).contains("--clinc: no such file").doesNotContain("\tat ");
  }
}
