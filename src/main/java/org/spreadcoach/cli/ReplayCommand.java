package org.spreadcoach.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.config.Config;
import org.spreadcoach.replay.ReplayRunner;
import org.spreadcoach.time.ManualClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code replay FILE}: a JSON-lines transcript through the bot, deterministically. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Feeds a JSON-lines transcript of chat events through the bot and prints its "
            + "actions as JSON lines. Channels are ambient unless config says otherwise.")
public final class ReplayCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "transcript file, or - for stdin")
  String file;

  @Override
  public Integer call() throws IOException {
    Config config = common.config();
    ManualClock clock = new ManualClock(ManualClock.REPLAY_EPOCH);
    if (!file.equals("-") && !Files.isRegularFile(Path.of(file))) {
      System.err.println("replay: no such file: " + file);
      return ExitCodes.INVALID;
    }
    try (Wiring wiring =
            Wiring.start(
                config,
                common.intents(config),
                clock,
                ChannelMode.AMBIENT,
                Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
                Wiring.FirstModel.EXACT,
                common.env());
        BufferedReader in = open(file)) {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      int errors = new ReplayRunner(wiring.bot(), clock, wiring.writer()::barrier).run(in, out);
      out.flush();
      return errors == 0 ? 0 : ExitCodes.INVALID;
    }
  }

  private static BufferedReader open(String file) throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return new BufferedReader(
        new InputStreamReader(Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8));
  }
}
