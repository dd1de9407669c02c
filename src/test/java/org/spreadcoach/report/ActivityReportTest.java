package org.spreadcoach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.kb.Activity;

/** The activity report from a knowledge base filled by a replay: its numbers, its safety. */
class ActivityReportTest {
  @TempDir static Path dir;
  private static Activity activity;
  private static String page;

  @BeforeAll
  static void fill() {
    activity = ReportFixture.activity(dir);
    page = withoutLibrary(ActivityReport.from(activity).fullPage());
  }

  @Test
  void theKnowledgeBaseCountsWhatTheReplayDid() {
    assertThat(activity.recognised()).isEqualTo(3);
    assertThat(activity.fallback()).isEqualTo(2);
    assertThat(activity.unanswered()).isEqualTo(1);
    assertThat(activity.weeks())
        .containsExactly(
            new Activity.WeekCount(LocalDate.parse("2026-01-05"), "benefit", 1),
            new Activity.WeekCount(LocalDate.parse("2026-01-05"), "networks", 1),
            new Activity.WeekCount(LocalDate.parse("2026-01-12"), "networks", 1));
    assertThat(activity.feedback())
        .containsExactly(
            new Activity.IntentFeedback("benefit.case", 0, 1),
            new Activity.IntentFeedback("networks.connect", 2, 0));
    assertThat(activity.rounds()).hasSize(1);
    assertThat(activity.rounds().get(0).advice()).isEqualTo(2);
    assertThat(activity.rounds().get(0).closed()).isTrue();
    assertThat(activity.unrecognised()).hasSize(1);
    assertThat(activity.unrecognised().get(0).text()).isEqualTo(ReportFixture.HOSTILE);
    assertThat(activity.unrecognised().get(0).count()).isEqualTo(2);
    assertThat(activity.confidence()).hasSize(10);
    assertThat(
            activity.confidence().stream().mapToLong(b -> b.recognised() + b.notRecognised()).sum())
        .isEqualTo(6);
  }

  @Test
  void theDataBlockCarriesTheNumbersTheChartsDraw() throws Exception {
    JsonNode data = ReportFixture.data(page, "sc-activity-data");

    assertThat(data.at("/summary/messages").asLong()).isEqualTo(6);
    assertThat(data.at("/summary/recognised").asLong()).isEqualTo(3);
    assertThat(data.at("/summary/fallback").asLong()).isEqualTo(2);
    assertThat(data.at("/summary/unanswered").asLong()).isEqualTo(1);
    assertThat(data.at("/summary/roundAdvice").asLong()).isEqualTo(2);

    JsonNode weekly = ReportFixture.chart(data, "sc-activity-weekly");
    assertThat(weekly.at("/xAxis/data").toString()).isEqualTo("[\"5 Jan\",\"12 Jan\"]");
    assertThat(weekly.at("/series/0/name").asText()).isEqualTo("benefit");
    assertThat(weekly.at("/series/0/data").toString()).isEqualTo("[1,0]");
    assertThat(weekly.at("/series/1/name").asText()).isEqualTo("networks");
    assertThat(weekly.at("/series/1/data").toString()).isEqualTo("[1,1]");

    JsonNode groups = ReportFixture.chart(data, "sc-activity-groups");
    assertThat(groups.at("/series/0/data/0/value").asLong()).isEqualTo(3);
    assertThat(groups.at("/series/0/data/1/value").asLong()).isEqualTo(2);
    assertThat(groups.at("/series/0/data/2/value").asLong()).isEqualTo(1);

    JsonNode feedback = ReportFixture.chart(data, "sc-activity-feedback");
    assertThat(feedback.at("/yAxis/data").toString())
        .isEqualTo("[\"benefit.case\",\"networks.connect\"]");
    assertThat(feedback.at("/series/0/data").toString()).isEqualTo("[0,2]");
    assertThat(feedback.at("/series/1/data").toString()).isEqualTo("[1,0]");

    JsonNode rounds = ReportFixture.chart(data, "sc-activity-rounds");
    assertThat(rounds.at("/series/0/data").toString()).isEqualTo("[2]");
  }

  @Test
  void storedTextAppearsOnlyEscaped() {
    assertThat(page)
        .doesNotContain("<img")
        .doesNotContain("<b>framework")
        .contains("&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)")
        .contains("falls &lt;b&gt;framework&lt;/b&gt;");
  }

  @Test
  void noDataCanCloseAScriptElement() {
    // Every script element the page opens is closed by its own end tag: the data, which holds
    // "</script>" as stored text, adds none.
    assertThat(count(page, "<script")).isEqualTo(count(page, "</script>"));
    for (String script : scripts(page)) {
      assertThat(script).doesNotContain("<script").doesNotContain("<!--");
    }
  }

  @Test
  void thePageLoadsNothingFromAnotherHost() {
    String whole = ActivityReport.from(activity).fullPage();
    assertThat(whole.contains("Licensed to the Apache Software Foundation")).isTrue();
    assertNoExternalLoads(page);
    assertThat(whole.replaceAll("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", "!!"))
        .as("the library loads nothing either")
        .isEqualTo(whole);
  }

  @Test
  void anEmptyPeriodSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
    Activity empty =
        new Activity(
            Instant.parse("2026-01-01T00:00:00Z"),
            List.of(),
            0,
            0,
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of());

    String html = withoutLibrary(ActivityReport.from(empty).fullPage());

    assertThat(html).contains("No questions in this period.").contains("No rounds held");
    assertThat(ReportFixture.data(html, "sc-activity-data").get("charts")).isEmpty();
    assertThat(html).doesNotContain("id=\"sc-activity-weekly\"");
  }

  @Test
  void theFragmentLeavesTheLibraryToThePage() {
    String fragment = ActivityReport.from(activity).chartsFragment();

    assertThat(fragment)
        .contains("id=\"sc-activity-weekly\"")
        .contains("echarts.init")
        .doesNotContain("Licensed to the Apache Software Foundation");
    assertThat(ActivityReport.libraryScript().startsWith("<script>")).isTrue();
  }

  /** No element loads from a URL with a host: no src/href to http(s) or //, no CSS import. */
  static void assertNoExternalLoads(String html) {
    assertThat(html)
        .doesNotContainPattern("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//")
        .doesNotContainPattern("(?i)<link\\b")
        .doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)url\\(\\s*[\"']?(https?:)?//");
    assertThat(count(html, "<script"))
        .isEqualTo(count(html, "<script>") + count(html, "<script type=\"application/json\""));
  }

  /** The page with the 1 MB library replaced by a stub, so a failure prints what matters. */
  static String withoutLibrary(String html) {
    assertThat(html.contains(ActivityReport.libraryScript())).isTrue();
    return html.replace(ActivityReport.libraryScript(), "<script>/* echarts */</script>");
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> scripts(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<script[^>]*>(.*?)</script>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
