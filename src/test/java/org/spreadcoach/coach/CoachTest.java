package org.spreadcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.Choice;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandDispatcher;
import org.spreadcoach.chat.FollowUp;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.RolesSettings;
import org.spreadcoach.chat.SilenceReason;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.ServingModel;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.time.ManualClock;

/** The reply policy, with a manual clock for cooldown and rotation. */
class CoachTest {
  private static final String SPREAD_Q = "which networks could help spread our pathway";
  private static final String CHATTER = "who is bringing the cake on friday";
  private static IntentModel model;
  private ManualClock clock;
  private Coach coach;

  @BeforeAll
  static void train() {
    model = TestCatalogs.smallModel();
  }

  @BeforeEach
  void setUp() {
    clock = new ManualClock(ManualClock.REPLAY_EPOCH);
    coach = coach(ChannelMode.AMBIENT, Map.of(), PeerAdviceSource.none());
  }

  private Coach coach(
      ChannelMode mode, Map<String, ChannelSettings.Channel> channels, PeerAdviceSource advice) {
    CoachSettings settings =
        new CoachSettings(0.5, Duration.ofMinutes(5), 3, Duration.ofDays(1), 2_000);
    return new Coach(
        new ServingModel(model),
        settings,
        new ChannelSettings(mode, channels),
        clock,
        advice,
        ConversationListener.none());
  }

  /** {@code /coach} as people call it: through the dispatcher, which checks the declaration. */
  private Outcome command(Map<String, String> args) {
    CommandDispatcher dispatcher =
        new CommandDispatcher(
            List.of(coach),
            new RolesSettings(Set.of(), Set.of()),
            () ->
                model.catalog().principles().stream()
                    .map(p -> new Choice(p.id(), p.name()))
                    .toList());
    return dispatcher.dispatch(new CommandCall("c1", "u1", "u1", Set.of(), "coach", args));
  }

  private static ChatMessage say(String channel, String user, String text, boolean mentioned) {
    return new ChatMessage(channel, user, user, Set.of(), text, mentioned, false);
  }

  @Test
  void anAmbientSpreadQuestionGetsAReplyNamingThePrincipleAndPrompts() {
    Outcome out = coach.answer(say("c1", "u1", SPREAD_Q, false)).outcome();

    Post post = out.posts().get(0);
    assertThat(post.intent()).isEqualTo("networks.connect");
    assertThat(post.principle()).isEqualTo("networks");
    assertThat(post.text()).startsWith("Principle at stake: **Networks**");
    assertThat(post.text().lines().filter(l -> l.startsWith("• ")).count()).isEqualTo(3);
  }

  @Test
  void ambientChatterIsSilentAsOutOfScope() {
    assertThat(coach.answer(say("c1", "u1", CHATTER, false)).outcome().silence())
        .isEqualTo(SilenceReason.OUT_OF_SCOPE);
  }

  @Test
  void anAmbientSilenceSaysInWordsWhatWasRecognisedAndWhatWasMissing() {
    assertThat(coach.answer(say("c1", "u1", CHATTER, false)).outcome().why())
        .startsWith("it doesn't read as a question about spreading a change");
    coach.answer(say("c1", "u1", SPREAD_Q, false));
    assertThat(coach.answer(say("c1", "u2", SPREAD_Q, false)).outcome().why())
        .isEqualTo("I already spoke unprompted in this channel less than 5 min ago");
  }

  @Test
  void aMentionWithChatterGetsTheFallbackThatSaysWhatTheBotDoes() {
    Outcome out = coach.answer(say("c1", "u1", CHATTER, true)).outcome();

    assertThat(out.posts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.intent()).isNull();
              assertThat(p.text())
                  .contains("I coach people who are spreading a change")
                  .contains("/coach principles")
                  .contains("Networks, Benefit");
            });
  }

  @Test
  void aDirectMessageIsAlwaysAnsweredEvenInAnOffChannel() {
    Coach offCoach = coach(ChannelMode.OFF, Map.of(), PeerAdviceSource.none());
    ChatMessage dm = new ChatMessage("dm1", "u1", "u1", Set.of(), CHATTER, false, true);

    assertThat(offCoach.answer(dm).outcome().posts()).hasSize(1);
  }

  @Test
  void inAMentionChannelAnUnaddressedQuestionIsNotAnswered() {
    Coach mentionCoach = coach(ChannelMode.MENTION, Map.of(), PeerAdviceSource.none());

    assertThat(mentionCoach.answer(say("c1", "u1", SPREAD_Q, false)).outcome().silence())
        .isEqualTo(SilenceReason.NOT_ADDRESSED);
    assertThat(mentionCoach.answer(say("c1", "u1", SPREAD_Q, true)).outcome().posts()).hasSize(1);
  }

  @Test
  void anOffChannelSaysNothingEvenWhenMentioned() {
    Coach c =
        coach(
            ChannelMode.AMBIENT,
            Map.of("quiet", new ChannelSettings.Channel(ChannelMode.OFF, false)),
            PeerAdviceSource.none());

    assertThat(c.answer(say("quiet", "u1", SPREAD_Q, true)).outcome().silence())
        .isEqualTo(SilenceReason.CHANNEL_OFF);
    assertThat(c.answer(say("other", "u1", SPREAD_Q, false)).outcome().posts()).hasSize(1);
  }

  @Test
  void unpromptedRepliesWaitForTheCooldownPerChannel() {
    assertThat(coach.answer(say("c1", "u1", SPREAD_Q, false)).outcome().posts()).hasSize(1);
    assertThat(coach.answer(say("c1", "u2", SPREAD_Q, false)).outcome().silence())
        .isEqualTo(SilenceReason.COOLDOWN);
    assertThat(coach.answer(say("c2", "u2", SPREAD_Q, false)).outcome().posts())
        .as("another channel has its own cooldown")
        .hasSize(1);

    clock.advance(Duration.ofMinutes(4));
    assertThat(coach.answer(say("c1", "u2", SPREAD_Q, false)).outcome().silence())
        .isEqualTo(SilenceReason.COOLDOWN);

    clock.advance(Duration.ofMinutes(1));
    assertThat(coach.answer(say("c1", "u2", SPREAD_Q, false)).outcome().posts()).hasSize(1);
  }

  @Test
  void addressedMessagesAreAnsweredDuringTheCooldown() {
    coach.answer(say("c1", "u1", SPREAD_Q, false));

    assertThat(coach.answer(say("c1", "u2", SPREAD_Q, true)).outcome().posts()).hasSize(1);
  }

  @Test
  void smallTalkIsNeverAnsweredUnprompted() {
    Outcome unprompted = coach.answer(say("c1", "u1", "hello", false)).outcome();
    assertThat(unprompted.silence())
        .as("talk meant for the bot that nobody addressed to it")
        .isEqualTo(SilenceReason.NOT_ADDRESSED);
    assertThat(unprompted.why()).contains("bot.greeting").contains("nobody mentioned me");
    assertThat(coach.answer(say("c1", "u1", "hello", true)).outcome().posts())
        .singleElement()
        .satisfies(p -> assertThat(p.intent()).isEqualTo("bot.greeting"));
  }

  @Test
  void aPersonIsNotAskedTheSamePromptAgainSoon() {
    Set<String> first = prompts(coach.answer(say("c1", "u1", SPREAD_Q, true)).outcome());
    Set<String> second = prompts(coach.answer(say("c1", "u1", SPREAD_Q, true)).outcome());

    // The pool has five prompts: the two not yet asked come first, then the one asked longest ago.
    assertThat(first).hasSize(3);
    assertThat(second).hasSize(3);
    Set<String> repeated = new HashSet<>(second);
    repeated.retainAll(first);
    assertThat(repeated).hasSize(1);
  }

  @Test
  void anotherPersonStartsFromTheTopOfTheList() {
    Set<String> first = prompts(coach.answer(say("c1", "u1", SPREAD_Q, true)).outcome());

    assertThat(prompts(coach.answer(say("c1", "u2", SPREAD_Q, true)).outcome())).isEqualTo(first);
  }

  @Test
  void promptsComeBackAfterTheMemoryExpires() {
    Set<String> first = prompts(coach.answer(say("c1", "u1", SPREAD_Q, true)).outcome());
    coach.answer(say("c1", "u1", SPREAD_Q, true));
    clock.advance(Duration.ofDays(1).plusSeconds(1));

    assertThat(prompts(coach.answer(say("c1", "u1", SPREAD_Q, true)).outcome())).isEqualTo(first);
  }

  @Test
  void coachAskAlwaysAnswersAndSaysOk() {
    Outcome out = command(Map.of("question", CHATTER));

    assertThat(out.ok()).isTrue();
    assertThat(out.posts())
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("didn't recognise"));
  }

  @Test
  void coachAskWithoutAQuestionIsRefusedWithAReason() {
    Outcome out = command(Map.of("sub", "ask"));

    assertThat(out.ok()).isFalse();
    assertThat(out.posts().get(0).text())
        .isEqualTo("Give `question`: `/coach ask question:<text>`.");
  }

  @Test
  void coachPrinciplesListsTheCatalogueAndPrincipleShowsOne() {
    Outcome list = command(Map.of("sub", "principles"));
    Outcome one = command(Map.of("sub", "principle", "name", "benefit"));
    Outcome byName = command(Map.of("sub", "principle", "name", "NETWORKS"));
    Outcome unknown = command(Map.of("sub", "principle", "name", "luck"));

    assertThat(list.posts().get(0).text())
        .contains("**Networks** (`networks`)")
        .contains("**Benefit** (`benefit`)");
    assertThat(one.posts().get(0).text()).startsWith("**Benefit**").contains("Create pull.");
    assertThat(byName.posts().get(0).principle()).isEqualTo("networks");
    assertThat(unknown.ok()).isFalse();
    assertThat(unknown.posts().get(0).text())
        .isEqualTo("`name` must be one of: networks, benefit.");
  }

  @Test
  void aGeneralQuestionIsNarrowedDownToTheLikeliestPrinciplesWithAChoiceEach() {
    Post post =
        coach
            .answer(say("c1", "u1", "how do i spread this to other teams", true))
            .outcome()
            .posts()
            .get(0);

    assertThat(post.intent()).isEqualTo("spread.general");
    assertThat(post.text())
        .startsWith("That's a broad one.")
        .contains("1. **")
        .contains("2. **")
        .contains("Which is the hard part right now: ")
        .doesNotContain("{principles}")
        .doesNotContain("• **");
    assertThat(post.text().lines()).hasSizeLessThanOrEqualTo(8);
    assertThat(post.followUps())
        .extracting(f -> f.label().substring(3))
        .containsExactlyInAnyOrder("Networks", "Benefit");
  }

  @Test
  void pickingAPrincipleAfterAGeneralQuestionCoachesOnThatPrinciple() {
    Post focused =
        coach
            .answer(say("c1", "u1", "how do i spread this to other teams", true))
            .outcome()
            .posts()
            .get(0);
    FollowUp networks =
        focused.followUps().stream()
            .filter(f -> f.label().endsWith("Networks"))
            .findFirst()
            .orElseThrow();

    Outcome chosen = coach.followUp(new FollowUpCall("c1", "u1", "u1", Set.of(), networks.key()));
    Outcome stale =
        coach.followUp(new FollowUpCall("c1", "u1", "u1", Set.of(), "coach:focus:nosuch:x"));

    assertThat(chosen.posts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.principle()).isEqualTo("networks");
              assertThat(p.text()).startsWith("Principle at stake: **Networks**");
              assertThat(p.text().lines().filter(l -> l.startsWith("• "))).hasSize(3);
            });
    assertThat(stale.ok()).isFalse();
  }

  @Test
  void peerAdviceIsAddedMarkedAsFromAPeerAndNeverTheAskersOwn() {
    List<String> asked = new ArrayList<>();
    PeerAdviceSource advice =
        (question, intent, principle, asker, limit) -> {
          asked.add(intent + "/" + principle + "/" + asker + "/" + limit);
          return List.of(new PeerAdvice(1, "networks", "Ask the matrons who they phone."));
        };
    Coach c = coach(ChannelMode.AMBIENT, Map.of(), advice);

    Post post = c.answer(say("c1", "u1", SPREAD_Q, false)).outcome().posts().get(0);

    assertThat(post.text())
        .contains("What peers advised before:")
        .contains("> Ask the matrons who they phone. (peer advice)");
    assertThat(asked).containsExactly("networks.connect/networks/u1/3");
  }

  @Test
  void everyReplyFitsInTwoThousandCharacters() {
    PeerAdviceSource longAdvice =
        (q, i, p, a, n) ->
            List.of(
                new PeerAdvice(1, "networks", "x".repeat(900)),
                new PeerAdvice(2, "networks", "y".repeat(900)),
                new PeerAdvice(3, "networks", "z".repeat(900)));
    Coach c = coach(ChannelMode.AMBIENT, Map.of(), longAdvice);

    String text = c.answer(say("c1", "u1", SPREAD_Q, true)).outcome().posts().get(0).text();

    assertThat(text.length()).isLessThanOrEqualTo(2_000);
    assertThat(text).contains("(peer advice)");
  }

  private static Set<String> prompts(Outcome out) {
    Set<String> prompts = new HashSet<>();
    out.posts()
        .get(0)
        .text()
        .lines()
        .filter(l -> l.startsWith("• "))
        .forEach(l -> prompts.add(l.substring(2)));
    return prompts;
  }
}
