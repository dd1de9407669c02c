package org.spreadcoach.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.testing.ReplayHarness;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

class ReplayRunnerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static IntentModel model;

  @BeforeAll
  static void train() {
    model = TestCatalogs.smallModel();
  }

  static String replay(String transcript) throws IOException {
    return replay(transcript, Config.defaults());
  }

  static String replay(String transcript, Config config) throws IOException {
    ManualClock clock = new ManualClock(ManualClock.REPLAY_EPOCH);
    StringWriter out = new StringWriter();
    try (Wiring wiring =
        Wiring.assemble(
            config,
            model,
            () -> new LoadResult(model.catalog(), List.of()),
            clock,
            ChannelMode.AMBIENT,
            Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
            TestEnv.env())) {
      new ReplayRunner(wiring.bot(), clock, wiring.writer()::barrier)
          .run(new BufferedReader(new StringReader(transcript)), out);
    }
    return out.toString();
  }

  static List<JsonNode> lines(String output) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : output.lines().toList()) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static final String TRANSCRIPT =
      """
      {"type":"message","channel":"team","user":"u1","name":"Sam","text":"which networks could help spread our pathway"}
      {"type":"message","channel":"team","user":"u2","name":"Alex","text":"who is bringing the cake on friday"}
      {"type":"message","channel":"team","user":"u2","name":"Alex","text":"who is bringing the cake on friday","mentioned":true}
      {"type":"message","channel":"team","user":"u3","text":"what evidence would convince the commissioners"}
      {"type":"clock","advance":"PT5M"}
      {"type":"message","channel":"team","user":"u3","text":"what evidence would convince the commissioners"}
      {"type":"command","channel":"team","user":"u4","command":"coach","args":{"question":"how do i spread this to other teams"}}
      """;

  @Test
  void aGeneralQuestionOffersChoicesAndAChoiceEventPicksOne() throws IOException {
    List<JsonNode> out =
        lines(
            replay(
                """
                {"type":"message","channel":"team","user":"u1","text":"how do i spread this to other teams","mentioned":true}
                {"type":"choice","channel":"team","user":"u1","event":1,"option":1}
                {"type":"choice","channel":"team","user":"u1","event":1,"option":7}
                {"type":"choice","channel":"team","user":"u1","event":9,"option":1}
                """));

    JsonNode focused = out.get(0);
    assertThat(focused.path("text").asText()).startsWith("That's a broad one.");
    assertThat(focused.path("choices")).hasSize(2);
    String first = focused.path("choices").get(0).asText().substring(3);
    assertThat(out.get(1).path("text").asText()).startsWith("Principle at stake: **" + first);
    assertThat(out.get(1).path("ok").asBoolean()).isTrue();
    assertThat(out.get(2).path("message").asText())
        .isEqualTo("line 3: option 7 is not offered (the reply has 2 choice(s))");
    assertThat(out.get(3).path("message").asText())
        .isEqualTo("line 4: input line 9 has no reply of the bot to refer to");
  }

  @Test
  void aReactionReachesTheReplyItIsOnAndTheAdviceThatReplyOffered(@TempDir Path dir)
      throws Exception {
    ReplayHarness harness =
        new ReplayHarness(
            dir,
            """
            channels:
              team:
                log: true
            """);
    harness.run(
        """
        {"type":"command","channel":"team","user":"f","roles":["facilitator"],"command":"round","args":{"sub":"start","topic":"falls","spreader":"s"}}
        {"type":"command","channel":"team","user":"a","command":"round","args":{"sub":"advice","text":"ask which networks could carry the falls framework"}}
        {"type":"command","channel":"team","user":"f","roles":["facilitator"],"command":"round","args":{"sub":"close"}}
        {"type":"message","channel":"team","user":"u1","text":"which networks could help spread our pathway","mentioned":true}
        {"type":"reaction","channel":"team","user":"u2","event":4,"value":-1}
        {"type":"reaction","channel":"team","user":"u3","event":4,"value":-1}
        """);

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.database());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT a.text, SUM(f.value) FROM advice a JOIN reply_advice ra"
                    + " ON ra.advice_id = a.id JOIN replies r ON r.id = ra.reply_id"
                    + " JOIN feedback f ON f.reply_ref = r.platform_id GROUP BY a.text")) {
      assertThat(rs.next())
          .as("the reply offered the round's advice and drew the reactions")
          .isTrue();
      assertThat(rs.getString(1)).isEqualTo("ask which networks could carry the falls framework");
      assertThat(rs.getInt(2)).isEqualTo(-2);
    }
  }

  @Test
  void aGreetingNobodyAddressedToTheBotIsNotAddressedInAnAmbientChannel() throws IOException {
    List<JsonNode> out =
        lines(
            replay(
                """
                {"type":"message","channel":"team","user":"u1","text":"hello"}
                {"type":"message","channel":"team","user":"u1","text":"hello","mentioned":true}
                """));

    assertThat(out.get(0).path("type").asText()).isEqualTo("silent");
    assertThat(out.get(0).path("reason").asText()).isEqualTo("not_addressed");
    assertThat(out.get(1).path("intent").asText()).isEqualTo("bot.greeting");
  }

  @Test
  void aTranscriptGivesOneLinePerEventNamingItsInputLine() throws IOException {
    List<JsonNode> out = lines(replay(TRANSCRIPT));

    assertThat(out).hasSize(6);
    assertThat(out.get(0).get("type").asText()).isEqualTo("reply");
    assertThat(out.get(0).get("event").asInt()).isEqualTo(1);
    assertThat(out.get(0).get("principle").asText()).isEqualTo("networks");
    assertThat(out.get(0).get("text").asText()).contains("**Networks**");
    assertThat(out.get(0).has("ok")).as("messages carry no ok").isFalse();

    assertThat(out.get(1).toString())
        .isEqualTo("{\"type\":\"silent\",\"event\":2,\"reason\":\"out_of_scope\"}");

    assertThat(out.get(2).get("event").asInt()).isEqualTo(3);
    assertThat(out.get(2).get("intent").isNull()).isTrue();
    assertThat(out.get(2).get("text").asText()).contains("I coach people");

    assertThat(out.get(3).toString())
        .isEqualTo("{\"type\":\"silent\",\"event\":4,\"reason\":\"cooldown\"}");

    assertThat(out.get(4).get("event").asInt()).as("after the clock line").isEqualTo(6);
    assertThat(out.get(4).get("principle").asText()).isEqualTo("benefit");

    assertThat(out.get(5).get("event").asInt()).isEqualTo(7);
    assertThat(out.get(5).get("ok").asBoolean()).isTrue();
    assertThat(out.get(5).get("intent").asText()).isEqualTo("spread.general");
  }

  @Test
  void theSameInputAndConfigGiveTheSameOutput() throws IOException {
    assertThat(replay(TRANSCRIPT)).isEqualTo(replay(TRANSCRIPT));
  }

  @Test
  void aMalformedLineGetsAnErrorNamingItsLineAndTheRestStillRuns() throws IOException {
    String transcript =
        """
        {"type":"message","channel":"team","user":"u1","text":"which networks could help spread our pathway"}
        {this is not json
        {"type":"message","channel":"team","text":"no user"}
        {"type":"dance"}
        {"type":"clock","advance":"ten minutes"}
        ["a","list"]

        {"type":"message","channel":"team","user":"u2","text":"hello","mentioned":true}
        """;

    List<JsonNode> out = lines(replay(transcript));

    assertThat(out)
        .extracting(n -> n.get("type").asText())
        .containsExactly("reply", "error", "error", "error", "error", "error", "reply");
    assertThat(out.get(1).get("event").asInt()).isEqualTo(2);
    assertThat(out.get(1).get("message").asText()).startsWith("line 2: not a JSON object");
    assertThat(out.get(2).get("message").asText()).isEqualTo("line 3: missing 'user'");
    assertThat(out.get(3).get("message").asText()).contains("unknown event type 'dance'");
    assertThat(out.get(4).get("message").asText()).contains("ISO-8601 duration");
    assertThat(out.get(5).get("event").asInt()).isEqualTo(6);
    assertThat(out.get(6).get("event").asInt()).as("blank line 7 skipped").isEqualTo(8);
  }

  @Test
  void oddMessagesNeverCrashIt() throws IOException {
    String huge = "spread ".repeat(15_000);
    String transcript =
        String.join(
            "\n",
            "{\"type\":\"message\",\"channel\":\"c\",\"user\":\"u\",\"text\":\"\"}",
            "{\"type\":\"message\",\"channel\":\"c\",\"user\":\"u\",\"text\":\"" + huge + "\"}",
            "{\"type\":\"message\",\"channel\":\"c\",\"user\":\"u\",\"text\":\"🎉🔥 مرحبا"
                + " \\u0000\"}",
            "{\"type\":\"message\",\"channel\":\"c\",\"user\":\"u\",\"text\":\"\\u202Ehello\","
                + "\"mentioned\":true}");

    List<JsonNode> out = lines(replay(transcript));

    assertThat(out).hasSize(4);
    assertThat(out).allSatisfy(n -> assertThat(n.get("type").asText()).isIn("reply", "silent"));
  }

  @Test
  void configCanSetAReplayChannelToMentionOrOff() throws IOException {
    Config config =
        BotConfig.load(
            writeConfig("channels:\n  quiet: {mode: mention}\n  closed: {mode: off}\n"), Map.of());
    String transcript =
        """
        {"type":"message","channel":"quiet","user":"u1","text":"which networks could help spread our pathway"}
        {"type":"message","channel":"closed","user":"u1","text":"which networks could help spread our pathway","mentioned":true}
        """;

    List<JsonNode> out = lines(replay(transcript, config));

    assertThat(out.get(0).get("reason").asText()).isEqualTo("not_addressed");
    assertThat(out.get(1).get("reason").asText()).isEqualTo("channel_off");
  }

  private static Path writeConfig(String yaml) throws IOException {
    Path file = Files.createTempFile("config", ".yaml");
    Files.writeString(file, yaml);
    file.toFile().deleteOnExit();
    return file;
  }
}
