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
  void forgetMeSaysQueuedAtOnceWhenTheDatabaseFailsAndTheRetryRunsTheErasure() throws Exception {
    Path db = dir.resolve("kb.db");
    try (KnowledgeBase kb = KnowledgeBases.open("jdbc:sqlite:" + db, null, null, 2)) {
      // No retry schedule: the test drives retries, so a down database is never retried behind
      // its back and the command can only answer from the first try.
      KbWriter writer =
          new KbWriter(kb, Runnable::run, null, Duration.ofSeconds(5), WriteQueue.Listener.none());
      PrivacyCommands privacy =
          new PrivacyCommands(
              writer,
              new Pseudonymiser(TestEnv.PSEUDONYM_KEY),
              new ChannelSettings(ChannelMode.MENTION, Map.of()),
              365);
      CommandCall forgetMe =
          new CommandCall("team", "u1", "u1", Set.of(), "privacy", Map.of("sub", "forget-me"));
      sql(db, "ALTER TABLE messages RENAME TO messages_away");

      Outcome whileDown = privacy.handle(forgetMe);
      assertThat(whileDown.ok()).isFalse();
      assertThat(whileDown.posts().get(0).text())
          .contains("couldn't reach the knowledge base")
          .contains("queued");

      sql(db, "ALTER TABLE messages_away RENAME TO messages");
      assertThat(writer.retryPending()).as("writes still waiting after the retry").isZero();
      Outcome afterwards = privacy.handle(forgetMe);
      assertThat(afterwards.ok()).isTrue();
      assertThat(afterwards.posts().get(0).text()).startsWith("Done: I deleted 0 stored item(s)");
    }
  }

  private static void sql(Path db, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
