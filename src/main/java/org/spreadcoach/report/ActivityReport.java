package org.spreadcoach.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.Unrecognised;

/**
 * The activity report: what the knowledge base saw in a period, as charts. Rendering only: the
 * counts come from {@link org.spreadcoach.kb.KnowledgeBase#activity}. {@link #fullPage()} is the
 * self-contained file of {@code spreadcoach report}; a page that shows the same charts (the review
 * page) includes {@link #libraryScript()} once and then {@link #chartsFragment()}.
 */
public final class ActivityReport {
  /** The label of recognised messages with no principle: general questions and talk to the bot. */
  public static final String GENERAL = "general";

  private static final String DATA_ID = "sc-activity-data";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  private final Activity activity;

  private ActivityReport(Activity activity) {
    this.activity = activity;
  }

  /** The report of {@code activity}. */
  public static ActivityReport from(Activity activity) {
    return new ActivityReport(activity);
  }

  /** The chart library as a {@code <script>} element (about 1 MB): include it once per page. */
  public static String libraryScript() {
    return ChartLibrary.scriptElement();
  }

  /** A whole HTML page, library included, that needs nothing from the network. */
  public String fullPage() {
    return ChartPage.page("Spread Coach activity", chartsFragment());
  }

  /**
   * The period's line, the headline figures, the charts' elements and the script that draws them,
   * with a {@code <style>} for its own {@code sc-} classes; the page must include {@link
   * #libraryScript()} before it. Element ids start with {@code sc-activity-}, so one fragment per
   * page.
   */
  public String chartsFragment() {
    StringBuilder body = new StringBuilder(ChartPage.BODY_STYLE);
    body.append("<p class=\"sc-meta\">Since ")
        .append(Html.escape(DAY.format(activity.since().atZone(ZoneOffset.UTC))))
        .append(" (UTC). Counts only what channels that opted in to logging kept.</p>");
    List<Chart> charts = new ArrayList<>();
    if (activity.messages() == 0) {
      body.append(ChartPage.empty("No questions in this period."));
    } else {
      body.append(
          ChartPage.figures(
              List.of(
                  new String[] {"messages", Long.toString(activity.messages())},
                  new String[] {"recognised", percent(activity.recognised())},
                  new String[] {"answered with the fallback", percent(activity.fallback())},
                  new String[] {"left unanswered", percent(activity.unanswered())},
                  new String[] {"rounds held", Integer.toString(activity.rounds().size())})));
      charts.add(weekly());
      charts.add(groups());
      charts.add(confidence());
    }
    charts.forEach(c -> body.append(c.element()));
    if (activity.feedback().isEmpty()) {
      body.append(heading("Thumbs up and down per intent"))
          .append(ChartPage.empty("No reactions on the bot's replies in this period."));
    } else {
      Chart feedback = feedback();
      charts.add(feedback);
      body.append(feedback.element());
    }
    if (activity.rounds().isEmpty()) {
      body.append(heading("Co-coaching rounds"))
          .append(ChartPage.empty("No rounds held in this period."));
    } else {
      Chart rounds = rounds();
      charts.add(rounds);
      body.append(rounds.element()).append(roundsTable());
    }
    body.append(heading("Most frequent unrecognised messages"));
    if (activity.unrecognised().isEmpty()) {
      body.append(ChartPage.empty("Nothing addressed to the bot went unrecognised."));
    } else {
      body.append(
              "<p class=\"sc-caption\">Addressed to the bot but out of scope, so answered with the"
                  + " fallback: the list to add intent examples from (<code>kb unrecognised</code>"
                  + " has all of them).</p>")
          .append(unrecognisedTable());
    }
    body.append(ChartPage.drawScript(DATA_ID, charts, Chart.map("summary", summary())));
    return body.toString();
  }

  /** The headline numbers, also in the data block so a reader of the file can take them. */
  private Map<String, Object> summary() {
    long advice = activity.rounds().stream().mapToLong(Activity.RoundActivity::advice).sum();
    return Chart.map(
        "since",
        activity.since().toString(),
        "messages",
        activity.messages(),
        "recognised",
        activity.recognised(),
        "fallback",
        activity.fallback(),
        "unanswered",
        activity.unanswered(),
        "rounds",
        activity.rounds().size(),
        "roundAdvice",
        advice);
  }

  private String percent(long part) {
    return String.format(
        Locale.ROOT, "%d (%.0f%%)", part, 100.0 * part / Math.max(1, activity.messages()));
  }

  private Chart weekly() {
    TreeSet<String> principles = new TreeSet<>();
    TreeSet<LocalDate> seen = new TreeSet<>();
    for (Activity.WeekCount w : activity.weeks()) {
      principles.add(label(w.principle()));
      seen.add(w.week());
    }
    List<String> order = new ArrayList<>(principles);
    if (order.remove(GENERAL)) {
      order.add(GENERAL);
    }
    // Every week from the first to the last, so a quiet week shows as a gap, not as nothing.
    List<LocalDate> weeks = new ArrayList<>();
    if (!seen.isEmpty()) {
      for (LocalDate d = seen.first(); !d.isAfter(seen.last()); d = d.plusWeeks(1)) {
        weeks.add(d);
      }
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    order.forEach(p -> counts.put(p, new long[weeks.size()]));
    for (Activity.WeekCount w : activity.weeks()) {
      counts.get(label(w.principle()))[weeks.indexOf(w.week())] += w.count();
    }
    List<Object> series = new ArrayList<>();
    counts.forEach(
        (p, n) ->
            series.add(
                Chart.map(
                    "name",
                    p,
                    "type",
                    "bar",
                    "stack",
                    "questions",
                    "data",
                    n,
                    "itemStyle",
                    Chart.map("color", colour(p, order)))));
    Map<String, Object> option =
        Chart.columns(
            weeks.stream().map(SHORT::format).toList(),
            "week starting (Monday, UTC)",
            "recognised questions",
            series);
    return new Chart(
        "sc-activity-weekly",
        "Questions per week, by principle",
        "Messages recognised as spread questions, stacked by the principle the bot answered on"
            + " (general: questions it narrowed down, and talk to the bot).",
        380,
        option);
  }

  private Chart groups() {
    List<Object> data =
        List.of(
            slice("recognised", activity.recognised(), Chart.GOOD),
            slice("answered with the fallback", activity.fallback(), Chart.AMBER),
            slice("left unanswered (chatter)", activity.unanswered(), Chart.NEUTRAL));
    Map<String, Object> option = Chart.base();
    option.put("legend", Chart.map("bottom", 0));
    option.put(
        "series",
        List.of(
            Chart.map(
                "type",
                "pie",
                "radius",
                List.of("38%", "68%"),
                "center",
                List.of("50%", "48%"),
                "percentPrecision",
                0,
                "label",
                Chart.map("formatter", "{b}\n{c} ({d}%)", "fontSize", 14, "lineHeight", 20),
                "data",
                data)));
    return new Chart(
        "sc-activity-groups",
        "What the bot did with each message",
        "Recognised: in scope. Fallback: addressed to the bot but not recognised, answered with"
            + " what it can do. Unanswered: out-of-scope chatter in an ambient channel.",
        340,
        option);
  }

  private static Map<String, Object> slice(String name, long value, String colour) {
    return Chart.map("name", name, "value", value, "itemStyle", Chart.map("color", colour));
  }

  private Chart confidence() {
    List<String> labels = new ArrayList<>();
    List<Long> recognised = new ArrayList<>();
    List<Long> other = new ArrayList<>();
    for (Activity.ConfidenceBucket b : activity.confidence()) {
      labels.add(String.format(Locale.ROOT, "%.1f–%.1f", b.from(), b.to()));
      recognised.add(b.recognised());
      other.add(b.notRecognised());
    }
    Map<String, Object> option =
        Chart.columns(
            labels,
            "recogniser's confidence",
            "messages",
            List.of(
                Chart.bars("recognised", recognised, Chart.GOOD, "confidence"),
                Chart.bars("not recognised", other, Chart.NEUTRAL, "confidence")));
    return new Chart(
        "sc-activity-confidence",
        "Confidence distribution",
        "How sure the recogniser was of its best principle, for every message kept.",
        340,
        option);
  }

  private Chart feedback() {
    List<String> intents = new ArrayList<>();
    List<Long> up = new ArrayList<>();
    List<Long> down = new ArrayList<>();
    for (Activity.IntentFeedback f : activity.feedback()) {
      intents.add(f.intent() == null ? "(fallback)" : f.intent());
      up.add(f.up());
      down.add(f.down());
    }
    Map<String, Object> count = Chart.axis("value", "reactions", 30);
    count.put("minInterval", 1);
    Map<String, Object> option =
        Chart.rows(
            intents,
            count,
            List.of(
                Chart.bars("thumbs up (helpful)", up, Chart.GOOD, null),
                Chart.bars("thumbs down (not helpful)", down, Chart.BAD, null)));
    return new Chart(
        "sc-activity-feedback",
        "Thumbs up and down per intent",
        "Reactions on the bot's replies, by the intent it answered with.",
        Math.max(200, 110 + 44 * intents.size()),
        option);
  }

  private Chart rounds() {
    List<String> names = new ArrayList<>();
    List<Long> advice = new ArrayList<>();
    for (Activity.RoundActivity r : activity.rounds()) {
      names.add("#" + r.id() + " " + SHORT.format(r.opened().atZone(ZoneOffset.UTC)));
      advice.add(r.advice());
    }
    long total = advice.stream().mapToLong(Long::longValue).sum();
    Map<String, Object> option =
        Chart.columns(
            names,
            "round (number and day opened)",
            "pieces of advice",
            List.of(Chart.bars("advice", advice, Chart.PRINCIPLE_COLOURS.get(0), null)));
    return new Chart(
        "sc-activity-rounds",
        "Co-coaching rounds",
        String.format(
            Locale.ROOT,
            "%d round(s) held, %d piece(s) of advice, %.1f per round.",
            names.size(),
            total,
            (double) total / names.size()),
        300,
        option);
  }

  private String roundsTable() {
    List<List<String>> rows = new ArrayList<>();
    for (Activity.RoundActivity r : activity.rounds()) {
      rows.add(
          List.of(
              "#" + r.id(),
              DAY.format(r.opened().atZone(ZoneOffset.UTC)),
              r.topic(),
              Long.toString(r.advice()),
              r.closed() ? "closed" : "open"));
    }
    return ChartPage.table(List.of("round", "opened", "topic", "#advice", "state"), rows);
  }

  private String unrecognisedTable() {
    List<List<String>> rows = new ArrayList<>();
    for (Unrecognised u : activity.unrecognised()) {
      rows.add(List.of(u.text(), Long.toString(u.count()), u.nearest() == null ? "" : u.nearest()));
    }
    return ChartPage.table(List.of("message", "#times", "nearest intent"), rows);
  }

  private static String heading(String title) {
    return "<h2 class=\"sc-heading\">" + Html.escape(title) + "</h2>";
  }

  private static String label(String principle) {
    return principle == null ? GENERAL : principle;
  }

  /** A principle's colour: by its place among the report's principles, general in grey. */
  private static String colour(String principle, List<String> order) {
    if (GENERAL.equals(principle)) {
      return Chart.NEUTRAL;
    }
    List<String> palette = Chart.PRINCIPLE_COLOURS;
    return palette.get(order.indexOf(principle) % palette.size());
  }
}
