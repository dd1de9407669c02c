package org.spreadcoach.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/** Hot reload: a bad file keeps the old model serving; a good one swaps in without a gap. */
class HotReloadTest {
  @TempDir Path dir;
  private Path intents;
  private Wiring wiring;

  @BeforeEach
  void setUp() throws IOException {
    intents = Files.createDirectories(dir.resolve("intents"));
    TestCatalogs.writeSmall(intents);
    wiring =
        Wiring.start(
            Config.defaults(),
            new IntentsLocation(intents, true),
            new ManualClock(ManualClock.REPLAY_EPOCH),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
            Wiring.FirstModel.EXACT,
            TestEnv.env());
  }

  @AfterEach
  void tearDown() {
    wiring.close();
  }

  private static final String EXTRA =
      """
      version: 1
      intents:
        - id: learning.reflect
          principle: networks
          examples:
            - what did we learn from the pilot site
            - how do we capture lessons from each trust
            - what went wrong at the second hospital
            - how do we share learning between sites
            - how do we learn from our failures
          prompts:
            - What did you learn from the last thing that didn't work?
      """;

  private Outcome ask(String text) {
    return wiring.bot().onMessage(new ChatMessage("c", "u", "u", Set.of(), text, true, false));
  }

  @Test
  void aBadFileKeepsTheOldModelServingAndSaysWhereItIsWrong() throws IOException {
    long before = wiring.model().generation();
    Files.writeString(intents.resolve("broken.yaml"), "version: 1\nintents:\n  - id: Bad Id\n");

    ModelReloader.Result result = wiring.reloader().reload();

    assertThat(result.ok()).isFalse();
    assertThat(result.describe())
        .contains("keeps serving")
        .contains(intents.resolve("broken.yaml") + ":3: id 'Bad Id'");
    assertThat(wiring.model().generation()).isEqualTo(before);
    assertThat(ask("which networks could help spread our pathway").posts().get(0).intent())
        .isEqualTo("networks.connect");
  }

  @Test
  void aGoodFileSwapsInWhileMessagesKeepFlowingAndNoneIsDroppedOrDoubled() throws Exception {
    Files.writeString(intents.resolve("extra.yaml"), EXTRA);
    ExecutorService senders = Executors.newFixedThreadPool(3);
    AtomicBoolean reloading = new AtomicBoolean(true);
    List<Future<int[]>> results = new ArrayList<>();
    try {
      for (int t = 0; t < 3; t++) {
        results.add(
            senders.submit(
                () -> {
                  int sent = 0;
                  int answered = 0;
                  // Keep sending until the reload is done, and a fixed number more after it.
                  for (int after = 0; after < 50; ) {
                    Outcome out = ask("which networks could help spread our pathway " + sent);
                    sent++;
                    answered += out.posts().size() == 1 ? 1 : 0;
                    if (!reloading.get()) {
                      after++;
                    }
                  }
                  return new int[] {sent, answered};
                }));
      }
      ModelReloader.Result result = wiring.reloader().reload();
      reloading.set(false);
      assertThat(result.ok()).as(result.describe()).isTrue();
      for (Future<int[]> f : results) {
        int[] counts = f.get(60, TimeUnit.SECONDS);
        assertThat(counts[1]).as("every message answered exactly once").isEqualTo(counts[0]);
      }
    } finally {
      senders.shutdownNow();
    }
    assertThat(wiring.model().generation()).isEqualTo(2);
    assertThat(ask("what did we learn from the pilot hospital").posts().get(0).intent())
        .isEqualTo("learning.reflect");
  }

  @Test
  void theWatcherReloadsWhenAFileChanges() throws Exception {
    CompletableFuture<ModelReloader.Result> reloaded = new CompletableFuture<>();
    wiring.reloader().addListener(reloaded::complete);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    IntentWatcher watcher =
        new IntentWatcher(intents, wiring.reloader(), scheduler, Duration.ofMillis(50)).start();
    try {
      Files.writeString(intents.resolve("extra.yaml"), EXTRA);

      ModelReloader.Result result = reloaded.get(30, TimeUnit.SECONDS);

      assertThat(result.ok()).isTrue();
      assertThat(wiring.model().current().catalog().intent("learning.reflect")).isPresent();
    } finally {
      watcher.close();
      scheduler.shutdownNow();
    }
  }

  @Test
  void adminReloadIsForMaintainersAndReportsTheOutcome() throws IOException {
    Outcome refused =
        wiring
            .bot()
            .onCommand(new CommandCall("c", "u", "u", Set.of(), "admin", Map.of("sub", "reload")));
    Files.writeString(intents.resolve("broken.yaml"), "version: 1\nintents: 3\n");
    Outcome failed =
        wiring
            .bot()
            .onCommand(
                new CommandCall(
                    "c", "u", "u", Set.of("maintainer"), "admin", Map.of("sub", "reload")));
    Files.delete(intents.resolve("broken.yaml"));
    Outcome done =
        wiring
            .bot()
            .onCommand(
                new CommandCall(
                    "c", "u", "u", Set.of("maintainer"), "admin", Map.of("sub", "reload")));

    assertThat(refused.ok()).isFalse();
    assertThat(refused.posts().get(0).text()).contains("Only maintainers");
    assertThat(failed.ok()).isFalse();
    assertThat(failed.posts().get(0).text()).contains("broken.yaml:2: 'intents' must be a list");
    assertThat(done.ok()).isTrue();
    assertThat(done.posts().get(0).text()).contains("generation 2 is serving");
  }
}
