package org.spreadcoach.cli.maintain;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.config.Config;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.report.ActivityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report --html FILE}: the knowledge base's activity as one self-contained HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write a self-contained HTML report with charts from the knowledge base: questions per"
            + " week by principle, recognised/fallback/unanswered, confidence, feedback per"
            + " intent, rounds, the most frequent unrecognised messages.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--html", required = true, paramLabel = "FILE", description = "file to write")
  Path html;

  @Option(
      names = "--since",
      defaultValue = "P90D",
      paramLabel = "DURATION",
      description =
          "how far back, as an ISO-8601 duration such as P30D (default: ${DEFAULT-VALUE})")
  String since;

  private final Clock clock;

  ReportCommand() {
    this(Clock.systemUTC());
  }

  ReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Duration period = period(since);
    checkWritable(html, "--html");
    Config config = common.config();
    Activity activity;
    try (KnowledgeBase kb = Wiring.openKnowledgeBase(config, common.env())) {
      activity = kb.activity(clock.instant().minus(period));
    }
    write(html, "--html", ActivityReport.from(activity).fullPage());
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "report: wrote "
            + html
            + " ("
            + activity.messages()
            + " messages, "
            + activity.rounds().size()
            + " rounds since "
            + activity.since().truncatedTo(ChronoUnit.SECONDS)
            + ")");
    out.flush();
    return 0;
  }

  /** {@code --since} as a positive duration, or a usage error naming the option. */
  static Duration period(String text) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--since '" + text + "' is not an ISO-8601 duration such as P30D or PT12H");
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("--since must be longer than zero, got " + text);
    }
    return d;
  }

  /**
   * Fails early, before a long query or evaluation, when {@code file} clearly cannot be written:
   * its directory is missing or it is a directory.
   */
  static void checkWritable(Path file, String option) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(
          "cannot write "
              + option
              + " "
              + file.toAbsolutePath()
              + ": its directory does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(
          "cannot write " + option + " " + file.toAbsolutePath() + ": it is a directory");
    }
  }

  /** Writes a report, or fails with a usage error that names the option and the path. */
  static void write(Path file, String option, String html) {
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException | SecurityException e) {
      throw new IllegalArgumentException(
          "cannot write " + option + " " + file.toAbsolutePath() + ": " + reason(e), e);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "its directory does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.toString();
  }
}
