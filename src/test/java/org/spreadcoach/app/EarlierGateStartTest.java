package org.spreadcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.testing.LogCapture;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/**
 * A start after the intents changed serves at once with the gate filed last, and a background
 * reload then puts the exact model in its place; replay's start is exact from the first message.
 */
class EarlierGateStartTest {
  @TempDir Path dir;

  private static final String MESSAGE = "which networks could help us spread the pathway";

  private Wiring start(Config config, Path intents, Wiring.FirstModel first) {
    return Wiring.start(
        config,
        new IntentsLocation(intents, true),
        new ManualClock(ManualClock.REPLAY_EPOCH),
        ChannelMode.AMBIENT,
        Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
        first,
        TestEnv.env());
  }

  private Path intents(String... background) throws Exception {
    Path intents = TestCatalogs.writeSmall(Files.createDirectories(dir.resolve("intents")));
    Files.writeString(intents.resolve("background/chat.txt"), String.join("\n", background) + "\n");
    return intents;
  }

  @Test
  void servesTheEarlierGateThenTheExactModel() throws Exception {
    Config config =
        BotConfig.load(
            null, Map.of("SPREADCOACH_NLU_MODELCACHE", dir.resolve("models").toString()));
    Path intents = intents("the printer on level 2 is jammed", "who is on the late shift");
    try (Wiring first = start(config, intents, Wiring.FirstModel.SERVE_AT_ONCE)) {
      // The gate filed last may be the bundled intents' (in target/classes): wait either way.
      first.exactModel().get(60, TimeUnit.SECONDS);
    }
    intents(
        "the printer on level 2 is jammed",
        "who is on the late shift",
        "norovirus has spread to the other wards");
    var changed = new IntentSource().load(intents, true).orThrow();
    double exactDomain =
        new IntentTrainer(NluSettings.from(config)).train(changed).classify(MESSAGE).domain();

    try (LogCapture log = new LogCapture(IntentTrainer.class);
        Wiring second = start(config, intents, Wiring.FirstModel.SERVE_AT_ONCE)) {
      assertThat(log.messages(Level.INFO))
          .anySatisfy(m -> assertThat(m).contains("open-world gate of an earlier version"));

      second.exactModel().get(60, TimeUnit.SECONDS);

      assertThat(second.model().generation()).as("the exact model, swapped in").isEqualTo(2);
      assertThat(second.model().current().classify(MESSAGE).domain()).isEqualTo(exactDomain);
    }
    try (Wiring third = start(config, intents, Wiring.FirstModel.SERVE_AT_ONCE)) {
      assertThat(third.exactModel()).as("the exact gate was filed").isDone();
      assertThat(third.model().current().classify(MESSAGE).domain()).isEqualTo(exactDomain);
    }
  }

  @Test
  void replayStartsWithTheExactModel() throws Exception {
    Config config =
        BotConfig.load(
            null, Map.of("SPREADCOACH_NLU_MODELCACHE", dir.resolve("models").toString()));
    Path intents = intents("the printer on level 2 is jammed");
    try (Wiring first = start(config, intents, Wiring.FirstModel.SERVE_AT_ONCE)) {
      first.exactModel().get(60, TimeUnit.SECONDS);
    }
    intents("the printer on level 2 is jammed", "who is on the late shift");
    var changed = new IntentSource().load(intents, true).orThrow();

    try (Wiring replay = start(config, intents, Wiring.FirstModel.EXACT)) {
      assertThat(replay.exactModel()).isDone();
      assertThat(replay.model().generation()).isEqualTo(1);
      assertThat(replay.model().current().classify(MESSAGE))
          .isEqualTo(new IntentTrainer(NluSettings.from(config)).train(changed).classify(MESSAGE));
    }
  }
}
