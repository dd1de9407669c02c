package org.spreadcoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.SilenceReason;
import org.spreadcoach.testing.RecordingBot;

/** The console turns typed lines into the same records Discord produces. */
class ConsoleSessionTest {
  @Test
  void linesBecomeMessagesMentionsAndCommandsAsTheCurrentUser() throws Exception {
    RecordingBot bot = new RecordingBot(m -> Outcome.silent(SilenceReason.OUT_OF_SCOPE));
    StringWriter out = new StringWriter();

    new ConsoleSession(bot, "ward", "sam", Set.of("facilitator")).run(new BufferedReader(
        new StringReader("how do we spread it\n@coach, what can you do\n\n"
            + "/round start topic:falls spreader:alex\n/as alex\nmy advice\n/quit\nnever read\n")),
        new PrintWriter(out));

    assertThat(bot.seen()).hasSize(4);
    ChatMessage plain = (ChatMessage) bot.seen().get(0);
    assertThat(plain.mentioned()).isFalse();
    assertThat(plain.user()).isEqualTo("sam");
    ChatMessage mention = (ChatMessage) bot.seen().get(1);
    assertThat(mention.mentioned()).isTrue();
    assertThat(mention.text()).isEqualTo("what can you do");
    CommandCall start = (CommandCall) bot.seen().get(2);
    assertThat(start.args()).containsEntry("sub", "start").containsEntry("spreader", "alex");
    assertThat(start.roles()).containsExactly("facilitator");
    ChatMessage asAlex = (ChatMessage) bot.seen().get(3);
    assertThat(asAlex.user()).isEqualTo("alex");
    assertThat(asAlex.roles()).isEmpty();
    assertThat(out.toString()).contains("(silent: out_of_scope)").contains("coach> done round")
        .contains("you are now 'alex'");
  }
}
