package org.spreadcoach.evaluation;

import java.util.Locale;

/** Renders an {@link EvaluationReport} for a person to read. */
public final class EvaluationText {
  private EvaluationText() {}

  public static String render(EvaluationReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Cross-validation (%d folds, %d utterances, %d intents)%n",
            r.folds(),
            r.examples(),
            r.intents()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  accuracy            %s   (intent or out of scope right)%n",
            pct(r.accuracy())));
    sb.append(
        String.format(
            Locale.ROOT,
            "  in-scope accuracy   %s   (intent examples recognised as their intent)%n",
            pct(r.inScopeAccuracy())));
    sb.append(
        String.format(
            Locale.ROOT,
            "  false triggers      %s   (out-of-scope examples taken for an intent)%n%n",
            pct(r.falseTriggerRate())));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-44s %9s %7s %6s %8s%n",
            "intent",
            "precision",
            "recall",
            "F1",
            "support"));
    for (EvaluationReport.IntentScore s : r.perIntent()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-44s %9s %7s %6.2f %8d%n",
              s.intent(),
              pct(s.precision()),
              pct(s.recall()),
              s.f1(),
              s.support()));
    }
    sb.append(String.format(Locale.ROOT, "%nMost confused (expected -> predicted):%n"));
    if (r.confusions().isEmpty()) {
      sb.append("  none\n");
    }
    r.confusions()
        .forEach(
            c ->
                sb.append(
                    String.format(
                        Locale.ROOT, "  %3d  %s -> %s%n", c.count(), c.expected(), c.predicted())));
    sb.append(
        String.format(
            Locale.ROOT,
            "%nMust-pass tests: %d of %d pass%n",
            r.testsTotal() - r.testFailures().size(),
            r.testsTotal()));
    r.testFailures()
        .forEach(
            f ->
                sb.append(
                    String.format(
                        Locale.ROOT,
                        "  FAIL %s: \"%s\" -> %s (%.2f)%n",
                        f.intent(),
                        f.text(),
                        f.got(),
                        f.confidence())));
    appendSet(sb, "Development set", r.dev());
    appendSet(sb, "Check set (written apart from the intents, never tuned on)", r.check());
    EvaluationReport.OpenWorldScore world = r.openWorld();
    if (world != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%nOpen world: %s, %d everyday messages as ambient chatter%n"
                  + "  drawing a reply     %s   (%d; target <= 0.5%%)%n",
              world.source(),
              world.total(),
              pct(world.share()),
              world.answered()));
      world.examples().forEach(t -> sb.append("    \"").append(t).append("\"\n"));
    }
    return sb.toString();
  }

  private static void appendSet(StringBuilder sb, String title, EvaluationReport.DevSetScore set) {
    if (set == null) {
      return;
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%n%s (%d messages: %d spread questions, %d chatter), as an ambient channel treats"
                + " them%n",
            title,
            set.total(),
            set.spreadQuestions(),
            set.chatter()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  in-scope recall     %s   (spread questions that get a reply; target >= 93%%)%n",
            pct(set.inScopeRecall())));
    sb.append(
        String.format(
            Locale.ROOT,
            "  false triggers      %s   (chatter that gets an unprompted reply; target <= 1%%)%n",
            pct(set.falseTriggerRate())));
    sb.append(
        String.format(
            Locale.ROOT,
            "  principle accuracy  %s   (of %d labelled with a principle; target >= 85%%)%n",
            pct(set.principleAccuracy()),
            set.principleLabelled()));
    if (!set.misses().isEmpty()) {
      sb.append("  misses:\n");
      set.misses()
          .forEach(
              m ->
                  sb.append(
                      String.format(
                          Locale.ROOT,
                          "    %s:%d [%s] \"%s\" -> %s (%.2f)%n",
                          m.file(),
                          m.line(),
                          m.label(),
                          m.text(),
                          m.got(),
                          m.confidence())));
    }
  }

  public static String render(OosBenchmarkReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "CLINC150, oos-threshold protocol (%d intents, %d training "
                + "queries; threshold from %d validation queries; %d + %d test queries)%n",
            r.intents(),
            r.trainExamples(),
            r.valExamples(),
            r.testInScope(),
            r.testOutOfScope()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  in-scope accuracy   %s   (top-1 before the threshold %s)%n",
            pct(r.inScopeAccuracy()),
            pct(r.topOneAccuracy()).strip()));
    sb.append(String.format(Locale.ROOT, "  oos recall          %s%n", pct(r.oosRecall())));
    sb.append(String.format(Locale.ROOT, "  oos precision       %s%n", pct(r.oosPrecision())));
    sb.append(String.format(Locale.ROOT, "  AUROC in vs out     %6.3f%n", r.auroc()));
    sb.append(String.format(Locale.ROOT, "  training            %6.1f s%n", r.trainSeconds()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  classify latency    p50 %.0f us, p99 %.0f us (one thread)%n",
            r.p50Micros(),
            r.p99Micros()));
    sb.append(
        "  thresholds (criterion: threshold -> validation in-scope / oos recall; test "
            + "in-scope / oos recall / oos precision)\n");
    for (OosBenchmarkReport.OperatingPoint p : r.operatingPoints()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "    %-9s %6.4f -> val %s / %s; test %s / %s / %s%n",
              p.criterion(),
              p.threshold(),
              pct(p.valInScopeAccuracy()).strip(),
              pct(p.valOosRecall()).strip(),
              pct(p.inScopeAccuracy()).strip(),
              pct(p.oosRecall()).strip(),
              pct(p.oosPrecision()).strip()));
    }
    sb.append(String.format(Locale.ROOT, "  settings            %s%n", r.settings()));
    return sb.toString();
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%5.1f%%", 100 * x);
  }
}
