package org.spreadcoach.cli.maintain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.EvaluationText;
import org.spreadcoach.evaluation.IntentEvaluator;
import org.spreadcoach.evaluation.OosBenchmark;
import org.spreadcoach.evaluation.OosBenchmarkData;
import org.spreadcoach.evaluation.OosBenchmarkReport;
import org.spreadcoach.evaluation.OpenWorld;
import org.spreadcoach.intents.DevSample;
import org.spreadcoach.intents.DevSetReader;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.report.EvaluationHtml;
import org.spreadcoach.yaml.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code intents validate} and {@code intents eval}: tools for maintainers of the intent files. */
@Command(
    name = "intents",
    mixinStandardHelpOptions = true,
    description = "Check and measure the intent files.",
    subcommands = {IntentsCommand.Validate.class, IntentsCommand.Eval.class})
public final class IntentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The optional {@code DIR} both subcommands take, which wins over {@code --intents}. */
  static final class DirArgument {
    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "DIR",
        description = "intents directory (default: --intents, or ./intents)")
    Path dir;

    IntentsLocation location(CommonOptions common, Config config) {
      return dir != null ? new IntentsLocation(dir, true) : common.intents(config);
    }
  }

  /** {@code intents validate [DIR]}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Check the intent files; exit 1 with file:line: message for each problem.")
  static final class Validate implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Mixin DirArgument dir;

    @Override
    public Integer call() {
      Config config = common.config();
      IntentsLocation where = dir.location(common, config);
      IntentSource source = new IntentSource();
      LoadResult result = source.load(where.dir(), where.explicit());
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!result.ok()) {
        result.problems().forEach(err::println);
        err.println(result.problems().size() + " problem(s).");
        err.flush();
        return ExitCodes.INVALID;
      }
      result
          .warnings()
          .forEach(
              w ->
                  err.println(
                      w.file()
                          + (w.line() > 0 ? ":" + w.line() : "")
                          + ": warning: "
                          + w.message()));
      IntentCatalog catalog = result.catalog();
      out.println(
          source.describe(where.dir(), where.explicit())
              + ": OK, "
              + catalog.principles().size()
              + " principles, "
              + catalog.intents().size()
              + " intents, "
              + catalog.exampleCount()
              + " examples, "
              + catalog.outOfScope().size()
              + " out-of-scope examples"
              + (result.warnings().isEmpty()
                  ? "."
                  : "; " + result.warnings().size() + " warning(s) above."));
      out.flush();
      return 0;
    }
  }

  /** {@code intents eval [DIR]}. */
  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description =
          "Cross-validated accuracy, per-intent precision/recall/F1, out-of-scope false "
              + "triggers, most-confused pairs, must-pass tests and the development set; or, with "
              + "--clinc, the CLINC150 benchmark.")
  static final class Eval implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Mixin DirArgument dir;

    @Option(names = "--json", description = "print one JSON object instead of the report")
    boolean json;

    @Option(
        names = "--html",
        paramLabel = "FILE",
        description =
            "also write the cross-validation as a self-contained HTML page with charts: confusion"
                + " heat maps by principle and by intent, per-intent precision/recall/F1,"
                + " confidence of right and wrong answers, every error")
    Path html;

    @Option(
        names = "--folds",
        defaultValue = "5",
        description = "cross-validation folds " + "(default: ${DEFAULT-VALUE})")
    int folds;

    @Option(
        names = "--dev",
        paramLabel = "FILE",
        description =
            "development set (default: "
                + DevSetReader.DEFAULT_PATH
                + " inside the intents directory, when it exists)")
    Path devFile;

    @Option(
        names = "--check",
        paramLabel = "FILE",
        description =
            "check set, written apart from the intents and never tuned on (default: "
                + DevSetReader.CHECK_PATH
                + " inside the intents directory, when it exists)")
    Path checkFile;

    @Option(
        names = "--open-world",
        paramLabel = "FILE",
        description =
            "everyday text to put to the bot as ambient chatter, reporting how much would draw a"
                + " reply: CLINC150's data_full.json (its test split, 5,500 queries) or one"
                + " message per line")
    Path openWorldFile;

    @Option(
        names = "--clinc",
        paramLabel = "FILE",
        description =
            "instead of the intents, measure the recogniser on the CLINC150 benchmark read from"
                + " FILE (data_full.json): train on train, choose the out-of-scope threshold on val"
                + " + oos_val, report on test + oos_test")
    Path clincFile;

    @Override
    public Integer call() throws Exception {
      if (clincFile != null) {
        return clinc();
      }
      if (folds < 2) {
        throw new IllegalArgumentException("--folds must be at least 2");
      }
      if (html != null) {
        ReportCommand.checkWritable(html, "--html");
      }
      Config config = common.config();
      IntentsLocation where = dir.location(common, config);
      IntentCatalog catalog = new IntentSource().load(where.dir(), where.explicit()).orThrow();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<List<DevSample>> dev =
          labelled(devFile, where.dir().resolve(DevSetReader.DEFAULT_PATH), catalog, err);
      Optional<List<DevSample>> check =
          labelled(checkFile, where.dir().resolve(DevSetReader.CHECK_PATH), catalog, err);
      if (dev.isEmpty() || check.isEmpty()) {
        return ExitCodes.INVALID;
      }
      OpenWorld openWorld = null;
      if (openWorldFile != null) {
        if (!Files.isRegularFile(openWorldFile)) {
          throw new IllegalArgumentException("--open-world: no such file: " + openWorldFile);
        }
        openWorld = OpenWorld.read(openWorldFile);
      }
      EvaluationReport report =
          new IntentEvaluator(
                  NluSettings.from(config), CoachSettings.from(config).ambientThreshold())
              .evaluate(catalog, folds, dev.get(), check.get(), openWorld);
      if (html != null) {
        ReportCommand.write(html, "--html", EvaluationHtml.render(report, catalog));
      }
      print(out, report, EvaluationText.render(report));
      if (html != null && !json) {
        out.println("Charts written to " + html + ".");
        out.flush();
      }
      return report.testFailures().isEmpty() ? 0 : ExitCodes.INVALID;
    }

    /**
     * A labelled set: {@code named} when given (it must exist), else {@code fallback} when it
     * exists, else none; empty after printing the problems when it does not read cleanly.
     */
    private static Optional<List<DevSample>> labelled(
        Path named, Path fallback, IntentCatalog catalog, PrintWriter err) {
      Path file = named != null ? named : fallback;
      if (named == null && !Files.exists(fallback)) {
        return Optional.of(List.of());
      }
      DevSetReader.Result read = new DevSetReader().read(file, catalog);
      if (!read.problems().isEmpty()) {
        read.problems().stream().map(Problem::toString).forEach(err::println);
        err.flush();
        return Optional.empty();
      }
      return Optional.of(read.samples());
    }

    private int clinc() throws Exception {
      Config config = common.config();
      if (!Files.isRegularFile(clincFile)) {
        throw new IllegalArgumentException("--clinc: no such file: " + clincFile);
      }
      OosBenchmarkReport report =
          new OosBenchmark(NluSettings.from(config)).run(OosBenchmarkData.read(clincFile));
      print(spec.commandLine().getOut(), report, EvaluationText.render(report));
      return 0;
    }

    /** The report as one JSON object with --json, otherwise as text for a person. */
    private void print(PrintWriter out, Object report, String text) throws Exception {
      if (json) {
        out.println(
            new ObjectMapper()
                .disable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
      } else {
        out.print(text);
      }
      out.flush();
    }
  }
}
