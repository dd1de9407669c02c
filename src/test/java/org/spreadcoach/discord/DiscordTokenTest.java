package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spreadcoach.cli.Main;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.testing.TestEnv;
import picocli.CommandLine;

/** Start-up without a usable token, run in-process: it must stop before touching the network. */
class DiscordTokenTest {

  @Test
  void aMissingTokenStopsStartUpWithOneClearLineAndExitTwo() {
    Run run = discord(TestEnv.env());

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("discord: DISCORD_TOKEN is not set;")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBlankTokenCountsAsMissing() {
    Map<String, String> env = new HashMap<>(TestEnv.env());
    env.put("DISCORD_TOKEN", "   ");

    Run run = discord(env);

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).startsWith("discord: DISCORD_TOKEN is not set;");
  }

  private record Run(int exit, String out, String err) {}

  private static Run discord(Map<String, String> env) {
    CommandLine cli = Main.commandLine(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("discord");
    return new Run(exit, out.toString(), err.toString());
  }
}
