package org.spreadcoach.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.cli.maintain.IntentsCommand;
import org.spreadcoach.cli.maintain.KbCommand;
import org.spreadcoach.cli.maintain.ReportCommand;
import org.spreadcoach.cli.maintain.ReviewCommand;
import org.spreadcoach.config.ConfigException;
import org.spreadcoach.intents.InvalidIntentsException;
import org.spreadcoach.kb.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code spreadcoach} command line. */
@Command(
    name = "spreadcoach",
    mixinStandardHelpOptions = true,
    version = "Spread Coach 0.1",
    description = "A chat bot that coaches people spreading a change in health and care.",
    subcommands = {
      DiscordCommand.class,
      ConsoleCommand.class,
      ClassifyCommand.class,
      ReplayCommand.class,
      IntentsCommand.class,
      KbCommand.class,
      ReportCommand.class,
      ReviewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    // Libraries that log through java.util.logging (OkHttp, the JDK's HTTP server) go through
    // SLF4J too, so their lines get the same format and the same filter (logback.xml) as the rest.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The configured command line with the process environment. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /** The configured command line, reading {@code env} instead of the process environment. */
  public static CommandLine commandLine(Map<String, String> env) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cli =
        new CommandLine(
            new Main(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == CommonOptions.class
                    ? type.cast(new CommonOptions(env))
                    : defaults.create(type);
              }
            });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof ConfigException config) {
            config.problems().forEach(p -> err.println("config: " + p));
            err.flush();
            return ExitCodes.CONFIG;
          }
          if (e instanceof InvalidIntentsException intents) {
            intents.problems().forEach(err::println);
            err.println(
                intents.problems().size()
                    + " problem(s) in the intent files; "
                    + "fix them and run `intents validate` to check.");
            err.flush();
            return ExitCodes.INVALID;
          }
          if (e instanceof KnowledgeBaseException kb) {
            err.println("spreadcoach: " + kb.getMessage());
            err.flush();
            return ExitCodes.INVALID;
          }
          if (e instanceof IllegalArgumentException bad) {
            err.println("spreadcoach: " + bad.getMessage());
            err.flush();
            return ExitCodes.CONFIG;
          }
          LOG.debug("unexpected failure", e);
          err.println(
              "spreadcoach: unexpected error: "
                  + e
                  + " (set SPREADCOACH_LOG_LEVEL=DEBUG for details)");
          err.flush();
          return ExitCodes.INVALID;
        });
    return cli;
  }
}
