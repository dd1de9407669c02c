package org.spreadcoach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spreadcoach.cli.Main;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.testing.Chromium;
import org.spreadcoach.testing.TestEnv;
import picocli.CommandLine;

/**
 * Both reports made by the real commands on the bundled intents, opened in headless Chromium from
 * {@code file://} with no network, and photographed into {@code target/screenshots/} for a reviewer
 * (the README shows copies from {@code docs/}). Proves the inlined library runs: the charts' SVG is
 * in the DOM Chromium dumps. Skipped only where Chromium is not installed, and never in CI.
 */
class ReportScreenshotIT {
  private static final Path OUT = Path.of("target/screenshots");
  private static final long CHROMIUM_SECONDS = 90;
  private static String chromium;

  @BeforeAll
  static void chromiumIsThere() throws IOException {
    chromium = findChromium();
    if (chromium == null) {
      Chromium.assumeInstalled(false);
    }
    Files.createDirectories(OUT);
  }

  @Test
  void theActivityReportDrawsItsChartsOffline() throws Exception {
    Path dir = Files.createDirectories(OUT.resolve("activity-kb"));
    Path db = dir.resolve("kb.db");
    Files.deleteIfExists(db);
    Path config = dir.resolve("spreadcoach.yaml");
    Files.writeString(
        config,
        "kb:\n  url: jdbc:sqlite:" + db.toAbsolutePath() + "\nchannels:\n  team: {log: true}\n");
    Path transcript = dir.resolve("demo.jsonl");
    Files.writeString(transcript, demoTranscript());
    Run replay = cli("replay", "--config", config.toString(), transcript.toString());
    assertThat(replay.exit()).as(replay.err()).isZero();

    Path html = OUT.resolve("report-activity.html");
    // The replay's clock starts on Monday 5 January 2026: report from the day before.
    long days = Duration.between(Instant.parse("2026-01-04T00:00:00Z"), Instant.now()).toDays() + 1;
    Run report =
        cli(
            "report",
            "--config",
            config.toString(),
            "--html",
            html.toString(),
            "--since",
            "P" + days + "D");
    assertThat(report.exit()).as(report.err()).isZero();

    assertDrawn(html, 5);
    Path png = screenshot(html, OUT.resolve("report-activity.png"), 1280, 3000);
    assertNotBlank(png);

    // The same charts embedded in another page, as the review page does.
    Activity activity;
    try (KnowledgeBase kb =
        KnowledgeBases.open("jdbc:sqlite:" + db.toAbsolutePath(), null, null, 2)) {
      activity = kb.activity(Instant.parse("2026-01-04T00:00:00Z"));
    }
    Path embedded = OUT.resolve("report-embedded.html");
    Files.writeString(
        embedded,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Review</title>"
            + ActivityReport.libraryScript()
            + "</head><body><h1>Review queue</h1><p>the host page's own content</p>"
            + ActivityReport.from(activity).chartsFragment()
            + "</body></html>");
    assertDrawn(embedded, 5);
  }

  @Test
  void theEvaluationReportDrawsItsChartsOffline() throws Exception {
    Path html = OUT.resolve("report-eval.html");
    Run eval = cli("intents", "eval", "--html", html.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();

    assertDrawn(html, 4);
    Path png = screenshot(html, OUT.resolve("report-eval.png"), 1280, 3900);
    assertNotBlank(png);
  }

  /**
   * Eight weeks of a logged team channel: the development set's questions and chatter (some
   * addressed to the bot), reactions, three rounds and a message that tries to inject markup.
   */
  static String demoTranscript() throws IOException {
    List<String[]> questions = new ArrayList<>();
    List<String> chatter = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("intents/eval/dev.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      if (parts[0].equals("oos")) {
        chatter.add(parts[1]);
      } else {
        questions.add(parts);
      }
    }
    List<String> addressedUnknown =
        List.of(
            "can you book me a room for tuesday",
            "what is the wifi password",
            "<img src=x onerror=alert(1)> who do I ask about the audit");
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    int hours = 0;
    for (int week = 0; week < 8; week++) {
      int asked = 6 + random.nextInt(10) + week;
      for (int i = 0; i < asked; i++) {
        String[] q = questions.get(random.nextInt(questions.size()));
        boolean mentioned = random.nextInt(3) > 0;
        lines.add(message("u" + random.nextInt(12), q[1], mentioned));
        if (mentioned && random.nextInt(3) == 0) {
          int event = lines.size();
          int value = random.nextInt(5) == 0 ? -1 : 1;
          lines.add(reaction("r" + random.nextInt(5), event, value));
        }
        lines.add(clock(1));
        hours++;
      }
      for (int i = 0; i < 3 + random.nextInt(4); i++) {
        lines.add(
            message("u" + random.nextInt(12), chatter.get(random.nextInt(chatter.size())), false));
      }
      if (random.nextInt(3) == 0 || week == 6) {
        lines.add(message("u" + random.nextInt(12), addressedUnknown.get(random.nextInt(3)), true));
      }
      if (week == 1 || week == 4 || week == 6) {
        lines.addAll(round(week, 3 + random.nextInt(5)));
      }
      lines.add(clock(168 - hours % 168));
      hours = 0;
    }
    return String.join("\n", lines) + "\n";
  }

  private static String message(String user, String text, boolean mentioned) {
    return "{\"type\":\"message\",\"channel\":\"team\",\"user\":\""
        + user
        + "\",\"text\":"
        + quote(text)
        + ",\"mentioned\":"
        + mentioned
        + "}";
  }

  private static String reaction(String user, int event, int value) {
    return "{\"type\":\"reaction\",\"channel\":\"team\",\"user\":\""
        + user
        + "\",\"event\":"
        + event
        + ",\"value\":"
        + value
        + "}";
  }

  private static String clock(int hours) {
    return "{\"type\":\"clock\",\"advance\":\"PT" + hours + "H\"}";
  }

  /** A round with {@code advice} pieces, opened and closed by a facilitator. */
  private static List<String> round(int week, int advice) {
    List<String> topics =
        List.of(
            "falls framework for other trusts",
            "virtual ward model across the ICS",
            "frailty clinic in three PCNs");
    List<String> texts =
        List.of(
            "ask which networks could carry it",
            "show the commissioners the evidence that would convince them",
            "find a clinical champion in each trust",
            "start small with one willing team and share what they learn",
            "make the case in their words, not ours",
            "map who connects the trusts",
            "write down what must not change and what can adapt");
    List<String> sb = new ArrayList<>();
    sb.add(
        "{\"type\":\"command\",\"channel\":\"team\",\"user\":\"fac\",\"roles\":[\"facilitator\"],"
            + "\"command\":\"round\",\"args\":{\"sub\":\"start\",\"topic\":"
            + quote(topics.get(week % 3))
            + ",\"spreader\":\"spr\",\"minutes\":10}}");
    for (int i = 0; i < advice; i++) {
      sb.add(
          "{\"type\":\"command\",\"channel\":\"team\",\"user\":\"a"
              + i
              + "\",\"command\":\"round\",\"args\":{\"sub\":\"advice\",\"text\":"
              + quote(texts.get((week + i) % texts.size()))
              + "}}");
    }
    sb.add(
        "{\"type\":\"command\",\"channel\":\"team\",\"user\":\"fac\",\"roles\":[\"facilitator\"],"
            + "\"command\":\"round\",\"args\":{\"sub\":\"close\"}}");
    return sb;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  record Run(int exit, String out, String err) {}

  private static Run cli(String... args) {
    CommandLine cli = Main.commandLine(TestEnv.env());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The DOM after the page's scripts ran holds an SVG in each of at least {@code charts}. */
  private static void assertDrawn(Path html, int charts) throws Exception {
    Path dom = html.resolveSibling(html.getFileName() + ".dom.html");
    run(
        List.of(
            chromium,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=10000",
            "--dump-dom",
            html.toAbsolutePath().toUri().toString()),
        dom);
    String after = Files.readString(dom, StandardCharsets.UTF_8);
    assertThat(ActivityReportTest.count(after, "<svg"))
        .as("charts drawn by the inlined library")
        .isGreaterThanOrEqualTo(charts);
    assertThat(after).doesNotContain("<img src=\"x\"");
  }

  private static Path screenshot(Path html, Path png, int width, int height) throws Exception {
    Files.deleteIfExists(png);
    run(
        List.of(
            chromium,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--virtual-time-budget=10000",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath(),
            html.toAbsolutePath().toUri().toString()),
        png.resolveSibling(png.getFileName() + ".log"));
    assertThat(png).exists();
    return png;
  }

  private static void run(List<String> command, Path stdout) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(false)
            .redirectOutput(stdout.toFile())
            .redirectError(stdout.resolveSibling(stdout.getFileName() + ".err").toFile())
            .start();
    if (!p.waitFor(CHROMIUM_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + CHROMIUM_SECONDS + " s: " + command);
    }
    assertThat(p.exitValue()).as("chromium exit, see " + stdout + ".err").isZero();
  }

  /** Not one colour: many colours, and a good share of the page not white. */
  private static void assertNotBlank(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          inked++;
        }
      }
    }
    long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat((double) inked / sampled).as("share of the page not white").isGreaterThan(0.03);
  }

  private static String findChromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return null;
  }
}
