package org.spreadcoach.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.Principle;

/**
 * {@code intents eval --html}: the cross-validation of an {@link EvaluationReport} as one
 * self-contained page. Precision, recall and F1 are the evaluator's own; the confusion matrices and
 * histograms only count the report's per-utterance predictions.
 */
public final class EvaluationHtml {
  private static final String DATA_ID = "sc-eval-data";
  private static final int CONFIDENCE_BUCKETS = 20;

  private final EvaluationReport report;
  private final IntentCatalog catalog;

  private EvaluationHtml(EvaluationReport report, IntentCatalog catalog) {
    this.report = report;
    this.catalog = catalog;
  }

  /** The page of {@code report}, with intents grouped by the principles of {@code catalog}. */
  public static String render(EvaluationReport report, IntentCatalog catalog) {
    return new EvaluationHtml(report, catalog).page();
  }

  private String page() {
    List<EvaluationReport.Prediction> predictions = report.predictions();
    StringBuilder body = new StringBuilder(ChartPage.BODY_STYLE);
    body.append("<p class=\"sc-meta\">")
        .append(
            Html.escape(
                String.format(
                    Locale.ROOT,
                    "%d-fold cross-validation over %d labelled utterances (%d intents and out of"
                        + " scope): each utterance scored by a model trained without it.",
                    report.folds(),
                    predictions.size(),
                    report.intents())))
        .append("</p>");
    body.append(
        ChartPage.figures(
            List.of(
                new String[] {"accuracy", pct(report.accuracy())},
                new String[] {"in-scope accuracy", pct(report.inScopeAccuracy())},
                new String[] {"out-of-scope false triggers", pct(report.falseTriggerRate())},
                new String[] {
                  "must-pass tests failed",
                  report.testFailures().size() + " of " + report.testsTotal()
                })));
    List<Chart> charts = new ArrayList<>();
    if (predictions.isEmpty()) {
      body.append(ChartPage.empty("No utterances were cross-validated."));
    } else {
      charts.add(
          heatMap(
              "sc-eval-principles",
              "Confusion by principle",
              "Rows: the principle an utterance belongs to; columns: the one it was taken for."
                  + " Colour: share of the row; number: utterances.",
              this::principleOf,
              principleLabels()));
      charts.add(
          heatMap(
              "sc-eval-intents",
              "Confusion by intent",
              "Rows: the intent an utterance belongs to; columns: the one it was taken for."
                  + " Colour: share of the row; number: utterances.",
              Function.identity(),
              intentLabels()));
      charts.add(scores());
      charts.add(confidence());
    }
    charts.forEach(c -> body.append(c.element()));
    body.append("<h2 class=\"sc-heading\">Per intent</h2>").append(scoreTable());
    body.append("<h2 class=\"sc-heading\">Errors</h2>");
    List<EvaluationReport.Prediction> errors =
        predictions.stream()
            .filter(p -> !p.right())
            .sorted(Comparator.comparingDouble(EvaluationReport.Prediction::confidence).reversed())
            .toList();
    if (errors.isEmpty()) {
      body.append(ChartPage.empty("No utterance was taken for the wrong label."));
    } else {
      body.append(
          "<p class=\"sc-caption\">Every utterance taken for the wrong label, the most confident"
              + " mistakes first.</p>");
      List<List<String>> rows = new ArrayList<>();
      for (EvaluationReport.Prediction p : errors) {
        rows.add(
            List.of(
                p.text(),
                p.expected(),
                p.predicted(),
                String.format(Locale.ROOT, "%.2f", p.confidence())));
      }
      body.append(
          ChartPage.table(List.of("utterance", "expected", "taken for", "#confidence"), rows));
    }
    body.append(ChartPage.drawScript(DATA_ID, charts, Chart.map("summary", summary())));
    return ChartPage.page("Spread Coach intents evaluation", body.toString());
  }

  private Map<String, Object> summary() {
    return Chart.map(
        "folds",
        report.folds(),
        "utterances",
        report.predictions().size(),
        "accuracy",
        report.accuracy(),
        "inScopeAccuracy",
        report.inScopeAccuracy(),
        "falseTriggerRate",
        report.falseTriggerRate(),
        "right",
        report.predictions().stream().filter(EvaluationReport.Prediction::right).count(),
        "wrong",
        report.predictions().stream().filter(p -> !p.right()).count());
  }

  private String principleOf(String label) {
    if (EvaluationReport.OUT_OF_SCOPE.equals(label)) {
      return label;
    }
    return catalog
        .intent(label)
        .map(Intent::principle)
        .map(p -> p == null ? ActivityReport.GENERAL : p)
        .orElse(ActivityReport.GENERAL);
  }

  private List<String> principleLabels() {
    List<String> labels = new ArrayList<>();
    catalog.principles().stream().map(Principle::id).forEach(labels::add);
    labels.add(ActivityReport.GENERAL);
    labels.add(EvaluationReport.OUT_OF_SCOPE);
    return labels;
  }

  /** Intents grouped by principle in catalogue order, so related cells sit together. */
  private List<String> intentLabels() {
    List<String> labels = new ArrayList<>();
    for (String principle : principleLabels()) {
      catalog.intents().stream()
          .filter(i -> principleOf(i.id()).equals(principle))
          .map(Intent::id)
          .forEach(labels::add);
    }
    labels.add(EvaluationReport.OUT_OF_SCOPE);
    return labels;
  }

  private Chart heatMap(
      String id,
      String title,
      String caption,
      Function<String, String> group,
      List<String> labels) {
    int n = labels.size();
    long[][] counts = new long[n][n];
    for (EvaluationReport.Prediction p : report.predictions()) {
      int row = labels.indexOf(group.apply(p.expected()));
      int col = labels.indexOf(group.apply(p.predicted()));
      if (row >= 0 && col >= 0) {
        counts[row][col]++;
      }
    }
    List<Object> cells = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      long rowTotal = 0;
      for (long c : counts[r]) {
        rowTotal += c;
      }
      for (int c = 0; c < n; c++) {
        if (counts[r][c] > 0) {
          double share = Math.round(1000.0 * counts[r][c] / rowTotal) / 1000.0;
          // Dark cells get light text; ECharts picks one label colour per series otherwise.
          cells.add(
              Chart.map(
                  "value",
                  List.of(c, r, share, counts[r][c]),
                  "label",
                  Chart.map("color", share >= 0.55 ? "#ffffff" : "#111111")));
        }
      }
    }
    int labelWidth = labels.stream().mapToInt(String::length).max().orElse(10) * 7 + 30;
    int cell = n > 12 ? 26 : 44;
    Map<String, Object> option = Chart.base();
    option.put(
        "grid", Chart.map("left", labelWidth + 30, "right", 110, "top", 10, "height", cell * n));
    // Labels under the x axis are turned 50 degrees, so they reach down about 0.8 of their length.
    int below = labelWidth * 4 / 5;
    Map<String, Object> x = Chart.axis("category", "taken for", below + 10);
    x.put("data", labels);
    x.put("position", "bottom");
    x.put("axisLabel", Chart.map("interval", 0, "rotate", 50));
    x.put("splitArea", Chart.map("show", true));
    option.put("xAxis", x);
    Map<String, Object> y = Chart.axis("category", "expected", labelWidth);
    y.put("data", labels);
    y.put("inverse", true);
    y.put("axisLabel", Chart.map("interval", 0));
    y.put("splitArea", Chart.map("show", true));
    option.put("yAxis", y);
    option.put(
        "visualMap",
        Chart.map(
            "min",
            0,
            "max",
            1,
            "dimension",
            2,
            "calculable",
            false,
            "orient",
            "vertical",
            "right",
            10,
            "top",
            10,
            "text",
            List.of("100% of row", "0%"),
            "inRange",
            Chart.map("color", List.of("#f2f6fb", "#6baed6", "#08306b"))));
    option.put(
        "series",
        List.of(
            Chart.map(
                "type",
                "heatmap",
                "data",
                cells,
                "label",
                Chart.map("show", true, "formatter", "{@[3]}"),
                "tooltip",
                Chart.map("formatter", "{@[3]} utterance(s), {@[2]} of the row"))));
    return new Chart(id, title, caption, cell * n + below + 50, option);
  }

  private Chart scores() {
    List<EvaluationReport.IntentScore> scores = report.perIntent();
    Map<String, Object> score = Chart.axis("value", "score (0 to 1)", 30);
    score.put("max", 1);
    Map<String, Object> option =
        Chart.rows(
            scores.stream().map(EvaluationReport.IntentScore::intent).toList(),
            score,
            List.of(
                Chart.bars(
                    "precision",
                    scores.stream().map(s -> round(s.precision())).toList(),
                    Chart.PRINCIPLE_COLOURS.get(0),
                    null),
                Chart.bars(
                    "recall",
                    scores.stream().map(s -> round(s.recall())).toList(),
                    Chart.PRINCIPLE_COLOURS.get(1),
                    null),
                Chart.bars(
                    "F1",
                    scores.stream().map(s -> round(s.f1())).toList(),
                    Chart.PRINCIPLE_COLOURS.get(2),
                    null)));
    return new Chart(
        "sc-eval-scores",
        "Precision, recall and F1 per intent",
        "Precision: of the utterances taken for the intent, the share that belonged to it."
            + " Recall: of its own utterances, the share recognised as it.",
        110 + 36 * scores.size(),
        option);
  }

  private Chart confidence() {
    long[] right = new long[CONFIDENCE_BUCKETS];
    long[] wrong = new long[CONFIDENCE_BUCKETS];
    for (EvaluationReport.Prediction p : report.predictions()) {
      int b =
          Math.max(
              0,
              Math.min(
                  CONFIDENCE_BUCKETS - 1, (int) Math.floor(p.confidence() * CONFIDENCE_BUCKETS)));
      (p.right() ? right : wrong)[b]++;
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < CONFIDENCE_BUCKETS; i++) {
      labels.add(String.format(Locale.ROOT, "%.2f", (double) i / CONFIDENCE_BUCKETS));
    }
    // Each group as shares of itself: right answers outnumber wrong ones many times, and in
    // counts the wrong ones would be too short to read.
    Map<String, Object> option =
        Chart.columns(
            labels,
            "confidence (bucket start)",
            "share of its group (%)",
            List.of(
                Chart.bars("right answers", shares(right), Chart.GOOD, null),
                Chart.bars("wrong answers", shares(wrong), Chart.BAD, null)));
    return new Chart(
        "sc-eval-confidence",
        "Confidence of right and wrong answers",
        "Confidence is the recogniser's probability for its best principle, so an intent taken"
            + " for its sibling can still score high. Each colour adds up to 100%. Wrong answers"
            + " given with high confidence are the ones a threshold cannot catch.",
        360,
        option);
  }

  private String scoreTable() {
    Map<String, EvaluationReport.IntentScore> byIntent = new LinkedHashMap<>();
    report.perIntent().forEach(s -> byIntent.put(s.intent(), s));
    List<List<String>> rows = new ArrayList<>();
    for (EvaluationReport.IntentScore s : byIntent.values()) {
      rows.add(
          List.of(
              s.intent(),
              principleOf(s.intent()),
              fmt(s.precision()),
              fmt(s.recall()),
              fmt(s.f1()),
              Integer.toString(s.support())));
    }
    return ChartPage.table(
        List.of("intent", "principle", "#precision", "#recall", "#F1", "#utterances"), rows);
  }

  /** Each value as a percentage of their sum, to one decimal. */
  private static List<Double> shares(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    List<Double> out = new ArrayList<>();
    for (long v : values) {
      out.add(total == 0 ? 0.0 : Math.round(1000.0 * v / total) / 10.0);
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
