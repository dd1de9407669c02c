package org.spreadcoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.WriteQueue;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.kb.writer.KbWriter;
import org.spreadcoach.testing.ReplayHarness;
import org.spreadcoach.testing.TestEnv;

/**
 * /privacy and /kb search as people use them, through replay over a logged channel; and what
 * forget-me answers when the database fails at first.
 */
class PrivacyCommandsTest {
  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  @Test
  void statusSaysWhatIsKeptAndForgetMeErasesOnlyTheCaller() throws Exception {
    String out =
        new ReplayHarness(dir, "channels:\n  team: {log: true}\n")
            .run(
                """
                {"type":"command","channel":"team","user":"u1","command":"privacy","args":{"sub":"status"}}
                {"type":"command","channel":"other","user":"u1","command":"privacy","args":{"sub":"status"}}
                {"type":"message","channel":"team","user":"u1","text":"which networks could spread our quokka pathway","mentioned":true}
                {"type":"message","channel":"team","user":"u2","text":"which networks could spread our wombat pathway","mentioned":true}
                {"type":"command","channel":"team","user":"m1","roles":["maintainer"],"command":"kb","args":{"sub":"search","query":"quokka"}}
                {"type":"command","channel":"team","user":"u1","command":"privacy","args":{"sub":"forget-me"}}
                {"type":"command","channel":"team","user":"m1","roles":["maintainer"],"command":"kb","args":{"sub":"search","query":"quokka wombat"}}
                {"type":"command","channel":"team","user":"u3","command":"kb","args":{"sub":"search","query":"wombat"}}
                """);

    List<JsonNode> lines = lines(out);
    assertThat(lines.get(0).get("text").asText())
        .startsWith("This channel is logged")
        .contains("NHS numbers")
        .contains("365 days");
    assertThat(lines.get(1).get("text").asText()).startsWith("This channel is not logged");
    assertThat(lines.get(4).get("text").asText()).contains("quokka pathway");
    assertThat(lines.get(5).get("ok").asBoolean()).isTrue();
    assertThat(lines.get(5).get("text").asText()).contains("deleted 1 stored item(s)");
    assertThat(lines.get(6).get("text").asText())
        .contains("wombat pathway")
        .doesNotContain("quokka pathway");
    assertThat(lines.get(7).get("ok").asBoolean()).isFalse();
    assertThat(lines.get(7).get("text").asText()).contains("Only maintainers");
  }

  @Test
  void forgetMeSaysDoneWhenARetryStoresTheErasureWithinTheWait() throws Exception {
    Path db = dir.resolve("kb.db");
    CountDownLatch firstTryFailed = new CountDownLatch(1);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (KnowledgeBase kb = KnowledgeBases.open("jdbc:sqlite:" + db, null, null, 2)) {
      KbWriter writer =
          new KbWriter(
              kb,
              Runnable::run,
              null,
              Duration.ofSeconds(5),
              new WriteQueue.Listener() {
                @Override
                public void writeFailed() {
                  firstTryFailed.countDown();
                }

                @Override
                public void writeDropped() {}
              });
      PrivacyCommands privacy =
          new PrivacyCommands(
              writer,
              new Pseudonymiser(TestEnv.PSEUDONYM_KEY),
              new ChannelSettings(ChannelMode.MENTION, Map.of()),
              365);
      sql(db, "ALTER TABLE messages RENAME TO messages_away");

      Future<Outcome> forget =
          caller.submit(
              () ->
                  privacy.handle(
                      new CommandCall(
                          "team", "u1", "u1", Set.of(), "privacy", Map.of("sub", "forget-me"))));
      assertThat(firstTryFailed.await(10, TimeUnit.SECONDS)).isTrue();
      sql(db, "ALTER TABLE messages_away RENAME TO messages");
      writer.retryPending();

      Outcome outcome = forget.get(30, TimeUnit.SECONDS);
      assertThat(outcome.ok()).isTrue();
      assertThat(outcome.posts().get(0).text()).startsWith("Done: I deleted 0 stored item(s)");
    } finally {
      caller.shutdownNow();
    }
  }

  private static void sql(Path db, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
