package org.spreadcoach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.IntentEvaluator;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.testing.TestCatalogs;

/** {@code intents eval --html} on the small catalogue's real cross-validation. */
class EvaluationHtmlTest {
  private static IntentCatalog catalog;
  private static EvaluationReport report;
  private static String page;

  @BeforeAll
  static void evaluate() {
    catalog = TestCatalogs.small();
    report = new IntentEvaluator(NluSettings.defaults(), 0.5).evaluate(catalog, 3, List.of());
    page = ActivityReportTest.withoutLibrary(EvaluationHtml.render(report, catalog));
  }

  @Test
  void everyUtteranceIsInBothConfusionMatricesOnce() throws Exception {
    JsonNode data = ReportFixture.data(page, "sc-eval-data");

    assertThat(report.predictions()).hasSize(report.examples());
    for (String id : List.of("sc-eval-intents", "sc-eval-principles")) {
      long sum = 0;
      for (JsonNode cell : ReportFixture.chart(data, id).at("/series/0/data")) {
        sum += cell.at("/value/3").asLong();
      }
      assertThat(sum).as(id).isEqualTo(report.examples());
    }
  }

  @Test
  void theDiagonalOfTheIntentMatrixCountsTheRightAnswers() throws Exception {
    JsonNode intents =
        ReportFixture.chart(ReportFixture.data(page, "sc-eval-data"), "sc-eval-intents");
    long diagonal = 0;
    for (JsonNode cell : intents.at("/series/0/data")) {
      if (cell.at("/value/0").asInt() == cell.at("/value/1").asInt()) {
        diagonal += cell.at("/value/3").asLong();
      }
    }
    assertThat(diagonal)
        .isEqualTo(
            report.predictions().stream().filter(EvaluationReport.Prediction::right).count());
    assertThat(intents.at("/yAxis/data").toString())
        .contains("networks.connect", "benefit.case", "spread.general", "out of scope");
  }

  @Test
  void theTableHasARowForEveryIntentWithTheEvaluatorsFigures() throws Exception {
    for (Intent intent : catalog.intents()) {
      assertThat(page).contains("<tr><td>" + intent.id() + "</td>");
    }
    EvaluationReport.IntentScore first = report.perIntent().get(0);
    assertThat(page)
        .contains(
            String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%s</td><td class=\"num\">%.3f</td><td class=\"num\">%.3f</td>",
                first.intent(),
                catalog.intent(first.intent()).orElseThrow().principle() == null
                    ? "general"
                    : catalog.intent(first.intent()).orElseThrow().principle(),
                first.precision(),
                first.recall()));
    JsonNode scores =
        ReportFixture.chart(ReportFixture.data(page, "sc-eval-data"), "sc-eval-scores");
    assertThat(scores.at("/yAxis/data")).hasSize(catalog.intents().size());
  }

  @Test
  void theConfidenceHistogramSplitsRightFromWrongEachAsSharesOfItself() throws Exception {
    JsonNode data = ReportFixture.data(page, "sc-eval-data");
    JsonNode histogram = ReportFixture.chart(data, "sc-eval-confidence");
    long wrong = report.predictions().stream().filter(p -> !p.right()).count();

    assertThat(data.at("/summary/wrong").asLong()).isEqualTo(wrong).isPositive();
    assertThat(data.at("/summary/right").asLong()).isEqualTo(report.examples() - wrong);
    for (int series = 0; series < 2; series++) {
      double sum = 0;
      for (JsonNode n : histogram.at("/series/" + series + "/data")) {
        sum += n.asDouble();
      }
      assertThat(sum).as("series " + series).isCloseTo(100.0, Offset.offset(1.0));
    }
  }

  @Test
  void errorsAreListedAsTextNeverAsMarkup() {
    EvaluationReport hostile =
        new EvaluationReport(
            3,
            2,
            catalog.intents().size(),
            0.5,
            0.5,
            0.0,
            report.perIntent(),
            List.of(),
            0,
            List.of(),
            null,
            null,
            null,
            List.of(
                new EvaluationReport.Prediction(
                    ReportFixture.HOSTILE, "networks.connect", "benefit.case", 0.9),
                new EvaluationReport.Prediction("fine", "benefit.case", "benefit.case", 0.8)));

    String html = ActivityReportTest.withoutLibrary(EvaluationHtml.render(hostile, catalog));

    assertThat(html)
        .doesNotContain("<img")
        .contains("<td>&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)")
        .doesNotContain("<td>fine</td>");
    assertThat(ActivityReportTest.count(html, "<script"))
        .isEqualTo(ActivityReportTest.count(html, "</script>"));
    ActivityReportTest.assertNoExternalLoads(html);
  }
}
