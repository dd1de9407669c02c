package org.spreadcoach.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Every command is checked against its declaration, with one wording, before its handler runs. */
class CommandDispatcherTest {
  /** A handler that records the calls it is given and answers "done". */
  private static final class Recorder implements CommandHandler {
    private final CommandSpec spec;
    private final List<CommandCall> calls = new ArrayList<>();

    Recorder(CommandSpec spec) {
      this.spec = spec;
    }

    @Override
    public CommandSpec spec() {
      return spec;
    }

    @Override
    public Outcome handle(CommandCall call) {
      calls.add(call);
      return Outcome.done(Post.plain(call.channel(), "done"));
    }
  }

  private static final CommandSpec GARDEN =
      CommandSpec.of(
              "garden",
              "Tend the garden",
              SubcommandSpec.of("plant", "Plant something")
                  .withOptions(
                      OptionSpec.text("what", "What to plant").asRequired(),
                      OptionSpec.user("helper", "Who helps"),
                      OptionSpec.wholeNumber("rows", "How many rows", 1, 12),
                      OptionSpec.bool("water", "Water it too"),
                      OptionSpec.choice(
                          "bed", "Which bed", new Choice("n", "North"), new Choice("s", "South")),
                      OptionSpec.principle("principle", "What it shows"))
                  .withDefaultOption("what"),
              SubcommandSpec.of("prune", "Prune (facilitators)").onlyFor(Access.FACILITATORS),
              SubcommandSpec.of("dig", "Dig a new bed (maintainers)")
                  .onlyFor(Access.MAINTAINERS)
                  .withOptions(
                      OptionSpec.wholeNumber("depth", "How deep", 1, Long.MAX_VALUE).asRequired()))
          .withDefaultSubcommand("plant");

  private final Recorder garden = new Recorder(GARDEN);
  private final AtomicReference<List<Choice>> principles =
      new AtomicReference<>(
          List.of(new Choice("networks", "Networks"), new Choice("benefit", "Benefit")));
  private final CommandDispatcher dispatcher =
      new CommandDispatcher(
          List.of(garden),
          new RolesSettings(Set.of("facilitator", "lead"), Set.of("maintainer")),
          principles::get);

  private Outcome call(Set<String> roles, Map<String, String> args) {
    return dispatcher.dispatch(new CommandCall("c", "u", "u", roles, "garden", args));
  }

  private Outcome call(Map<String, String> args) {
    return call(Set.of(), args);
  }

  private static String text(Outcome outcome) {
    assertThat(outcome.ok()).as("refused").isFalse();
    return outcome.posts().get(0).text();
  }

  @Test
  void theHandlerGetsTheDefaultSubcommandAndCanonicalValues() {
    Outcome done =
        call(
            Map.of(
                "what",
                " tulips ",
                "helper",
                "<@!104>",
                "rows",
                "007",
                "water",
                "Yes",
                "bed",
                "south",
                "principle",
                "NETWORKS",
                "extra",
                "kept"));

    assertThat(done.ok()).isTrue();
    assertThat(garden.calls)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.args())
                    .containsOnly(
                        entry("sub", "plant"),
                        entry("what", "tulips"),
                        entry("helper", "104"),
                        entry("rows", "7"),
                        entry("water", "true"),
                        entry("bed", "s"),
                        entry("principle", "networks"),
                        entry("extra", "kept")));
    CommandCall call = garden.calls.get(0);
    assertThat(call.wholeNumber("rows")).hasValue(7);
    assertThat(call.flag("water", false)).isTrue();
    assertThat(call.flag("absent", true)).isTrue();
  }

  @Test
  void anUnknownSubcommandIsRefusedWithTheDeclaredOnes() {
    assertThat(text(call(Map.of("sub", "mow"))))
        .isEqualTo(
            "Unknown `/garden mow`. Try " + "`/garden plant`, `/garden prune` or `/garden dig`.");
    CommandSpec noDefault =
        CommandSpec.of(
            "tidy",
            "Tidy up",
            SubcommandSpec.of("sweep", "Sweep"),
            SubcommandSpec.of("dust", "Dust"));
    CommandDispatcher tidy =
        new CommandDispatcher(
            List.of(new Recorder(noDefault)), new RolesSettings(Set.of(), Set.of()), List::of);
    assertThat(text(tidy.dispatch(new CommandCall("c", "u", "u", Set.of(), "tidy", Map.of()))))
        .isEqualTo("Try `/tidy sweep` or `/tidy dust`.");
    assertThat(garden.calls).isEmpty();
  }

  @Test
  void anUnknownCommandIsRefusedWithTheKnownOnes() {
    Outcome out = dispatcher.dispatch(new CommandCall("c", "u", "u", Set.of(), "weed", Map.of()));

    assertThat(text(out)).isEqualTo("Unknown command `/weed`. Known: /garden.");
  }

  @Test
  void rolesAreCheckedAndExplainedTheSameWayForEveryRestrictedSubcommand() {
    assertThat(text(call(Set.of("maintainer"), Map.of("sub", "prune"))))
        .isEqualTo("Only facilitators (roles: facilitator, lead) can use `/garden prune`.");
    assertThat(text(call(Set.of("lead"), Map.of("sub", "dig", "depth", "2"))))
        .isEqualTo("Only maintainers (roles: maintainer) can use `/garden dig`.");
    assertThat(garden.calls).isEmpty();

    assertThat(call(Set.of("lead", "gardener"), Map.of("sub", "prune")).ok()).isTrue();
    assertThat(call(Set.of("maintainer"), Map.of("sub", "dig", "depth", "2")).ok()).isTrue();
  }

  @Test
  void rolesAreCheckedBeforeOptionsSoAStrangerLearnsOnlyThatTheyMayNot() {
    assertThat(text(call(Map.of("sub", "dig")))).startsWith("Only maintainers");
  }

  @Test
  void aMissingRequiredOptionIsRefusedWithTheUsage() {
    assertThat(text(call(Map.of("sub", "plant", "what", "  "))))
        .isEqualTo(
            "Give `what`: "
                + "`/garden plant what:<text> [helper:<user>] [rows:<1-12>] [water:<true|false>] "
                + "[bed:<n|s>] [principle:<networks|benefit>]`.");
    assertThat(text(call(Set.of("maintainer"), Map.of("sub", "dig"))))
        .isEqualTo("Give `depth`: `/garden dig depth:<number>`.");
  }

  @Test
  void aWholeNumberOutsideItsRangeOrNotANumberIsRefusedNamingTheRange() {
    assertThat(text(call(Map.of("what", "x", "rows", "13"))))
        .isEqualTo("`rows` must be a whole number from 1 to 12.");
    assertThat(text(call(Map.of("what", "x", "rows", "lots"))))
        .isEqualTo("`rows` must be a whole number from 1 to 12.");
    assertThat(text(call(Set.of("maintainer"), Map.of("sub", "dig", "depth", "0"))))
        .isEqualTo("`depth` must be a whole number of at least 1.");
    assertThat(garden.calls).isEmpty();
  }

  @Test
  void aBooleanOrAChoiceOutsideItsValuesIsRefusedNamingThem() {
    assertThat(text(call(Map.of("what", "x", "water", "maybe"))))
        .isEqualTo("`water` must be true or false.");
    assertThat(text(call(Map.of("what", "x", "bed", "west"))))
        .isEqualTo("`bed` must be one of: n, s.");
    assertThat(text(call(Map.of("what", "x", "principle", "luck"))))
        .isEqualTo("`principle` must be one of: networks, benefit.");
  }

  @Test
  void principleChoicesFollowTheCatalogueServingNow() {
    assertThat(
            dispatcher
                .specs()
                .get(0)
                .subcommand("plant")
                .orElseThrow()
                .option("principle")
                .orElseThrow()
                .choices())
        .extracting(Choice::value)
        .containsExactly("networks", "benefit");

    principles.set(List.of(new Choice("learning", "Learning")));

    assertThat(
            dispatcher
                .specs()
                .get(0)
                .subcommand("plant")
                .orElseThrow()
                .option("principle")
                .orElseThrow()
                .choices())
        .extracting(Choice::value)
        .containsExactly("learning");
    assertThat(text(call(Map.of("what", "x", "principle", "networks"))))
        .isEqualTo("`principle` must be one of: learning.");
    assertThat(call(Map.of("what", "x", "principle", "Learning")).ok()).isTrue();
  }
}
