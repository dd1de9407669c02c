package org.spreadcoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.FollowUp;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SilenceReason;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.testing.RecordingBot;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/** The console turns typed lines into the same records Discord produces. */
class ConsoleSessionTest {
  @TempDir Path dir;

  private static String run(ConsoleSession session, String input) throws Exception {
    StringWriter out = new StringWriter();
    session.run(new BufferedReader(new StringReader(input)), new PrintWriter(out));
    return out.toString();
  }

  @Test
  void everyLineIsAddressedToTheCoachAsInADirectMessage() throws Exception {
    RecordingBot bot = new RecordingBot(m -> Outcome.silent(SilenceReason.OUT_OF_SCOPE));

    String out =
        run(
            new ConsoleSession(bot, "console", "sam", Set.of("facilitator"), false, false),
            """
            how do we spread it
            @coach, what can you do

            /round start topic:falls spreader:alex
            /as alex
            my advice
            /quit
            never read
            """);

    assertThat(bot.seen()).hasSize(4);
    ChatMessage plain = (ChatMessage) bot.seen().get(0);
    assertThat(plain.addressed()).as("a line without @coach is addressed too").isTrue();
    assertThat(plain.direct()).isTrue();
    assertThat(plain.user()).isEqualTo("sam");
    ChatMessage mention = (ChatMessage) bot.seen().get(1);
    assertThat(mention.text()).isEqualTo("what can you do");
    CommandCall start = (CommandCall) bot.seen().get(2);
    assertThat(start.args()).containsEntry("sub", "start").containsEntry("spreader", "alex");
    assertThat(start.roles()).containsExactly("facilitator");
    ChatMessage asAlex = (ChatMessage) bot.seen().get(3);
    assertThat(asAlex.user()).isEqualTo("alex");
    assertThat(asAlex.roles()).isEmpty();
    assertThat(out)
        .contains("talking to the coach directly")
        .contains("coach> done round")
        .contains("you are now 'alex'")
        .doesNotContain(ConsoleSession.PROMPT);
  }

  @Test
  void aPersonAtATerminalSeesAPromptBeforeEachLine() throws Exception {
    RecordingBot bot = new RecordingBot(m -> Outcome.silent(SilenceReason.OUT_OF_SCOPE));

    String out =
        run(
            new ConsoleSession(bot, "console", "sam", Set.of(), false, true),
            "/coach principles\n/quit\n");

    assertThat(out)
        .startsWith("Spread Coach console")
        .contains("\n" + ConsoleSession.PROMPT + "coach> done coach\n" + ConsoleSession.PROMPT);
  }

  @Test
  void theAmbientSimulationTreatsLinesAsChatterAndExplainsEachSilence() throws Exception {
    RecordingBot bot =
        new RecordingBot(
            m ->
                Outcome.silent(
                    SilenceReason.OUT_OF_SCOPE,
                    "it doesn't read as a question about spreading a change"));

    String out =
        run(
            new ConsoleSession(bot, "ward", "sam", Set.of(), true, false),
            "who is bringing cake\n@coach hello\n");

    ChatMessage chatter = (ChatMessage) bot.seen().get(0);
    assertThat(chatter.addressed()).isFalse();
    ChatMessage mention = (ChatMessage) bot.seen().get(1);
    assertThat(mention.mentioned()).isTrue();
    assertThat(mention.direct()).isFalse();
    assertThat(out)
        .contains("simulating the ambient channel #ward")
        .contains("(I'd stay quiet here: it doesn't read as a question about spreading a change)");
  }

  @Test
  void aNumberTypedAfterAReplyWithChoicesPicksThatChoice() throws Exception {
    RecordingBot bot =
        new RecordingBot(
            m ->
                Outcome.reply(
                    new Post(
                        "console",
                        "That's a broad one.",
                        "spread.general",
                        null,
                        null,
                        "ref-1",
                        List.of(),
                        List.of(
                            new FollowUp("1. Networks", "coach:focus:networks:ref-1"),
                            new FollowUp("2. Benefit", "coach:focus:benefit:ref-1")))));

    String out =
        run(
            new ConsoleSession(bot, "console", "sam", Set.of(), false, false),
            "how do i spread this\n2\n7\n");

    assertThat(out).contains("(type a number from 1 to 2 to choose)").contains("coach> chose ");
    assertThat(bot.followUps())
        .singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("coach:focus:benefit:ref-1"));
    assertThat(bot.seen()).as("a number with no choice behind it is an ordinary line").hasSize(2);
  }

  @Test
  void asWithoutAUserPrintsItsUsage() throws Exception {
    RecordingBot bot = new RecordingBot(m -> Outcome.silent(SilenceReason.OUT_OF_SCOPE));

    String out =
        run(
            new ConsoleSession(bot, "console", "sam", Set.of(), false, false),
            "/as\n/as   \nhello\n");

    assertThat(out).contains("coach> " + ConsoleSession.AS_USAGE).doesNotContain("Unknown");
    assertThat(bot.seen())
        .singleElement()
        .satisfies(
            m -> assertThat(((ChatMessage) m).user()).as("still the same user").isEqualTo("sam"));
  }

  @Test
  void threeSpreadQuestionsWithoutAMentionGetThreeCoachingReplies() throws Exception {
    IntentCatalog bundled = new IntentSource().loadBundled().orThrow();
    IntentModel model = new IntentTrainer(NluSettings.defaults()).train(bundled);
    Config config = Config.defaults();
    try (Wiring wiring =
        Wiring.assemble(
            config,
            model,
            () -> new LoadResult(bundled, List.of()),
            new ManualClock(ManualClock.REPLAY_EPOCH),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
            TestEnv.env())) {
      String out =
          run(
              new ConsoleSession(wiring.bot(), "console", "sam", Set.of(), false, false),
              """
              how do I get other trusts to adopt our falls framework?
              who should I talk to at the other trusts to spread it
              what evidence would convince the other practices to take up our clinic model
              """);

      assertThat(out.lines().filter(l -> l.startsWith("coach> ")))
          .hasSize(3)
          .allSatisfy(l -> assertThat(l).doesNotContain("I didn't recognise"));
      assertThat(out).doesNotContain("quiet").doesNotContain("cooldown");
    }
  }
}
