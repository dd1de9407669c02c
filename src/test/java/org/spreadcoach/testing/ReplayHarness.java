package org.spreadcoach.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.replay.ReplayRunner;
import org.spreadcoach.time.ManualClock;

/**
 * Runs replay transcripts through the real wiring with the small test catalogue, over a SQLite file
 * in a given directory (so a second run can pick up where the first stopped).
 */
public final class ReplayHarness {
  private static IntentModel model;
  private final Path dir;
  private final String extraConfig;

  public ReplayHarness(Path dir) {
    this(dir, "");
  }

  /**
   * @param extraConfig YAML appended to the harness's config (channels, for instance)
   */
  public ReplayHarness(Path dir, String extraConfig) {
    this.dir = dir;
    this.extraConfig = extraConfig;
  }

  private static synchronized IntentModel model() {
    if (model == null) {
      model = TestCatalogs.smallModel();
    }
    return model;
  }

  public Path database() {
    return dir.resolve("kb.db");
  }

  /** Replays {@code transcript} as a fresh bot process would, and returns its output. */
  public String run(String transcript) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("spreadcoach.yaml");
      Files.writeString(file, "kb:\n  url: jdbc:sqlite:" + database() + "\n" + extraConfig);
      Config config = BotConfig.load(file, Map.of());
      ManualClock clock = new ManualClock(ManualClock.REPLAY_EPOCH);
      StringWriter out = new StringWriter();
      try (Wiring wiring =
          Wiring.assemble(
              config,
              model(),
              () -> new LoadResult(model().catalog(), List.of()),
              clock,
              ChannelMode.AMBIENT,
              Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
              TestEnv.env())) {
        new ReplayRunner(wiring.bot(), clock, wiring.writer()::barrier)
            .run(new BufferedReader(new StringReader(transcript)), out);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
