package org.spreadcoach.review.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.EvaluationReport.DevSetScore;

/**
 * The figures Apply compares, before and after, and the plain sentences it shows when recall falls
 * or false triggers rise.
 */
public final class EvalDelta {
  /** The figures that ask for a second confirmation when they move the wrong way. */
  private static final Set<String> WATCHED =
      Set.of("in-scope accuracy", "in-scope recall", "false triggers", "share drawing a reply");

  private EvalDelta() {}

  /**
   * One compared figure.
   *
   * @param higherIsBetter whether a rise is good news (recall) or bad (false triggers)
   * @param before the figure before, or NaN when not measured
   * @param after the figure after, or NaN when not measured
   */
  public record Figure(
      String group, String name, boolean higherIsBetter, double before, double after) {

    /** Whether it moved the wrong way. */
    public boolean worse() {
      if (Double.isNaN(before) || Double.isNaN(after)) {
        return false;
      }
      return higherIsBetter ? after < before - 1e-9 : after > before + 1e-9;
    }

    /** The change in percentage points, signed, such as "+0.4 pts". */
    public String change() {
      if (Double.isNaN(before) || Double.isNaN(after)) {
        return "";
      }
      // From the figures as shown (one decimal), so 8.3% to 8.5% reads +0.2, not +0.1.
      long tenths = Math.round(after * 1000) - Math.round(before * 1000);
      return tenths == 0 ? "±0" : String.format(Locale.ROOT, "%+.1f pts", tenths / 10.0);
    }
  }

  /** Every compared figure: cross-validation, development set, check set, open world. */
  public static List<Figure> figures(EvaluationReport before, EvaluationReport after) {
    List<Figure> out = new ArrayList<>();
    out.add(
        new Figure(
            "cross-validation",
            "accuracy",
            true,
            before.accuracy(),
            after == null ? Double.NaN : after.accuracy()));
    out.add(
        new Figure(
            "cross-validation",
            "in-scope accuracy",
            true,
            before.inScopeAccuracy(),
            after == null ? Double.NaN : after.inScopeAccuracy()));
    out.add(
        new Figure(
            "cross-validation",
            "false triggers",
            false,
            before.falseTriggerRate(),
            after == null ? Double.NaN : after.falseTriggerRate()));
    set(out, "development set", before.dev(), after == null ? null : after.dev());
    set(out, "check set", before.check(), after == null ? null : after.check());
    if (before.openWorld() != null) {
      out.add(
          new Figure(
              "open world",
              "share drawing a reply",
              false,
              before.openWorld().share(),
              after == null || after.openWorld() == null ? Double.NaN : after.openWorld().share()));
    }
    return out;
  }

  private static void set(List<Figure> out, String group, DevSetScore before, DevSetScore after) {
    if (before == null) {
      return;
    }
    add(out, group, "in-scope recall", true, before, after, DevSetScore::inScopeRecall);
    add(out, group, "false triggers", false, before, after, DevSetScore::falseTriggerRate);
    add(out, group, "principle accuracy", true, before, after, DevSetScore::principleAccuracy);
  }

  private static void add(
      List<Figure> out,
      String group,
      String name,
      boolean higherIsBetter,
      DevSetScore before,
      DevSetScore after,
      Function<DevSetScore, Double> figure) {
    out.add(
        new Figure(
            group,
            name,
            higherIsBetter,
            figure.apply(before),
            after == null ? Double.NaN : figure.apply(after)));
  }

  /**
   * What got worse, one sentence each: recall that fell, false triggers that rose, and must-pass
   * tests that now fail.
   */
  public static List<String> worse(EvaluationReport before, EvaluationReport after) {
    List<String> out = new ArrayList<>();
    for (Figure f : figures(before, after)) {
      if (f.worse() && WATCHED.contains(f.name())) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s: %s %s from %.1f%% to %.1f%%.",
                capitalised(f.group()),
                f.name(),
                f.higherIsBetter() ? "falls" : f.name().endsWith("s") ? "rise" : "rises",
                f.before() * 100,
                f.after() * 100));
      }
    }
    int failing = after.testFailures().size() - before.testFailures().size();
    if (failing > 0) {
      out.add(failing + " more must-pass test(s) fail: the build would fail.");
    }
    return out;
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
