package org.spreadcoach.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.spreadcoach.app.HttpSettings;
import org.spreadcoach.app.IntentsSettings;
import org.spreadcoach.app.LiveServices;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.config.Config;
import org.spreadcoach.console.ConsoleSession;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.threads.DaemonThreads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code console}: the coach in the terminal. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description =
        "Chat with the coach in the terminal: every line is addressed to the coach, "
            + "as in a direct message. --ambient simulates an ambient channel instead and explains "
            + "each silence.")
public final class ConsoleCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description = "serve /healthz and /metrics on this port (default: config http.port; off)")
  Integer httpPort;

  @Option(
      names = "--user",
      defaultValue = "you",
      description = "who you are (default: ${DEFAULT-VALUE})")
  String user;

  @Option(
      names = "--channel",
      defaultValue = "console",
      description = "the channel id you type in (default: ${DEFAULT-VALUE})")
  String channel;

  @Option(
      names = "--ambient",
      description =
          "simulate an ambient channel: lines are chatter "
              + "unless they start with @coach, and the coach says why it stays quiet")
  boolean ambient;

  @Option(
      names = "--roles",
      split = ",",
      defaultValue = "facilitator,maintainer",
      description = "your roles, comma-separated (default: ${DEFAULT-VALUE})")
  Set<String> roles;

  @Override
  public Integer call() throws Exception {
    Config config = common.config();
    IntentsLocation intents = common.intents(config);
    Wiring wiring =
        Wiring.start(
            config,
            intents,
            Clock.systemUTC(),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.CONFIGURED,
            Wiring.FirstModel.SERVE_AT_ONCE,
            common.env());
    LiveServices live =
        LiveServices.start(
            HttpSettings.from(config).withPort(httpPort),
            IntentsSettings.from(config).watch(),
            intents,
            wiring,
            null);
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("console-timer"));
    // A prompt helps a person at a terminal; piped lines need none.
    ConsoleSession session =
        new ConsoleSession(wiring.bot(), channel, user, roles, ambient, atTerminal());
    // Round timers act as real time passes; whatever they say is printed between your lines.
    ScheduledFuture<?> ticking =
        timer.scheduleAtFixedRate(
            () ->
                session.showTimed(
                    out, wiring.bot().onTick(Clock.systemUTC().instant(), channel -> true)),
            1,
            1,
            TimeUnit.SECONDS);
    try {
      session.run(
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
    } finally {
      ticking.cancel(false);
      timer.shutdownNow();
      live.close();
      wiring.close();
    }
    return 0;
  }

  /**
   * Whether a person is typing: on the JDK 17 this jar targets, the console is null exactly when
   * input or output is redirected (from JDK 22 it would need {@code Console.isTerminal()}).
   */
  @SuppressWarnings("SystemConsoleNull")
  private static boolean atTerminal() {
    return System.console() != null;
  }
}
