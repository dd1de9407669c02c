package org.spreadcoach.review.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.EvaluationReport.DevSetScore;

public class EvalDeltaTest {

  /** A report with these figures, for tests of the page too. */
  public static EvaluationReport report(
      double inScopeAccuracy, double falseTriggers, double devRecall, double devFalse) {
    return new EvaluationReport(
        5,
        100,
        3,
        0.8,
        inScopeAccuracy,
        falseTriggers,
        List.of(),
        List.of(),
        0,
        List.of(),
        new DevSetScore(50, 30, 20, devRecall, devFalse, 20, 0.9, List.of()),
        null,
        new EvaluationReport.OpenWorldScore("w", 1000, 2, 0.002, List.of()),
        List.of());
  }

  @Test
  void nothingWorseWhenTheFiguresHoldOrImprove() {
    assertThat(EvalDelta.worse(report(0.7, 0.08, 0.9, 0.0), report(0.72, 0.08, 0.92, 0.0)))
        .isEmpty();
  }

  @Test
  void saysPlainlyWhenRecallFallsOrFalseTriggersRise() {
    List<String> worse =
        EvalDelta.worse(report(0.7, 0.08, 0.94, 0.0), report(0.7, 0.09, 0.92, 0.01));

    assertThat(worse)
        .containsExactly(
            "Cross-validation: false triggers rise from 8.0% to 9.0%.",
            "Development set: in-scope recall falls from 94.0% to 92.0%.",
            "Development set: false triggers rise from 0.0% to 1.0%.");
  }

  @Test
  void figuresCoverCrossValidationDevelopmentSetAndOpenWorld() {
    List<EvalDelta.Figure> figures =
        EvalDelta.figures(report(0.7, 0.08, 0.94, 0.0), report(0.71, 0.08, 0.94, 0.0));

    assertThat(figures)
        .extracting(EvalDelta.Figure::group)
        .contains("cross-validation", "development set", "open world");
    assertThat(figures.get(1).change()).isEqualTo("+1.0 pts");
    assertThat(figures.get(1).worse()).isFalse();
  }
}
