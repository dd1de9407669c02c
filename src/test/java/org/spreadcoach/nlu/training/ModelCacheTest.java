package org.spreadcoach.nlu.training;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.cli.BundledModel;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.nlu.text.FeatureSettings;
import org.spreadcoach.nlu.training.ModelCache.Part;
import org.spreadcoach.testing.LogCapture;
import org.spreadcoach.testing.TestCatalogs;

/** A cached model scores exactly as the trained one, and only the same training finds it. */
class ModelCacheTest {
  private static final List<String> BACKGROUND =
      List.of(
          "who is on the late shift tomorrow",
          "the printer on level 2 is jammed again",
          "can someone cover my bank shift on friday",
          "what time does the canteen close",
          "norovirus has spread to the other wards");
  private static IntentCatalog bundled;
  private static List<String> messages;
  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    bundled = new IntentSource().loadBundled().orThrow();
    messages = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("intents/eval/dev.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        messages.add(line.substring(line.indexOf('\t') + 1));
      }
    }
  }

  /**
   * Every development message is recognised exactly alike: intent, confidence, the gate's
   * probability and every candidate's, to the last bit.
   */
  private static void assertScoresEqual(IntentModel a, IntentModel b) {
    assertThat(messages).hasSizeGreaterThan(200);
    for (String text : messages) {
      Recognition x = a.classify(text);
      assertThat(b.classify(text)).as(text).isEqualTo(x);
      if (x.bestGuess() != null) {
        assertThat(x.domain()).as("the gate trained or loaded too: " + text).isNotNaN();
      }
    }
  }

  private static List<LabelledText> samples(String... texts) {
    List<LabelledText> samples = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      samples.add(new LabelledText(i % 2 == 0 ? "a" : "b", texts[i]));
    }
    return samples;
  }

  @Test
  void aLoadedModelScoresEveryDevelopmentMessageExactlyAsTheTrainedOne() {
    NluSettings settings = NluSettings.defaults();
    IntentModel trained = new IntentTrainer(settings, ModelCache.in(dir)).train(bundled);

    IntentModel loaded;
    try (LogCapture log = new LogCapture(IntentTrainer.class)) {
      loaded = new IntentTrainer(settings, ModelCache.in(dir)).train(bundled);
      assertThat(log.messages(Level.INFO))
          .singleElement()
          .satisfies(m -> assertThat(m).startsWith("loaded the cached model in"));
    }

    assertThat(loaded).isNotSameAs(trained);
    assertScoresEqual(trained, loaded);
    assertScoresEqual(new IntentTrainer(settings).train(bundled), loaded);
  }

  @Test
  void theKeyFollowsTheTrainingDataAndTheSettingsThatShapeTheModel() {
    NluSettings base = NluSettings.defaults();
    String key = ModelKeys.key(Part.INTENTS, samples("spread it", "hello there"), base);

    assertThat(ModelKeys.key(Part.INTENTS, samples("spread it", "hello there"), base))
        .isEqualTo(key);
    assertThat(ModelKeys.key(Part.INTENTS, samples("spread it", "hello theres"), base))
        .isNotEqualTo(key);
    assertThat(
            ModelKeys.key(
                Part.INTENTS,
                List.of(new LabelledText("b", "spread it"), new LabelledText("b", "hello there")),
                base))
        .as("a label")
        .isNotEqualTo(key);
    assertThat(ModelKeys.key(Part.INTENTS, samples("spread i", "thello there"), base))
        .as("where one message ends")
        .isNotEqualTo(key);
    assertThat(
            ModelKeys.key(
                Part.INTENTS,
                samples("spread it", "hello there"),
                new NluSettings(
                    0.4, 0.1, 16, 0.0, 0.01, 2, 0.5, 2, FeatureSettings.defaults(), 0.5, 0.9)))
        .as("iterations")
        .isNotEqualTo(key);
    assertThat(
            ModelKeys.key(
                Part.INTENTS,
                samples("spread it", "hello there"),
                new NluSettings(
                    0.4,
                    0.1,
                    15,
                    0.0,
                    0.01,
                    2,
                    0.5,
                    2,
                    new FeatureSettings(2, 3, 4, false, true),
                    0.5,
                    0.9)))
        .as("features")
        .isNotEqualTo(key);
    assertThat(
            ModelKeys.key(
                Part.INTENTS,
                samples("spread it", "hello there"),
                new NluSettings(
                    0.7, 0.2, 15, 0.0, 0.01, 2, 0.9, 2, FeatureSettings.defaults(), 0.5, 0.9)))
        .as("threshold, margin and temperature apply when scoring")
        .isEqualTo(key);
    assertThat(ModelKeys.key(Part.GATE, samples("spread it", "hello there"), base))
        .as("the part")
        .isNotEqualTo(key);
  }

  @Test
  void aDamagedFileIsReportedByPathAndTheModelRetrainedAndFiledAgain() throws IOException {
    NluSettings settings = NluSettings.defaults();
    IntentModel trained = new IntentTrainer(settings, ModelCache.in(dir)).train(bundled);
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.toString().endsWith(".model")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    IntentModel retrained;
    try (LogCapture log = new LogCapture(ModelCache.class)) {
      retrained = new IntentTrainer(settings, ModelCache.in(dir)).train(bundled);
      assertThat(log.messages(Level.WARN))
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m)
                      .contains(file.toString())
                      .contains("cut short")
                      .contains("training instead"));
    }
    assertScoresEqual(trained, retrained);
    assertThat(Files.size(file)).as("filed again, whole").isEqualTo(bytes.length);
  }

  @Test
  void aDirectoryThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
    Path notADir = Files.writeString(dir.resolve("file"), "in the way");
    try (LogCapture log = new LogCapture(ModelCache.class)) {
      IntentModel model =
          new IntentTrainer(NluSettings.defaults(), ModelCache.in(notADir)).train(bundled);
      assertThat(model.classify("how do we get other trusts to adopt our pathway").inScope())
          .isTrue();
      assertThat(log.messages(Level.WARN))
          .as("one for each part")
          .hasSize(ModelCache.Part.values().length)
          .allSatisfy(
              m ->
                  assertThat(m)
                      .contains("cannot cache the trained model")
                      .contains("exists and is not a directory"));
    }
  }

  @Test
  void theModelTheBuildFilesForTheBundledIntentsIsFoundInTheJarOnAFirstStart() throws IOException {
    Path built = dir.resolve("built");
    BundledModel.main(new String[] {"intents", built.toString()});
    Path empty = dir.resolve("empty");
    ModelCache jar =
        new ModelCache(
            empty,
            name -> {
              try {
                return Files.newInputStream(built.resolve(name));
              } catch (IOException e) {
                return null;
              }
            });

    IntentModel loaded;
    try (LogCapture log = new LogCapture(IntentTrainer.class)) {
      loaded = new IntentTrainer(NluSettings.defaults(), jar).train(bundled);
      assertThat(log.messages(Level.INFO))
          .singleElement()
          .satisfies(m -> assertThat(m).startsWith("loaded the cached model"));
    }
    assertScoresEqual(new IntentTrainer(NluSettings.defaults()).train(bundled), loaded);
    assertThat(empty).as("nothing to copy: the jar keeps it").doesNotExist();
  }

  @Test
  void onlyTheMostRecentlyUsedModelsAreKept() throws IOException {
    NluSettings settings = NluSettings.defaults();
    ModelCache cache = ModelCache.in(dir);
    for (int i = 0; i < ModelCache.KEEP + 2; i++) {
      TextClassifier classifier =
          TextClassifier.train(samples("spread it " + i, "hello", "spread", "hello"), settings);
      cache.save(
          Part.INTENTS,
          ModelKeys.key(Part.INTENTS, samples("spread it " + i), settings),
          classifier,
          settings);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".model"))).hasSize(ModelCache.KEEP);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files)
          .as("no temporary files left")
          .allMatch(p -> p.toString().endsWith(".model") || p.toString().endsWith(".last"));
    }
  }

  @Test
  void aStartWithChangedIntentsServesTheEarlierGateUntilTheExactModelIsTrained() {
    NluSettings settings = NluSettings.defaults();
    IntentCatalog before = TestCatalogs.small().withBackground(BACKGROUND);
    IntentCatalog after =
        TestCatalogs.small()
            .withBackground(
                Stream.concat(BACKGROUND.stream(), Stream.of("the car park barrier is stuck again"))
                    .toList());
    servesTheEarlierPartsUntilTheExactOnesAreTrained(
        settings,
        before,
        after,
        "open-world gate of an earlier version",
        "which networks could help us spread the pathway",
        Recognition::domain);
  }

  @Test
  void aStartWithChangedNegativesServesTheEarlierRankerUntilTheExactOneIsTrained() {
    NluSettings settings = NluSettings.defaults();
    IntentCatalog small = TestCatalogs.small();
    IntentCatalog before = small.withBackground(BACKGROUND);
    IntentCatalog after =
        new IntentCatalog(
                small.principles(),
                small.intents(),
                Stream.concat(small.outOfScope().stream(), Stream.of("is the lift fixed yet"))
                    .toList(),
                small.advice())
            .withBackground(BACKGROUND);
    servesTheEarlierPartsUntilTheExactOnesAreTrained(
        settings,
        before,
        after,
        "open-world gate and principle ranker of an earlier version",
        "what evidence would convince the commissioners to take it up",
        Recognition::principles);
  }

  /**
   * A start with {@code after}, when {@code before} was filed last, serves what {@code before}'s
   * earlier parts make of {@code message} (as {@code view} shows it), as its one log line says; the
   * exact model, once trained and filed, scores as a fresh one, and the next start serves it.
   */
  private void servesTheEarlierPartsUntilTheExactOnesAreTrained(
      NluSettings settings,
      IntentCatalog before,
      IntentCatalog after,
      String logged,
      String message,
      Function<Recognition, Object> view) {
    IntentModel earlier = new IntentTrainer(settings, ModelCache.in(dir)).train(before);

    IntentTrainer.Prepared prepared;
    try (LogCapture log = new LogCapture(IntentTrainer.class)) {
      prepared = new IntentTrainer(settings, ModelCache.in(dir)).prepare(after);
      assertThat(log.messages(Level.INFO))
          .singleElement()
          .satisfies(m -> assertThat(m).contains(logged));
    }
    assertThat(prepared.earlierParts()).isTrue();
    assertThat(view.apply(prepared.model().classify(message)))
        .as("the earlier parts' view")
        .isEqualTo(view.apply(earlier.classify(message)));

    IntentModel exact = new IntentTrainer(settings, ModelCache.in(dir)).train(after);
    assertThat(view.apply(exact.classify(message)))
        .isEqualTo(view.apply(new IntentTrainer(settings).train(after).classify(message)))
        .isNotEqualTo(view.apply(earlier.classify(message)));
    IntentTrainer.Prepared next = new IntentTrainer(settings, ModelCache.in(dir)).prepare(after);
    assertThat(next.earlierParts()).as("the exact parts are cached now").isFalse();
    assertThat(next.model().classify(message)).isEqualTo(exact.classify(message));
  }

  @Test
  void withNoEarlierGateTheStartTrainsTheExactOne() {
    NluSettings settings = NluSettings.defaults();
    IntentCatalog catalog = TestCatalogs.small().withBackground(BACKGROUND);

    IntentTrainer.Prepared prepared =
        new IntentTrainer(settings, ModelCache.in(dir)).prepare(catalog);

    assertThat(prepared.earlierParts()).isFalse();
    String message = "which networks could help us spread the pathway";
    assertThat(prepared.model().classify(message))
        .isEqualTo(new IntentTrainer(settings).train(catalog).classify(message));
  }
}
