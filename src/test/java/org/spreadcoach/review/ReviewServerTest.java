package org.spreadcoach.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.IntentEvaluator;
import org.spreadcoach.intents.IntentLoader;
import org.spreadcoach.intents.Utterances;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.ReviewStore.Decision;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.review.apply.ApplyPreview;
import org.spreadcoach.review.apply.EvalDelta;
import org.spreadcoach.review.apply.EvalDeltaTest;
import org.spreadcoach.review.apply.Retrainer;

/** The page's access rules and escaping, over real HTTP on 127.0.0.1. */
class ReviewServerTest {
  private static final String MARKUP = "<img src=x onerror=alert(1)>";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  @TempDir Path dir;
  private KnowledgeBase kb;
  private ReviewServer server;
  private Config config;
  private Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeEach
  void start() throws IOException {
    Path intents = dir.resolve("intents");
    Files.createDirectories(intents);
    try (Stream<Path> files = Files.list(Path.of("intents"))) {
      for (Path f : files.filter(IntentLoader::isIntentFile).toList()) {
        Files.copy(f, intents.resolve(f.getFileName()));
      }
    }
    kb = KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("kb.db"), null, null, 2);
    kb.recordExchange(
        new Exchange(
            Instant.parse("2026-03-01T10:00:00Z"),
            "team",
            "p_a",
            MARKUP + " where is the printer",
            null,
            null,
            "bot.help",
            0.2,
            false,
            true,
            List.of(),
            List.of(new Candidate("bot.help", 0.2), new Candidate("spread.general", 0.1)),
            Double.NaN));
    config = BotConfig.load(null, Map.of());
    clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    IntentEvaluator evaluator =
        new IntentEvaluator(
            NluSettings.from(config), CoachSettings.from(config).ambientThreshold());
    server =
        new ReviewServer(
            "127.0.0.1",
            0,
            new ReviewQueue(kb.review(), ReviewSettings.from(config)),
            kb.review(),
            new Retrainer(intents, evaluator, null, kb.review(), clock),
            () -> List.of("bot.help", "spread.general"),
            kb::activity,
            clock);
  }

  @AfterEach
  void stop() {
    server.close();
    kb.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookie, String form, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the printed URL and returns the session cookie it sets. */
  private String login() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/");
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void withoutTheTokenEveryRequestIsRefused() throws Exception {
    assertThat(get("/", null).statusCode()).isEqualTo(403);
    assertThat(get("/?token=wrong", null).statusCode()).isEqualTo(403);
    assertThat(get("/preview", "spreadcoach_review=made-up").statusCode()).isEqualTo(403);
    assertThat(post("/apply", null, "csrf=x").statusCode()).isEqualTo(403);
  }

  @Test
  void theTokenWorksOnceAndTheUrlIsPrintedWithIt() throws Exception {
    String url = server.url();
    assertThat(url).startsWith(base() + "/?token=");

    login();

    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void storedMarkupIsShownAsTextUnderAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/", login());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt; where is the printer");
    assertThat(page.body()).doesNotContain(MARKUP);
    assertThat(page.body()).contains("<section id=\"charts\">");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .doesNotContain("http");
  }

  @Test
  void theActivityChartsRunOnlyUnderThisResponsesNonce() throws Exception {
    String cookie = login();
    HttpResponse<String> page = get("/", cookie);
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher m = Pattern.compile("script-src 'nonce-([A-Za-z0-9_-]+)'").matcher(csp);
    assertThat(m.find()).as(csp).isTrue();
    String nonce = m.group(1);

    assertThat(page.body()).contains("id=\"sc-activity-");
    List<String> scripts =
        Pattern.compile("<script[^>]*>")
            .matcher(page.body())
            .results()
            .map(r -> r.group())
            .toList();
    assertThat(scripts)
        .filteredOn(tag -> !tag.contains("application/json"))
        .isNotEmpty()
        .allMatch(tag -> tag.equals("<script nonce=\"" + nonce + "\">"));
    assertThat(get("/", cookie).headers().firstValue("Content-Security-Policy").orElseThrow())
        .as("a nonce is good for one response")
        .doesNotContain(nonce);
  }

  @Test
  void aPostNeedsTheSessionsCsrfValueAndASameOriginRequest() throws Exception {
    String cookie = login();
    String page = get("/", cookie).body();
    String key = enc(Utterances.key(MARKUP + " where is the printer"));
    String form = "key=" + key + "&action=dismiss";
    assertThat(page).contains("img src x onerror alert 1 where is the printer");

    assertThat(post("/decide", cookie, form).statusCode()).isEqualTo(403);
    assertThat(post("/decide", cookie, form + "&csrf=wrong").statusCode()).isEqualTo(403);
    String withCsrf = form + "&csrf=" + enc(csrf(page));
    assertThat(post("/decide", cookie, withCsrf, "Origin", "http://evil.example").statusCode())
        .isEqualTo(403);
    assertThat(post("/decide", cookie, withCsrf, "Sec-Fetch-Site", "cross-site").statusCode())
        .isEqualTo(403);
    assertThat(post("/decide", null, withCsrf).statusCode()).isEqualTo(403);
    assertThat(kb.review().candidates(10).get(0).decision()).isNull();

    HttpResponse<String> ok =
        post("/decide", cookie, withCsrf, "Origin", base(), "Sec-Fetch-Site", "same-origin");

    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(kb.review().candidates(10).get(0).decision()).isEqualTo(Decision.DISMISSED);
    assertThat(queue(get("/", cookie).body())).doesNotContain("where is the printer");
  }

  /** The page without its activity charts, whose table of unrecognised messages keeps them all. */
  private static String queue(String page) {
    return page.substring(0, page.indexOf("<section id=\"charts\">"));
  }

  @Test
  void whenAFigureGetsWorseSavingNeedsTheSecondConfirmation() throws Exception {
    Retrainer retrainer = mock(Retrainer.class);
    EvaluationReport before = EvalDeltaTest.report(0.7, 0.08, 0.94, 0.0);
    EvaluationReport after = EvalDeltaTest.report(0.7, 0.08, 0.90, 0.0);
    ApplyPreview preview =
        new ApplyPreview(
            Map.of("learning.yaml", List.of("a new example")),
            Map.of(dir.resolve("learning.yaml"), "new"),
            Map.of(dir.resolve("learning.yaml"), "old"),
            List.of(1L),
            List.of(),
            List.of(),
            before,
            after,
            EvalDelta.worse(before, after));
    when(retrainer.preview(any())).thenReturn(preview);
    server.close();
    server =
        new ReviewServer(
            "127.0.0.1",
            0,
            new ReviewQueue(kb.review(), ReviewSettings.from(config)),
            kb.review(),
            retrainer,
            () -> List.of("bot.help"),
            kb::activity,
            clock);
    String cookie = login();
    String csrf = "csrf=" + enc(csrf(get("/", cookie).body()));

    assertThat(post("/apply", cookie, csrf).headers().firstValue("Location")).hasValue("/preview");
    String page = get("/preview", cookie).body();
    assertThat(page)
        .contains("Development set: in-scope recall falls from 94.0% to 90.0%.")
        .contains("Apply anyway")
        .doesNotContain("Save to the intent files");

    HttpResponse<String> withoutConfirmation = post("/save", cookie, csrf);
    assertThat(withoutConfirmation.headers().firstValue("Location")).hasValue("/preview");
    verify(retrainer, never()).save(any());

    HttpResponse<String> confirmed = post("/save", cookie, csrf + "&anyway=yes");
    assertThat(confirmed.headers().firstValue("Location")).hasValue("/saved");
    verify(retrainer).save(preview);
    assertThat(get("/saved", cookie).body()).contains("Saved to the intent files and retrained");
  }
}
