package org.spreadcoach.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.IntentEvaluator;
import org.spreadcoach.nlu.NluSettings;

/**
 * The bundled intents as shipped: they validate, every must-pass utterance classifies as its
 * intent, and the development set (never trained on) meets the product's targets with the default
 * settings. A change to the intents or the engine that breaks any of these fails the build.
 */
class BundledIntentsTest {
  private static final Path INTENTS = Path.of("intents");
  private static IntentCatalog catalog;
  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() {
    LoadResult loaded = new IntentSource().load(INTENTS, true);
    assertThat(loaded.problems()).as("intents validate").isEmpty();
    assertThat(loaded.warnings()).as("prompts that nearly repeat each other").isEmpty();
    catalog = loaded.catalog();
    assertThat(catalog.background())
        .as("the background corpus, loaded as the bot loads it")
        .isNotEmpty();
    DevSetReader.Result dev =
        new DevSetReader().read(INTENTS.resolve(DevSetReader.DEFAULT_PATH), catalog);
    assertThat(dev.problems()).as("the development set reads cleanly").isEmpty();
    report =
        new IntentEvaluator(NluSettings.defaults(), CoachSettings.defaults().ambientThreshold())
            .evaluate(catalog, 2, dev.samples());
  }

  @Test
  void theCatalogueHasTheSevenTopicsWithTheContentTheIssueAsksFor() {
    assertThat(catalog.principles())
        .extracting(Principle::id)
        .containsExactly(
            "complexity",
            "leadership",
            "individual",
            "benefit",
            "networks",
            "learning",
            "convening");
    assertThat(catalog.principles())
        .allSatisfy(
            p -> {
              assertThat(p.prompts()).as(p.id() + " prompts").hasSizeGreaterThanOrEqualTo(10);
              assertThat(p.summary()).as(p.id() + " summary").isNotBlank();
              assertThat(p.readMore()).as(p.id() + " link").startsWith("https://");
            });
    assertThat(catalog.intents())
        .filteredOn(i -> i.principle() != null)
        .allSatisfy(i -> assertThat(i.examples()).as(i.id()).hasSizeGreaterThanOrEqualTo(30));
    assertThat(catalog.intent("spread.general")).isPresent();
    assertThat(catalog.outOfScope()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(catalog.advice()).isNotEmpty();
  }

  @Test
  void everyMustPassUtteranceClassifiesAsItsIntent() {
    assertThat(report.testsTotal()).isPositive();
    assertThat(report.testFailures()).isEmpty();
  }

  @Test
  void theDevelopmentSetIsLargeEnoughAndHalfChatter() {
    EvaluationReport.DevSetScore dev = report.dev();
    assertThat(dev.total()).isGreaterThanOrEqualTo(200);
    assertThat((double) dev.chatter() / dev.total()).isGreaterThanOrEqualTo(0.40);
  }

  @Test
  void theDevelopmentSetFiguresMeetTheTargets() {
    EvaluationReport.DevSetScore dev = report.dev();
    assertThat(dev.inScopeRecall()).as("in-scope recall").isGreaterThanOrEqualTo(0.93);
    assertThat(dev.falseTriggerRate()).as("false triggers").isLessThanOrEqualTo(0.01);
    assertThat(dev.principleAccuracy()).as("principle accuracy").isGreaterThanOrEqualTo(0.85);
  }
}
