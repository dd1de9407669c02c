package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.replay.ReplayRunner;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/**
 * A replay over an opted-in channel leaves no personal data and no raw user id in the database
 * file; search finds the message by its other words; forget removes it; a channel that did not opt
 * in leaves nothing.
 */
class PrivacyEndToEndTest {
  @TempDir Path dir;

  private static final String EMAIL = "jo.bloggs@nhs.net";
  private static final String PHONE = "07700 900123";
  private static final String NHS = "943 476 5919";
  private static final String USER = "81234567890123456";

  private Config config() throws IOException {
    Path file = dir.resolve("spreadcoach.yaml");
    Files.writeString(
        file,
        "kb:\n  url: jdbc:sqlite:"
            + dir.resolve("kb.db")
            + "\n"
            + "channels:\n  logged: {log: true}\n");
    return BotConfig.load(file, Map.of());
  }

  private void replay(Config config, String transcript) throws IOException {
    ManualClock clock = new ManualClock(ManualClock.REPLAY_EPOCH);
    try (Wiring wiring =
        Wiring.assemble(
            config,
            TestCatalogs.smallModel(),
            () -> new LoadResult(TestCatalogs.small(), List.of()),
            clock,
            ChannelMode.AMBIENT,
            Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
            TestEnv.env())) {
      new ReplayRunner(wiring.bot(), clock, wiring.writer()::barrier)
          .run(new BufferedReader(new StringReader(transcript)), new StringWriter());
    }
  }

  private String databaseBytes() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("kb.db")).toList()) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  @Test
  void personalDataAndRawIdsNeverReachTheFileAndForgetRemovesThePerson() throws IOException {
    Config config = config();
    String text =
        "which networks could help spread our falls pathway? mail "
            + EMAIL
            + " or ring "
            + PHONE
            + ", patient "
            + NHS;
    replay(
        config,
        "{\"type\":\"message\",\"channel\":\"logged\",\"user\":\""
            + USER
            + "\",\"name\":\"Jo Bloggs\",\"text\":\""
            + text
            + "\"}\n"
            + "{\"type\":\"message\",\"channel\":\"unlogged\",\"user\":\"999\",\"text\":"
            + "\"zanzibar pathway spread via networks\"}\n");

    String bytes = databaseBytes();
    assertThat(bytes)
        .doesNotContain(EMAIL)
        .doesNotContain("900123")
        .doesNotContain("9434765919")
        .doesNotContain("943 476 5919")
        .doesNotContain(USER)
        .doesNotContain("Jo Bloggs")
        .doesNotContain("zanzibar");
    assertThat(bytes).contains("falls pathway");

    CommandLineTest.Run search = withKb("kb", "search", "falls pathway");
    assertThat(search.out())
        .contains("falls pathway")
        .contains("[email]")
        .contains("[phone]")
        .contains("[nhs-number]");

    CommandLineTest.Run forget = withKb("kb", "forget", USER);
    assertThat(forget.out()).contains("messages=1");
    assertThat(databaseBytes()).doesNotContain("falls pathway");
    assertThat(withKb("kb", "search", "falls pathway").out()).contains("no matches");
  }

  /** Runs a kb tool on the test's database with the test's pseudonym key. */
  private CommandLineTest.Run withKb(String... args) throws IOException {
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--config";
    full[args.length + 1] = dir.resolve("spreadcoach.yaml").toString();
    return CommandLineTest.runWithEnv(TestEnv.env(), full);
  }
}
