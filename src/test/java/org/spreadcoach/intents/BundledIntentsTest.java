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
 * settings; the second development set, written later in the plainer style of a real channel, does
 * not fall below what it measured when it was written. A change to the intents or the engine that
 * breaks any of these fails the build.
 */
class BundledIntentsTest {
  private static final Path INTENTS = Path.of("intents");
  private static final String SECOND_DEV = "eval/dev2.tsv";
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
    DevSetReader.Result dev2 = new DevSetReader().read(INTENTS.resolve(SECOND_DEV), catalog);
    assertThat(dev2.problems()).as("the second development set reads cleanly").isEmpty();
    // The evaluator's second set is the check set in `intents eval`; here it is dev2.
    report =
        new IntentEvaluator(NluSettings.defaults(), CoachSettings.defaults().ambientThreshold())
            .evaluate(catalog, 2, dev.samples(), dev2.samples(), null);
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

  /**
   * Floors a message or a few below the figures of 2026-12-01 (88.7% / 1.4% / 68.3% with the
   * principle ranker, EVALUATION.md), not the targets: this set is harder than the first, and the
   * targets are not met on it yet.
   */
  @Test
  void theSecondDevelopmentSetHoldsItsGround() {
    EvaluationReport.DevSetScore dev2 = report.check();
    assertThat(dev2.total()).isGreaterThanOrEqualTo(590);
    assertThat(dev2.inScopeRecall()).as("in-scope recall").isGreaterThanOrEqualTo(0.87);
    assertThat(dev2.falseTriggerRate()).as("false triggers").isLessThanOrEqualTo(0.02);
    assertThat(dev2.principleAccuracy()).as("principle accuracy").isGreaterThanOrEqualTo(0.66);
  }
}
