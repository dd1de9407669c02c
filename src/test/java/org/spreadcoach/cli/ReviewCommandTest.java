package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.cli.common.ExitCodes;

class ReviewCommandTest {
  @TempDir Path dir;

  @Test
  void withoutAnIntentsDirectoryItSaysWhatToNameAndExitsTwo() {
    CommandLineTest.Run run =
        CommandLineTest.run(
            "review", "--intents", dir.resolve("missing").toString(), "--port", "0");

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err())
        .contains("review: no intents directory at " + dir.resolve("missing"))
        .contains("--intents DIR");
  }

  @Test
  void helpNamesTheOptions() {
    CommandLineTest.Run run = CommandLineTest.run("review", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--port").contains("--host").contains("--open-world");
  }
}
