package org.spreadcoach.cli.maintain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.intents.Principle;
import org.spreadcoach.kb.KbStats;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.SearchHit;
import org.spreadcoach.kb.Unrecognised;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb}: maintainer tools over the knowledge base that {@code kb.url} names. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Search, export, curate and erase what the knowledge base holds.",
    subcommands = {
      KbCommand.Search.class,
      KbCommand.Export.class,
      KbCommand.Forget.class,
      KbCommand.UnrecognisedList.class,
      KbCommand.Stats.class
    })
public final class KbCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Base of the subcommands: opens the knowledge base, runs, closes. */
  abstract static class KbTool implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Config config = common.config();
      try (KnowledgeBase kb = Wiring.openKnowledgeBase(config, common.env())) {
        PrintWriter out = spec.commandLine().getOut();
        int exit = run(config, kb, out);
        out.flush();
        return exit;
      }
    }

    abstract int run(Config config, KnowledgeBase kb, PrintWriter out) throws Exception;
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Ranked full-text search over stored messages and advice.")
  static final class Search extends KbTool {
    @Parameters(index = "0", paramLabel = "QUERY")
    String query;

    @Option(names = "--principle", paramLabel = "ID", description = "only this principle")
    String principle;

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Override
    public Integer call() throws Exception {
      if (principle != null) {
        Config config = common.config();
        IntentsLocation where = common.intents(config);
        List<String> known =
            new IntentSource()
                .load(where.dir(), where.explicit()).orThrow().principles().stream()
                    .map(Principle::id)
                    .toList();
        if (!known.contains(principle)) {
          spec.commandLine()
              .getErr()
              .println(
                  "kb search: --principle '"
                      + principle
                      + "' is not in the catalogue; known: "
                      + String.join(", ", known)
                      + ".");
          spec.commandLine().getErr().flush();
          return ExitCodes.CONFIG;
        }
      }
      return super.call();
    }

    @Override
    int run(Config config, KnowledgeBase kb, PrintWriter out) {
      List<SearchHit> hits = kb.search(query, principle, limit);
      if (hits.isEmpty()) {
        out.println("no matches");
      }
      for (SearchHit h : hits) {
        out.printf(
            Locale.ROOT,
            "%-7s #%-6d %s  %-11s %s%n",
            h.kind(),
            h.id(),
            h.at().toString().substring(0, 10),
            h.principle() == null ? "-" : h.principle(),
            h.text().replace('\n', ' '));
      }
      return 0;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Every stored row as JSON lines (authors are pseudonyms).")
  static final class Export extends KbTool {
    @Override
    int run(Config config, KnowledgeBase kb, PrintWriter out) {
      kb.export(
          row -> {
            try {
              out.println(JSON.writeValueAsString(row));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
              throw new IllegalStateException(e);
            }
          });
      return 0;
    }
  }

  @Command(
      name = "forget",
      mixinStandardHelpOptions = true,
      description = "Delete every row a person wrote, search index included.")
  static final class Forget extends KbTool {
    @Parameters(index = "0", paramLabel = "USER", description = "the platform user id")
    String user;

    @Override
    int run(Config config, KnowledgeBase kb, PrintWriter out) {
      String pseudonym = Wiring.pseudonymiser(config, common.env()).of(user);
      Map<String, Integer> deleted = kb.forget(pseudonym);
      int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
      out.println("forgot user " + user + ": " + total + " row(s) deleted " + deleted);
      return 0;
    }
  }

  @Command(
      name = "unrecognised",
      mixinStandardHelpOptions = true,
      description =
          "Messages addressed to the bot that fell out of scope, most frequent first: "
              + "the list to curate intents from.")
  static final class UnrecognisedList extends KbTool {
    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Override
    int run(Config config, KnowledgeBase kb, PrintWriter out) {
      List<Unrecognised> list = kb.unrecognised(limit);
      if (list.isEmpty()) {
        out.println("nothing unrecognised");
      }
      for (Unrecognised u : list) {
        out.printf(
            Locale.ROOT,
            "%5d  %s%s%n",
            u.count(),
            u.text().replace('\n', ' '),
            u.nearest() == null ? "" : "   (nearest: " + u.nearest() + ")");
      }
      return 0;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts.")
  static final class Stats extends KbTool {
    @Override
    int run(Config config, KnowledgeBase kb, PrintWriter out) {
      KbStats s = kb.stats();
      out.println("knowledge base: " + kb.describe());
      out.printf(
          Locale.ROOT,
          "messages %d (in scope %d), replies %d, advice %d, feedback +%d/-%d%n",
          s.messages(),
          s.inScope(),
          s.replies(),
          s.advice(),
          s.feedbackUp(),
          s.feedbackDown());
      s.byPrinciple().forEach((p, n) -> out.printf(Locale.ROOT, "  %-12s %d%n", p, n));
      return 0;
    }
  }
}
