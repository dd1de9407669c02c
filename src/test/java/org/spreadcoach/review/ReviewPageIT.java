package org.spreadcoach.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.app.HttpSettings;
import org.spreadcoach.app.LiveServices;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.cli.Main;
import org.spreadcoach.config.Config;
import org.spreadcoach.evaluation.OpenWorld;
import org.spreadcoach.intents.IntentLoader;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.reload.ModelReloader;
import org.spreadcoach.testing.Chromium;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/**
 * The review page as a maintainer uses it, in headless Chromium through Selenium: a knowledge base
 * filled by {@code replay}, the token URL, three decisions, Apply with the evaluation before and
 * after, the intent files' diff, and a running bot's hot reload picking the change up. Screenshots
 * go to {@code target/screenshots/}.
 */
class ReviewPageIT {
  private static final Path CHROMEDRIVER = Chromium.DRIVER;
  private static final Path CHROMIUM = Chromium.BROWSER;
  private static final Path SHOTS = Path.of("target/screenshots");
  private static final String ASSIGNED =
      "who runs the sepsis study day the others keep asking us about";
  private static final String ASSIGNED_INTENT = "learning.learn-across-sites";
  private static final String OUT_OF_SCOPE = "can you book me a taxi to the station";
  private static final String MARKUP =
      "<img src=x onerror=alert(1)> the printer on ward 7 is jammed again";

  @TempDir Path dir;
  private Path intents;
  private Config config;
  private KnowledgeBase kb;
  private ReviewServer server;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void fillTheKnowledgeBaseThroughReplayAndStartThePage() throws IOException {
    Chromium.assumeInstalled(true);
    intents = dir.resolve("intents");
    copyTree(Path.of("intents"), intents);
    Path configFile = dir.resolve("config.yaml");
    Files.writeString(
        configFile,
        "kb:\n  url: jdbc:sqlite:"
            + dir.resolve("kb.db")
            + "\nintents:\n  dir: "
            + intents
            + "\nnlu:\n  modelCache: "
            + dir.resolve("models")
            + "\nchannels:\n  ward:\n    mode: ambient\n    log: true\n");
    int exit =
        Main.commandLine(TestEnv.env())
            .execute(
                "replay",
                "--config",
                configFile.toString(),
                "src/test/resources/review/transcript.jsonl");
    assertThat(exit).isZero();
    config = BotConfig.load(configFile, TestEnv.env());
    kb = Wiring.openKnowledgeBase(config, TestEnv.env());
    server =
        ReviewServer.start(
            config,
            kb,
            intents,
            OpenWorld.read(Path.of("src/test/resources/review/open-world.txt")),
            "127.0.0.1",
            0,
            // The page's activity charts look back from now: a week after the replay ran.
            Clock.fixed(ManualClock.REPLAY_EPOCH.plus(Duration.ofDays(7)), ZoneOffset.UTC));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    // The system's driver, named explicitly: Selenium Manager never downloads one.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    // A decision posts and redirects, so a row found just before the new page arrives goes stale:
    // look again rather than fail.
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (kb != null) {
      kb.close();
    }
  }

  @Test
  void aMaintainerReviewsThreeItemsAppliesAndTheRunningBotReloads() throws Exception {
    // A running bot beside the page, watching the same intent files.
    IntentsLocation location = new IntentsLocation(intents, true);
    try (Wiring bot =
        Wiring.start(
            config,
            location,
            Clock.systemUTC(),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.CONFIGURED,
            Wiring.FirstModel.EXACT,
            TestEnv.env())) {
      LiveServices live =
          LiveServices.start(new HttpSettings(null, "127.0.0.1"), true, location, bot, null);
      try {
        reviewThreeItemsAndApply(bot);
      } catch (RuntimeException | AssertionError e) {
        // What the browser showed when it failed, for reading after the build.
        Files.writeString(SHOTS.resolve("review-failure.html"), browser.getPageSource());
        screenshot("review-failure");
        throw e;
      } finally {
        live.close();
      }
    }
  }

  private void reviewThreeItemsAndApply(Wiring bot) throws Exception {
    Map<Path, String> before = read(intents);
    {
      CompletableFuture<ModelReloader.Result> reloaded = new CompletableFuture<>();
      bot.reloader().addListener(reloaded::complete);
      long generation = bot.model().generation();

      browser.get(server.url());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
      assertThat(browser.getCurrentUrl()).doesNotContain("token");
      WebElement assigned = item(ASSIGNED);
      assertThat(assigned.getText()).contains("×2").contains("not recognised");
      // The activity charts run under the page's per-response script nonce, and draw.
      wait.until(d -> !d.findElements(By.cssSelector("#charts svg")).isEmpty());
      screenshot("review-queue");

      new Select(assigned.findElement(By.name("intent"))).selectByVisibleText(ASSIGNED_INTENT);
      assigned.findElement(By.cssSelector("button[value=intent]")).click();
      wait.until(d -> item(ASSIGNED).getText().contains("→ " + ASSIGNED_INTENT));
      item(OUT_OF_SCOPE).findElement(By.cssSelector("button[value=out-of-scope]")).click();
      wait.until(d -> item(OUT_OF_SCOPE).getText().contains("→ out of scope"));
      item(MARKUP).findElement(By.cssSelector("button[value=dismiss]")).click();
      wait.until(d -> d.findElements(By.xpath(rowWith(MARKUP))).isEmpty());
      screenshot("review-decided");

      browser.findElement(By.id("apply")).click();
      new WebDriverWait(browser, Duration.ofMinutes(4))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("delta")));
      String diff = browser.findElement(By.id("diff")).getText();
      assertThat(diff).contains("+ " + ASSIGNED).contains("+ " + OUT_OF_SCOPE);
      String delta = browser.findElement(By.id("delta")).getText();
      assertThat(delta)
          .contains("cross-validation")
          .contains("development set")
          .contains("open world")
          .contains("in-scope recall")
          .contains("false triggers");
      assertThat(read(intents)).as("nothing written before saving").isEqualTo(before);
      screenshot("review-preview");

      // "Save", or "Apply anyway" when a figure got worse: the second confirmation.
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
      screenshot("review-saved");

      Map<Path, String> after = read(intents);
      Map<Path, List<String>> added = new LinkedHashMap<>();
      before.forEach(
          (file, text) -> {
            List<String> lines = addedLines(text, after.get(file));
            if (!lines.isEmpty()) {
              added.put(file.getFileName(), lines);
            }
          });
      assertThat(added)
          .containsOnly(
              Map.entry(Path.of("learning.yaml"), List.of("      - " + ASSIGNED)),
              Map.entry(Path.of("out-of-scope.yaml"), List.of("  - " + OUT_OF_SCOPE)));
      assertThat(new IntentLoader().load(intents).problems()).isEmpty();

      ModelReloader.Result result = reloaded.get(120, TimeUnit.SECONDS);
      assertThat(result.ok()).isTrue();
      assertThat(bot.model().generation()).isGreaterThan(generation);
      Recognition r = bot.model().current().classify(ASSIGNED);
      assertThat(r.intent()).isEqualTo(ASSIGNED_INTENT);

      browser.findElement(By.linkText("Back to the queue")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply")));
      assertThat(browser.findElements(By.cssSelector("#queue tr.item")))
          .extracting(WebElement::getText)
          .noneMatch(text -> text.contains(ASSIGNED) || text.contains(OUT_OF_SCOPE));
    }
  }

  @Test
  void withoutTheTokenThePageIsRefusedAndStoredMarkupShowsAsText() throws Exception {
    String base = server.url().substring(0, server.url().indexOf("/?"));
    browser.get(base + "/");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Open the review page through the URL");
    assertThat(browser.findElements(By.id("queue"))).isEmpty();

    browser.get(server.url());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));

    WebElement row = item(MARKUP);
    assertThat(row.findElement(By.cssSelector("td.text")).getText()).isEqualTo(MARKUP);
    assertThat(browser.findElements(By.cssSelector("#queue img"))).isEmpty();
    screenshot("review-markup-as-text");
  }

  private static String rowWith(String text) {
    return "//tr[contains(@class,'item')][td[contains(@class,'text')][starts-with(normalize-space(.),"
               + " "
        + xpathLiteral(text)
        + ")]]";
  }

  private WebElement item(String text) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(rowWith(text))));
  }

  private static String xpathLiteral(String s) {
    return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Map<Path, String> read(Path dir) throws IOException {
    Map<Path, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(IntentLoader::isIntentFile).sorted().toList()) {
        out.put(f, Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** The lines {@code after} adds to {@code before}; fails if any line of before is gone. */
  private static List<String> addedLines(String before, String after) {
    List<String> old = before.lines().toList();
    List<String> added = new ArrayList<>();
    int i = 0;
    for (String line : after.lines().toList()) {
      if (i < old.size() && old.get(i).equals(line)) {
        i++;
      } else {
        added.add(line);
      }
    }
    assertThat(i).as("every original line kept, in order").isEqualTo(old.size());
    return added;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
