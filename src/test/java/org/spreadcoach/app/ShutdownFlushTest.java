package org.spreadcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/**
 * What SIGTERM does after the adapter stops: closing the wiring stores writes that were buffered
 * while the database failed, before the database closes.
 */
class ShutdownFlushTest {
  @TempDir Path dir;

  private void sql(Path db, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void closingStoresWritesBufferedDuringAnOutage() throws Exception {
    Path db = dir.resolve("kb.db");
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "kb:\n  url: jdbc:sqlite:" + db + "\nchannels:\n  c: {log: true}\n");
    Config config = BotConfig.load(file, Map.of());
    var model = TestCatalogs.smallModel();
    Wiring wiring =
        Wiring.assemble(
            config,
            model,
            () -> new LoadResult(model.catalog(), List.of()),
            new ManualClock(ManualClock.REPLAY_EPOCH),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.CONFIGURED,
            TestEnv.env());
    wiring.writer().barrier().get(30, TimeUnit.SECONDS);
    sql(db, "ALTER TABLE messages RENAME TO messages_away");
    for (int i = 0; i < 3; i++) {
      wiring
          .bot()
          .onMessage(new ChatMessage("c", "u", "u", Set.of(), "pending message " + i, true, false));
    }
    wiring.writer().barrier().get(30, TimeUnit.SECONDS);
    assertThat(wiring.writer().pending()).isEqualTo(3);
    assertThat(wiring.metrics().scrape())
        .as("the backlog shows in /metrics")
        .contains("spreadcoach_kb_writes_pending 3.0");
    sql(db, "ALTER TABLE messages_away RENAME TO messages");

    wiring.close();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM messages WHERE text LIKE 'pending%'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void aDatabaseThatStopsAnsweringNeverStopsARepliesOrCommandsAnswer() throws Exception {
    Path db = dir.resolve("kb.db");
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "kb:\n  url: jdbc:sqlite:" + db + "\nchannels:\n  c: {log: true}\n");
    Config config = BotConfig.load(file, Map.of());
    var model = TestCatalogs.smallModel();
    try (Wiring wiring =
        Wiring.assemble(
            config,
            model,
            () -> new LoadResult(model.catalog(), List.of()),
            new ManualClock(ManualClock.REPLAY_EPOCH),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.CONFIGURED,
            TestEnv.env())) {
      wiring.writer().barrier().get(30, TimeUnit.SECONDS);
      wiring.knowledgeBase().close();

      var reply =
          wiring
              .bot()
              .onMessage(
                  new ChatMessage(
                      "c",
                      "u",
                      "u",
                      Set.of(),
                      "which networks could help spread our pathway",
                      true,
                      false));
      var round =
          wiring
              .bot()
              .onCommand(
                  new CommandCall(
                      "c", "u", "u", Set.of("facilitator"), "round", Map.of("sub", "status")));
      var ticks = wiring.bot().onTick(Instant.now(), channel -> true);

      assertThat(reply.posts())
          .singleElement()
          .satisfies(p -> assertThat(p.intent()).isEqualTo("networks.connect"));
      assertThat(round.ok()).isFalse();
      assertThat(round.posts().get(0).text()).contains("knowledge base is not answering");
      assertThat(ticks).isEmpty();
      wiring.writer().barrier().get(30, TimeUnit.SECONDS);
      assertThat(wiring.writer().pending())
          .as("the exchange and the retention run wait")
          .isEqualTo(2);

      var forget =
          wiring
              .bot()
              .onCommand(
                  new CommandCall("c", "u", "u", Set.of(), "privacy", Map.of("sub", "forget-me")));
      assertThat(forget.ok()).isFalse();
      assertThat(forget.posts().get(0).text())
          .contains("couldn't reach the knowledge base")
          .contains("queued");
      assertThat(wiring.writer().pending())
          .as("the erasure waits behind them, in order")
          .isEqualTo(3);
    }
  }
}
