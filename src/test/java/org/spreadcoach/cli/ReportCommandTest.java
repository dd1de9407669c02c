package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.cli.CommandLineTest.Run;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.testing.TestCatalogs;

/** {@code report --html} and {@code intents eval --html} as a maintainer runs them. */
class ReportCommandTest {
  @TempDir Path dir;

  private Path config() throws IOException {
    Path config = dir.resolve("spreadcoach.yaml");
    Files.writeString(config, "kb:\n  url: jdbc:sqlite:" + dir.resolve("kb.db") + "\n");
    return config;
  }

  @Test
  void anEmptyKnowledgeBaseGivesAPageThatSaysSo() throws IOException {
    Path html = dir.resolve("report.html");

    Run run =
        CommandLineTest.run("report", "--config", config().toString(), "--html", html.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("report: wrote " + html).contains("0 messages");
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>")
        .contains("No questions in this period.")
        .doesNotContain("id=\"sc-activity-weekly\"");
  }

  @Test
  void aBadSinceIsAUsageErrorThatNamesTheOption() throws IOException {
    Run run =
        CommandLineTest.run(
            "report",
            "--config",
            config().toString(),
            "--html",
            dir.resolve("r.html").toString(),
            "--since",
            "30 days");

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err())
        .contains("--since '30 days' is not an ISO-8601 duration such as P30D")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void anUnwritableOutputIsAUsageErrorThatNamesThePath() throws IOException {
    Path html = dir.resolve("no/such/dir/report.html");

    Run run =
        CommandLineTest.run("report", "--config", config().toString(), "--html", html.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err())
        .contains("cannot write --html " + html.toAbsolutePath())
        .contains("its directory does not exist")
        .doesNotContain("\tat ");
  }

  @Test
  void aDirectoryAsOutputIsRefusedBeforeTheEvaluationRuns() throws IOException {
    TestCatalogs.writeSmall(dir.resolve("intents"));

    Run run =
        CommandLineTest.run(
            "intents", "eval", dir.resolve("intents").toString(), "--html", dir.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).contains("cannot write --html " + dir.toAbsolutePath());
    assertThat(run.out()).doesNotContain("Cross-validation");
  }

  @Test
  void evalWritesThePageBesideTheTextAndKeepsPredictionsOutOfJson() throws IOException {
    Path intents = TestCatalogs.writeSmall(dir.resolve("intents"));
    Path html = dir.resolve("eval.html");

    Run text =
        CommandLineTest.run(
            "intents", "eval", intents.toString(), "--folds", "3", "--html", html.toString());
    Run json = CommandLineTest.run("intents", "eval", intents.toString(), "--folds", "3", "--json");

    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Cross-validation (3 folds")
        .contains("Charts written to " + html);
    assertThat(Files.readString(html))
        .contains("id=\"sc-eval-intents\"")
        .contains("<td>networks.connect</td>");
    assertThat(json.out()).doesNotContain("predictions");
  }
}
