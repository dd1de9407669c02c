package org.spreadcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.app.HttpSettings;
import org.spreadcoach.app.IntentsSettings;
import org.spreadcoach.app.LiveServices;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.config.Config;
import org.spreadcoach.discord.DiscordBot;
import org.spreadcoach.discord.DiscordInvite;
import org.spreadcoach.discord.DiscordSettings;
import org.spreadcoach.discord.login.DiscordLoginException;
import org.spreadcoach.intents.IntentsLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code discord}: runs the bot on Discord until SIGTERM or Ctrl-C. */
@Command(
    name = "discord",
    mixinStandardHelpOptions = true,
    description =
        "Runs the bot on Discord. The token comes from DISCORD_TOKEN only. Channels "
            + "answer only when mentioned unless config sets them to ambient.",
    subcommands = DiscordCommand.Invite.class)
public final class DiscordCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordCommand.class);
  static final String TOKEN_ENV = "DISCORD_TOKEN";

  /**
   * How long a stop may take: events in flight (5 s), the disconnect (3 s) and storing pending
   * writes (up to 30 s), with room to spare.
   */
  private static final Duration STOP_BOUND = Duration.ofSeconds(60);

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--http-port",
      paramLabel = "PORT",
      description = "serve /healthz and /metrics on this port (default: config http.port; off)")
  Integer httpPort;

  @Override
  public Integer call() throws Exception {
    String token = common.env().get(TOKEN_ENV);
    if (token == null || token.isBlank()) {
      spec.commandLine()
          .getErr()
          .println(
              "discord: "
                  + TOKEN_ENV
                  + " is not set; create a bot "
                  + "in the Discord developer portal and start with "
                  + TOKEN_ENV
                  + "=<its token> in "
                  + "the environment (never in a file that others can read).");
      spec.commandLine().getErr().flush();
      return ExitCodes.CONFIG;
    }
    Config config = common.config();
    Thread main = Thread.currentThread();
    AtomicBoolean loggingIn = new AtomicBoolean(true);
    // An orderly stop exits 0 (the JVM's default after SIGTERM would be 143); a stop during login
    // interrupts the login instead of waiting for its timeout.
    OrderlyStop stop =
        OrderlyStop.install(
            () -> {
              if (loggingIn.get()) {
                main.interrupt();
              }
            },
            STOP_BOUND);
    int code = ExitCodes.INVALID;
    try {
      code = serve(config, token, stop, loggingIn);
      return code;
    } finally {
      stop.finish(code);
    }
  }

  private int serve(Config config, String token, OrderlyStop stop, AtomicBoolean loggingIn)
      throws IOException, InterruptedException {
    Clock clock = Clock.systemUTC();
    IntentsLocation intents = common.intents(config);
    try (Wiring wiring =
        Wiring.start(
            config,
            intents,
            clock,
            ChannelMode.MENTION,
            Wiring.KbChoice.CONFIGURED,
            Wiring.FirstModel.SERVE_AT_ONCE,
            common.env())) {
      DiscordBot discord =
          new DiscordBot(wiring.bot(), DiscordSettings.from(config, common.env()), clock);
      wiring
          .reloader()
          .addListener(
              result -> {
                if (!result.ok()) {
                  discord.notifyMaintainers(result.describe());
                }
              });
      // Health is served from the start: 503 until the gateway connects.
      LiveServices live =
          LiveServices.start(
              HttpSettings.from(config).withPort(httpPort),
              IntentsSettings.from(config).watch(),
              intents,
              wiring,
              discord::isConnected);
      try {
        try {
          discord.start(token);
          loggingIn.set(false);
        } catch (DiscordLoginException e) {
          loggingIn.set(false);
          Thread.interrupted();
          discord.shutdown(Duration.ZERO);
          if (stop.requested()) {
            LOG.info("stopped while logging in to Discord");
            return 0;
          }
          spec.commandLine().getErr().println("discord: " + e.getMessage());
          spec.commandLine().getErr().flush();
          return e.tokenRefused() ? ExitCodes.TOKEN_REFUSED : ExitCodes.CONFIG;
        }
        LOG.info("Spread Coach is running on Discord; stop it with SIGTERM or Ctrl-C");
        stop.await();
        LOG.info("stopping: finishing events in flight, storing pending writes, disconnecting");
        discord.shutdown(Duration.ofSeconds(5));
      } finally {
        live.close();
      }
    }
    return 0;
  }

  /** {@code discord invite}: the link that adds the bot to a server, and what it grants. */
  @Command(
      name = "invite",
      mixinStandardHelpOptions = true,
      description =
          "Prints the invite URL (scopes bot and applications.commands, and the exact "
              + "permissions integer the features use), with what each permission is for.")
  static final class Invite implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @picocli.CommandLine.Option(
        names = "--client-id",
        paramLabel = "ID",
        description =
            "the application id (Developer Portal > your application > General "
                + "Information > Application ID); default: read from DISCORD_TOKEN")
    String clientId;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<String> id =
          clientId != null
              ? Optional.of(clientId.strip()).filter(x -> x.matches("\\d{15,22}"))
              : DiscordInvite.clientIdFromToken(common.env().get(TOKEN_ENV));
      if (id.isEmpty()) {
        err.println(
            "discord invite: "
                + (clientId != null
                    ? "--client-id must be the " + "application's numeric id"
                    : "give --client-id ID (Developer Portal > your "
                        + "application > General Information > Application ID), or set "
                        + TOKEN_ENV));
        err.flush();
        return ExitCodes.CONFIG;
      }
      out.println(DiscordInvite.url(id.get()));
      out.println();
      out.println(
          "Open it as a server admin to add the bot. Scopes: "
              + DiscordInvite.SCOPES
              + ". Permissions ("
              + DiscordInvite.permissions()
              + "):");
      DiscordInvite.NEEDS.forEach(
          n -> out.printf(Locale.ROOT, "  %-26s %s%n", n.permission().name(), n.reason()));
      out.flush();
      return 0;
    }
  }
}
