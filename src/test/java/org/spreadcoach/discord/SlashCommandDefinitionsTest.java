package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.core.interaction.SlashCommandBuilderDelegateImpl;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.Access;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.Choice;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandDispatcher;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.OptionSpec;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.RolesSettings;
import org.spreadcoach.chat.SilenceReason;
import org.spreadcoach.chat.SubcommandSpec;
import org.spreadcoach.coach.Coach;
import org.spreadcoach.console.ConsoleSession;
import org.spreadcoach.rounds.RoundService;
import org.spreadcoach.rounds.RoundSettings;

/**
 * Slash commands are rendered from the handlers' declarations, and a new command needs no change in
 * any adapter: the JSON Javacord would register and the console's parsing both follow it.
 */
class SlashCommandDefinitionsTest {
  private static final List<Choice> PRINCIPLES =
      List.of(new Choice("networks", "Networks"), new Choice("benefit", "Benefit"));

  /** The JSON body Javacord sends Discord for {@code builder}. */
  private static JsonNode json(SlashCommandBuilder builder) {
    return ((SlashCommandBuilderDelegateImpl) builder.getDelegate())
        .getJsonBodyForApplicationCommand();
  }

  private static JsonNode named(JsonNode options, String name) {
    return StreamSupport.stream(options.spliterator(), false)
        .filter(o -> o.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option " + name + " in " + options));
  }

  @Test
  void roundMinutesTakeTheirLimitFromTheRoundSettings() {
    CommandSpec round = RoundService.spec(new RoundSettings(15, 45, Duration.ofMinutes(1)));

    JsonNode minutes =
        named(
            named(json(SlashCommandDefinitions.render(round)).path("options"), "start")
                .path("options"),
            "minutes");

    assertThat(minutes.path("type").asInt()).as("integer").isEqualTo(4);
    assertThat(minutes.path("min_value").asLong()).isEqualTo(1);
    assertThat(minutes.path("max_value").asLong()).isEqualTo(45);
    assertThat(minutes.path("description").asText()).isEqualTo("How long (default 15)");
  }

  @Test
  void principleOptionsOfferTheCataloguesPrinciplesShowingTheirNames() {
    CommandDispatcher dispatcher =
        new CommandDispatcher(
            List.of(new Declared(Coach.SPEC)),
            new RolesSettings(Set.of(), Set.of()),
            () -> PRINCIPLES);

    JsonNode coach = json(SlashCommandDefinitions.render(dispatcher.specs()).iterator().next());

    JsonNode name = named(named(coach.path("options"), "principle").path("options"), "name");
    assertThat(name.path("type").asInt()).as("string").isEqualTo(3);
    assertThat(name.path("required").asBoolean()).isTrue();
    assertThat(name.path("choices").toString())
        .isEqualTo(
            "[{\"name\":\"Networks\",\"value\":\"networks\"},"
                + "{\"name\":\"Benefit\",\"value\":\"benefit\"}]");
  }

  @Test
  void aNewCommandDeclaredInItsFeatureIsRegisteredAndParsedWithNoAdapterChange() throws Exception {
    // GIVEN a feature that declares a command no adapter has heard of
    ReviewQueue review = new ReviewQueue();
    CommandDispatcher dispatcher =
        new CommandDispatcher(
            List.of(review),
            new RolesSettings(Set.of("facilitator"), Set.of("maintainer")),
            () -> PRINCIPLES);

    // WHEN Discord registers the commands, THEN the slash command has its declared shape
    JsonNode command = json(SlashCommandDefinitions.render(dispatcher.specs()).iterator().next());
    assertThat(command.path("name").asText()).isEqualTo("review");
    assertThat(command.path("description").asText()).isEqualTo("The review queue");
    JsonNode next = named(command.path("options"), "next");
    assertThat(next.path("type").asInt()).as("subcommand").isEqualTo(1);
    JsonNode count = named(next.path("options"), "count");
    assertThat(count.path("type").asInt()).as("integer").isEqualTo(4);
    assertThat(count.path("min_value").asLong()).isEqualTo(1);
    assertThat(count.path("max_value").asLong()).isEqualTo(5);
    assertThat(count.path("required").asBoolean()).isFalse();
    JsonNode assign = named(command.path("options"), "assign");
    assertThat(
            StreamSupport.stream(assign.path("options").spliterator(), false)
                .map(o -> o.path("name").asText()))
        .containsExactly("id", "intent", "principle", "retrain");
    assertThat(named(assign.path("options"), "id").path("required").asBoolean()).isTrue();
    assertThat(named(assign.path("options"), "id").has("max_value")).isFalse();
    assertThat(named(assign.path("options"), "principle").path("choices").findValuesAsText("value"))
        .containsExactly("networks", "benefit");
    assertThat(named(assign.path("options"), "retrain").path("type").asInt())
        .as("boolean")
        .isEqualTo(5);
    // ... and its acknowledgement is private where the declaration says so
    assertThat(CommandSpec.find(dispatcher.specs(), "review", "next"))
        .map(SubcommandSpec::privateAnswer)
        .hasValue(true);
    assertThat(CommandSpec.find(dispatcher.specs(), "review", "assign"))
        .map(SubcommandSpec::privateAnswer)
        .hasValue(false);

    // WHEN a maintainer types it in the console, THEN it is parsed and checked by the declaration
    String out =
        console(
            dispatcher,
            Set.of("maintainer"),
            """
            /review assign the networks intent id:12 principle:Networks retrain:yes
            /review next count:9
            /review next
            """);
    assertThat(review.calls).hasSize(2);
    assertThat(review.calls.get(0).args())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "sub",
                "assign",
                "intent",
                "the networks intent",
                "id",
                "12",
                "principle",
                "networks",
                "retrain",
                "true"));
    assertThat(review.calls.get(1).args())
        .containsExactlyInAnyOrderEntriesOf(Map.of("sub", "next"));
    assertThat(out).contains("coach> `count` must be a whole number from 1 to 5.");

    // ... and someone without the role is refused in the shared wording
    String refused = console(dispatcher, Set.of(), "/review assign x id:1\n");
    assertThat(refused)
        .contains("coach> Only maintainers (roles: maintainer) can use `/review assign`.");
    assertThat(review.calls).hasSize(2);
  }

  private static String console(CommandDispatcher dispatcher, Set<String> roles, String lines)
      throws Exception {
    StringWriter out = new StringWriter();
    new ConsoleSession(new DispatchingBot(dispatcher), "console", "sam", roles, false, false)
        .run(new BufferedReader(new StringReader(lines)), new PrintWriter(out));
    return out.toString();
  }

  /** A feature no adapter knows: the maintainers' review queue, as a chat command. */
  private static final class ReviewQueue implements CommandHandler {
    private final List<CommandCall> calls = new ArrayList<>();

    @Override
    public CommandSpec spec() {
      return CommandSpec.of(
          "review",
          "The review queue",
          SubcommandSpec.of("next", "The next messages I missed")
              .answeredPrivately()
              .withOptions(OptionSpec.wholeNumber("count", "How many", 1, 5)),
          SubcommandSpec.of("assign", "File a missed message under an intent")
              .onlyFor(Access.MAINTAINERS)
              .withOptions(
                  OptionSpec.wholeNumber("id", "The message's number", 1, Long.MAX_VALUE)
                      .asRequired(),
                  OptionSpec.text("intent", "The intent it belongs to").asRequired(),
                  OptionSpec.principle("principle", "Its principle"),
                  OptionSpec.bool("retrain", "Retrain at once"))
              .withDefaultOption("intent"));
    }

    @Override
    public Outcome handle(CommandCall call) {
      calls.add(call);
      return Outcome.done(Post.plain(call.channel(), "done " + call.sub()));
    }
  }

  /** A handler that only declares {@code spec}. */
  private record Declared(CommandSpec spec) implements CommandHandler {
    @Override
    public Outcome handle(CommandCall call) {
      throw new AssertionError("not called");
    }
  }

  /** The bot's port with nothing behind it but the dispatcher. */
  private record DispatchingBot(CommandDispatcher dispatcher) implements ChatHandler {
    @Override
    public Outcome onMessage(ChatMessage message) {
      return Outcome.silent(SilenceReason.OUT_OF_SCOPE);
    }

    @Override
    public Outcome onCommand(CommandCall call) {
      return dispatcher.dispatch(call);
    }

    @Override
    public List<CommandSpec> commands() {
      return dispatcher.specs();
    }

    @Override
    public List<Post> onTick(Instant now, Predicate<String> serves) {
      return List.of();
    }

    @Override
    public void onThreadOpened(String channel, String threadId) {}

    @Override
    public Outcome onFollowUp(FollowUpCall call) {

      return Outcome.done(Post.plain(call.channel(), "chose " + call.key()));
    }

    @Override
    public void onPosted(String channel, String ref, String platformId) {}

    @Override
    public void onReaction(String channel, String replyId, String user, int value) {}
  }
}
