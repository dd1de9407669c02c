package org.spreadcoach.cli.maintain;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.config.Config;
import org.spreadcoach.evaluation.OpenWorld;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.review.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code review}: the maintainers' review queue as a local web page. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description =
        "The review queue as a local web page: assign what the bot missed to intents or out of"
            + " scope, apply to the intent files, retrain and see the evaluation before and after."
            + " Prints a URL with a one-time token; runs until stopped (Ctrl-C).")
public final class ReviewCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "port to listen on (default: any free port, printed)")
  int port;

  @Option(
      names = "--open-world",
      paramLabel = "FILE",
      description =
          "everyday text for the open-world figure before and after (as intents eval"
              + " --open-world); left out when not given")
  Path openWorldFile;

  @Override
  public Integer call() throws Exception {
    Config config = common.config();
    IntentsLocation intents = common.intents(config);
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(intents.dir())) {
      err.println(
          "review: no intents directory at "
              + intents.dir()
              + "; review edits the intent files, so name them with --intents DIR or intents.dir.");
      err.flush();
      return ExitCodes.CONFIG;
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    OpenWorld openWorld = null;
    if (openWorldFile != null) {
      if (!Files.isRegularFile(openWorldFile)) {
        throw new IllegalArgumentException("--open-world: no such file: " + openWorldFile);
      }
      openWorld = OpenWorld.read(openWorldFile);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (KnowledgeBase kb = Wiring.openKnowledgeBase(config, common.env());
        ReviewServer server =
            ReviewServer.start(
                config, kb, intents.dir(), openWorld, host, port, Clock.systemUTC())) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Review queue for " + kb.describe() + " and " + intents.dir() + ".");
      out.println("Open this URL in a browser on this machine (it works once):");
      out.println("    " + server.url());
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "review-stop"));
      stopped.await();
    }
    return 0;
  }
}
