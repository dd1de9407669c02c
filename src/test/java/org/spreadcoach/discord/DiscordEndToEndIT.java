package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.spreadcoach.discord.fake.FakeGuild.ALICE;
import static org.spreadcoach.discord.fake.FakeGuild.AMBIENT;
import static org.spreadcoach.discord.fake.FakeGuild.BOB;
import static org.spreadcoach.discord.fake.FakeGuild.CAROL;
import static org.spreadcoach.discord.fake.FakeGuild.DAN;
import static org.spreadcoach.discord.fake.FakeGuild.GENERAL;
import static org.spreadcoach.discord.fake.FakeGuild.OTHER_BOT;
import static org.spreadcoach.discord.fake.FakeGuild.ROUNDS;
import static org.spreadcoach.discord.fake.FakeGuild.SELF;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.discord.fake.FakeDiscord;
import org.spreadcoach.discord.fake.FakeDiscord.Interaction;
import org.spreadcoach.discord.fake.FakeGateway.GatewayFrame;
import org.spreadcoach.discord.fake.FakeGuild;
import org.spreadcoach.discord.fake.Payloads.Option;
import org.spreadcoach.discord.fake.RestCall;
import org.spreadcoach.privacy.Pseudonymiser;
import org.spreadcoach.testing.TestEnv;

/**
 * The real bot, with the real Javacord client, in its own JVM, against a fake Discord on 127.0.0.1:
 * REST over TLS through a CONNECT proxy named by {@code HTTPS_PROXY}, the gateway over a websocket.
 * The steps share one bot process and run in order, from login to SIGTERM; each waits for what it
 * expects with a bound and never sleeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndIT {
  /** Generous, for a loaded 2-core machine; steps take well under a second when all is well. */
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Starting a JVM, training the model and opening the knowledge base, on a busy machine. */
  private static final Duration START_WAIT = Duration.ofSeconds(45);

  /** A token used only here: Javacord rate-limits identifies per token across a JVM. */
  private static final String TOKEN = "e2e-" + UUID.randomUUID() + ".fake-discord-token";

  private static final String QUESTION = "how do i make the case for spreading our model";
  private static final String NETWORKS_QUESTION = "how do we use networks to spread this";
  private static final String CHATTER = "who is bringing cake on friday";
  private static final String FALLBACK = "I coach people who are spreading a change";

  /**
   * Advice in the timed round, about networks: kept, it is offered to a later networks question.
   */
  private static final String ROUND_ADVICE =
      "find the connectors in other trusts and use the networks that could carry our change";

  @TempDir static Path dir;
  private FakeDiscord discord;
  private BotProcess bot;

  /** Messages the bot must never answer. */
  private final List<String> unanswerable = new ArrayList<>();

  /** What the round timer posted: posts that answer no message. */
  private final List<RestCall> timerPosts = new ArrayList<>();

  /** The bot's replies the reactions step reacts to, by message id. */
  private String replyReactedTo;

  private String olderReply;
  private String generalReply;

  private static final String THUMBS_UP = "\uD83D\uDC4D";
  private static final String THUMBS_DOWN = "\uD83D\uDC4E";

  @BeforeAll
  void startFakeDiscordAndBot() throws Exception {
    discord = FakeDiscord.start();
    String[] arguments =
        BotProcess.discordArguments(
            dir,
            """
            kb:
              url: jdbc:sqlite:%s
            discord:
              loginTimeout: PT30S
            roles:
              facilitators: [%s]
            channels:
              "%s":
                mode: ambient
                log: true
            """
                .formatted(dir.resolve("kb.db"), FakeGuild.FACILITATOR_ROLE_NAME, AMBIENT));
    Path trustStore = discord.writeTrustStore(dir.resolve("fake-discord-ca.p12"));
    bot =
        BotProcess.start(
            List.of(
                "-Djavax.net.ssl.trustStore=" + trustStore,
                "-Djavax.net.ssl.trustStorePassword=" + FakeDiscord.TRUST_STORE_PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12"),
            debugLogging(BotProcess.environment(TOKEN, discord.proxyPort())),
            // Kept after the run (unlike the temporary directory) to read when a step fails.
            Path.of("target", "discord-e2e"),
            arguments);
  }

  /**
   * The most talkative logging an operator could switch on, so that the checks for the token and
   * for message text cover Javacord's own debug and trace output too (every request and response
   * with its body, every gateway frame).
   */
  private static Map<String, String> debugLogging(Map<String, String> env) {
    Map<String, String> more = new HashMap<>(env);
    more.put("SPREADCOACH_LOG_LEVEL", "DEBUG");
    more.put("SPREADCOACH_JAVACORD_LOG_LEVEL", "TRACE");
    return more;
  }

  @AfterAll
  void stopEverything() throws Exception {
    if (bot != null) {
      bot.close();
    }
    if (discord != null) {
      discord.close();
    }
  }

  @Test
  @Order(1)
  void logsInThroughTheProxyAndRegistersTheSlashCommands() throws Exception {
    GatewayFrame identify = discord.gateway().await("IDENTIFY", f -> f.op() == 2, START_WAIT);
    assertThat(identify.data().path("token").asText()).isEqualTo("Bot " + TOKEN);
    long intents = identify.data().path("intents").asLong();
    assertThat(intents & (1 << 15)).as("MESSAGE_CONTENT intent").isNotZero();
    assertThat(intents & (1 << 9)).as("GUILD_MESSAGES intent").isNotZero();
    assertThat(intents & (1 << 12)).as("DIRECT_MESSAGES intent").isNotZero();

    RestCall commands =
        discord
            .rest()
            .await(
                "slash command registration",
                c ->
                    c.is(
                        "PUT",
                        "/applications/"
                            + FakeGuild.BOT_ID
                            + "/guilds/"
                            + FakeGuild.ID
                            + "/commands"),
                WAIT);
    assertThat(commands.body().findValuesAsText("name"))
        .contains("coach", "round", "kb", "privacy", "admin");
    assertThat(commands.authorization()).isEqualTo("Bot " + TOKEN);
    bot.awaitLine("registered 5 slash commands in server " + FakeGuild.ID, WAIT);
    // Listeners are added after login; events sent before this line would be lost.
    bot.awaitLine("Spread Coach is running on Discord", WAIT);

    // REST went through the proxy, to discord.com only; the gateway on 127.0.0.1 went direct.
    assertThat(discord.rest().tunnels()).isNotEmpty().containsOnly("discord.com:443");
    assertThat(discord.rest().all())
        .anyMatch(c -> c.is("GET", "/gateway"))
        .anyMatch(c -> c.is("GET", "/oauth2/applications/@me"));
  }

  @Test
  @Order(2)
  void anAmbientQuestionIsAnsweredButChatterAndBotsAreNot() throws Exception {
    unanswerable.add(discord.say(AMBIENT, BOB, CHATTER));
    // The same question from the bot itself and from another bot: answering either would be a
    // loop or a barge-in.
    unanswerable.add(discord.say(AMBIENT, SELF, QUESTION));
    unanswerable.add(discord.say(AMBIENT, OTHER_BOT, QUESTION));
    String question = discord.say(AMBIENT, CAROL, QUESTION);

    // Discord delivers these in order, so a reply to one of the first three would most likely
    // come first; the audit at the end catches a later one too.
    RestCall reply =
        discord.rest().await("reply in the ambient channel", c -> c.postsTo(AMBIENT), WAIT);
    assertThat(reply.repliesTo()).as("the first reply answers the question").isEqualTo(question);
    assertThat(reply.content()).contains("Benefit");
    assertAllowsNoMentions(reply.body());
  }

  @Test
  @Order(3)
  void aMentionOfSomethingOutOfScopeGetsTheFallback() throws Exception {
    String mention = discord.mention(GENERAL, BOB, CHATTER);

    RestCall reply = discord.rest().await("reply to the mention", c -> c.postsTo(GENERAL), WAIT);
    assertThat(reply.repliesTo()).isEqualTo(mention);
    assertThat(reply.content()).startsWith(FALLBACK);
    generalReply = reply.response().path("id").asText();
    assertAllowsNoMentions(reply.body());
  }

  @Test
  @Order(4)
  void aDirectMessageIsAnswered() throws Exception {
    String question = discord.direct(FakeGuild.DM, CAROL, NETWORKS_QUESTION);

    RestCall reply =
        discord.rest().await("reply to the direct message", c -> c.postsTo(FakeGuild.DM), WAIT);
    assertThat(reply.repliesTo()).isEqualTo(question);
    assertThat(reply.content()).contains("Networks").doesNotStartWith(FALLBACK);
  }

  @Test
  @Order(5)
  void aRateLimitedReplyWaitsOutRetryAfterAndIsRetried() throws Exception {
    double retryAfter = 0.3;
    discord.rest().rateLimitNext("POST", "/channels/" + GENERAL + "/messages", retryAfter);
    String mention = discord.mention(GENERAL, BOB, NETWORKS_QUESTION);

    RestCall limited =
        discord.rest().await("the reply Discord rate-limits", c -> c.postsTo(GENERAL), WAIT);
    RestCall retried = discord.rest().await("the retried reply", c -> c.postsTo(GENERAL), WAIT);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.body()).isEqualTo(limited.body());
    assertThat(retried.repliesTo()).isEqualTo(mention);
    // Javacord waits retry_after from when it read the 429 (ms precision), so a retry sooner
    // than that, less a little rounding, means the wait was not honoured.
    assertThat(TimeUnit.NANOSECONDS.toMillis(retried.receivedNanos() - limited.receivedNanos()))
        .isGreaterThanOrEqualTo((long) (retryAfter * 1000) - 20);
  }

  @Test
  @Order(6)
  void coachAskIsAcknowledgedAtOnceThenAnswered() throws Exception {
    Interaction ask =
        discord.slash(GENERAL, BOB, "coach", "ask", Option.text("question", NETWORKS_QUESTION));

    RestCall deferred =
        discord.rest().await("the deferral", c -> c.is("POST", ask.callbackPath()), WAIT);
    assertThat(deferred.body().path("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE").isEqualTo(5);
    assertThat(deferred.body().path("data").path("flags").asInt() & 64).as("ephemeral").isZero();
    RestCall answer =
        discord.rest().await("the answer", c -> c.is("PATCH", ask.originalPath()), WAIT);
    assertThat(answer.content()).contains("Networks").doesNotStartWith(FALLBACK);
    assertAllowsNoMentions(answer.body());
  }

  @Test
  @Order(7)
  void aRoundRunsThroughSlashCommands() throws Exception {
    Option topic = Option.text("topic", "our falls framework");
    Option spreader = Option.user("spreader", DAN);
    Interaction refused = discord.slash(ROUNDS, BOB, "round", "start", topic, spreader);
    assertThat(answerTo(refused).content())
        .as("roles come from the server")
        .startsWith("Only facilitators");

    Interaction start =
        discord.slash(
            ROUNDS, ALICE, "round", "start", topic, spreader, Option.number("minutes", 10));
    RestCall rules = answerTo(start);
    assertThat(rules.content()).contains("Co-coaching round #1").contains("<@" + DAN.id() + ">");
    // The rules name the spreader; allowing no mentions is what keeps that from pinging them.
    assertAllowsNoMentions(rules.body());
    RestCall thread =
        discord
            .rest()
            .await(
                "a thread for the round",
                c ->
                    c.method().equals("POST")
                        && c.path().matches("/channels/" + ROUNDS + "/messages/\\d+/threads"),
                WAIT);
    assertThat(thread.body().path("name").asText()).isEqualTo("Round #1: our falls framework");

    // Carol's advice would ping the whole server if a message echoing it allowed mentions.
    for (FakeGuild.FakeUser adviser : List.of(BOB, CAROL)) {
      Interaction advice =
          discord.slash(
              ROUNDS,
              adviser,
              "round",
              "advice",
              Option.text(
                  "text",
                  (adviser.equals(CAROL) ? "@everyone " : "")
                      + "ask "
                      + adviser.name()
                      + "'s network of ward champions to help"));
      RestCall deferred =
          discord.rest().await("the deferral", c -> c.is("POST", advice.callbackPath()), WAIT);
      assertThat(deferred.body().path("data").path("flags").asInt() & 64)
          .as("advice is acknowledged privately")
          .isEqualTo(64);
      assertThat(answerTo(advice).content()).startsWith("Thanks: your advice is in");
    }

    // A reply in the round's thread is advice too; a second offer replaces the first.
    String threadId = thread.response().path("id").asText();
    bot.awaitLine("opened thread " + threadId + " for the round", WAIT);
    String second = discord.say(threadId, BOB, "start with the ward champions who asked first");
    RestCall replaced =
        discord.rest().await("the answer in the thread", c -> c.postsTo(threadId), WAIT);
    assertThat(replaced.repliesTo()).isEqualTo(second);
    assertThat(replaced.content()).startsWith("Your new advice replaces your earlier one");

    Interaction close = discord.slash(ROUNDS, ALICE, "round", "close");
    RestCall summary = answerTo(close);
    assertThat(summary.content())
        .contains("Round #1 closed")
        .contains("2 pieces of advice")
        .contains("start with the ward champions who asked first")
        .doesNotContain("ask bob's network")
        .contains("@everyone ask carol's network");
    assertAllowsNoMentions(summary.body());
  }

  @Test
  @Order(8)
  void theRoundTimerWarnsAndClosesInTheChannelAndTheThread() throws Exception {
    Interaction start =
        discord.slash(
            ROUNDS,
            ALICE,
            "round",
            "start",
            Option.text("topic", "our discharge checklist"),
            Option.user("spreader", DAN),
            Option.number("minutes", 2));
    assertThat(answerTo(start).content()).contains("Co-coaching round #2").contains("2 minutes");
    RestCall thread =
        discord
            .rest()
            .await(
                "a thread for round #2",
                c ->
                    c.method().equals("POST")
                        && c.path().matches("/channels/" + ROUNDS + "/messages/\\d+/threads"),
                WAIT);
    String threadId = thread.response().path("id").asText();
    bot.awaitLine("opened thread " + threadId + " for the round", WAIT);
    Interaction advice =
        discord.slash(ROUNDS, CAROL, "round", "advice", Option.text("text", ROUND_ADVICE));
    assertThat(answerTo(advice).content()).startsWith("Thanks: your advice is in for round #2");

    // The timer runs in the bot on its real clock, every second, and finds what is due in the
    // knowledge base. Rather than wait out two minutes, the test brings the round's end forward
    // there: first to within the warning's minute, then to now. Everything else is the real path.
    endRound(2, Duration.ofSeconds(30));
    List<RestCall> warnings =
        awaitPosts(
            "the one-minute warning",
            c -> c.content().startsWith("One minute left in round #2"),
            2);
    assertThat(warnings)
        .extracting(RestCall::path)
        .containsExactlyInAnyOrder(
            "/channels/" + ROUNDS + "/messages", "/channels/" + threadId + "/messages");
    assertThat(warnings.get(0).content()).contains("(1 piece of advice so far)");

    endRound(2, Duration.ZERO);
    List<RestCall> summaries =
        awaitPosts(
            "the closing summary",
            c -> c.content().startsWith("**Round #2 closed (time is up)**"),
            2);
    assertThat(summaries)
        .extracting(RestCall::path)
        .containsExactlyInAnyOrder(
            "/channels/" + ROUNDS + "/messages", "/channels/" + threadId + "/messages");
    assertThat(summaries)
        .allSatisfy(
            p -> {
              assertThat(p.content()).contains("1 piece of advice").contains(ROUND_ADVICE);
              assertAllowsNoMentions(p.body());
            });
    timerPosts.addAll(warnings);
    timerPosts.addAll(summaries);
  }

  @Test
  @Order(9)
  void theFocusedAnswersButtonsCoachOnThePrinciplePicked() throws Exception {
    String question = discord.mention(GENERAL, BOB, "how do i spread this to other teams");
    RestCall focused = discord.rest().await("the focused answer", c -> c.postsTo(GENERAL), WAIT);
    assertThat(focused.repliesTo()).isEqualTo(question);
    assertThat(focused.content()).startsWith("That's a broad one.");
    JsonNode row = focused.body().path("components").path(0);
    assertThat(row.path("type").asInt()).as("an action row").isEqualTo(1);
    List<JsonNode> buttons = new ArrayList<>();
    row.path("components").forEach(buttons::add);
    assertThat(buttons)
        .as("a button for each principle it could be about")
        .hasSizeBetween(2, 3)
        .allSatisfy(b -> assertThat(b.path("type").asInt()).isEqualTo(2))
        .allSatisfy(b -> assertThat(b.path("custom_id").asText()).startsWith("coach:focus:"));
    JsonNode benefit =
        buttons.stream()
            .filter(b -> b.path("label").asText().endsWith("Benefit"))
            .findFirst()
            .orElseThrow();

    Interaction click =
        discord.click(GENERAL, CAROL, focused.response(), benefit.path("custom_id").asText());

    RestCall ack =
        discord.rest().await("the acknowledgement", c -> c.is("POST", click.callbackPath()), WAIT);
    assertThat(ack.status()).isEqualTo(204);
    RestCall coaching = answerTo(click);
    assertThat(coaching.content())
        .contains("**Benefit**")
        .containsAnyOf(
            "What do they value?",
            "Which local priority does it serve?",
            "What evidence would convince them?")
        .doesNotStartWith(FALLBACK);
    assertAllowsNoMentions(coaching.body());
  }

  @Test
  @Order(10)
  void thumbsOnTheBotsRepliesArePassedOnAndNothingElseIs() throws Exception {
    // In the channel that keeps its conversations, a question whose reply offers peer advice (the
    // rounds above stored theirs).
    // (Mentioned: the channel's ambient cooldown is still running from the second step.)
    // Bob asks: Carol gave the advice, and no one is offered their own.
    String question = discord.mention(AMBIENT, BOB, NETWORKS_QUESTION);
    RestCall reply = discord.rest().await("the reply to react to", c -> c.postsTo(AMBIENT), WAIT);
    assertThat(reply.repliesTo()).isEqualTo(question);
    assertThat(reply.content()).as("the reply offers peer advice").contains(ROUND_ADVICE);
    replyReactedTo = reply.response().path("id").asText();
    // A reply of the bot's from before a restart: not in Javacord's cache, so it asks Discord.
    olderReply = discord.plantBotMessage(AMBIENT, "an answer from an earlier run");

    discord.react(AMBIENT, replyReactedTo, BOB, THUMBS_UP);
    discord.react(AMBIENT, replyReactedTo, DAN, THUMBS_DOWN);
    discord.unreact(AMBIENT, replyReactedTo, DAN, THUMBS_DOWN);
    discord.react(AMBIENT, replyReactedTo, ALICE, "\uD83C\uDF89"); // not feedback
    discord.react(AMBIENT, question, CAROL, THUMBS_UP); // Bob's message, not the bot's
    discord.react(AMBIENT, olderReply, ALICE, THUMBS_DOWN);
    // A channel that keeps nothing: passed on, and not kept.
    discord.react(GENERAL, generalReply, BOB, THUMBS_UP);

    RestCall fetched =
        discord
            .rest()
            .await(
                "the bot fetching the older reply",
                c -> c.is("GET", "/channels/" + AMBIENT + "/messages/" + olderReply),
                WAIT);
    assertThat(fetched.status()).isEqualTo(200);
    for (String passedOn :
        List.of(
            "feedback 1 on message " + replyReactedTo,
            "feedback -1 on message " + replyReactedTo,
            "feedback 0 on message " + replyReactedTo,
            "feedback -1 on message " + olderReply,
            "feedback 1 on message " + generalReply)) {
      bot.awaitLine(passedOn, WAIT);
    }
    assertThat(bot.stderr())
        .as("Bob's message and the party popper are not feedback")
        .doesNotContain("on message " + question)
        .doesNotContain("feedback 1 on message " + olderReply);
  }

  @Test
  @Order(11)
  void packetsTheBotCannotReadLeaveNoTextInTheLogAndTheBotGoesOnAnswering() throws Exception {
    // In a channel that did not opt into logging: nothing of these may be kept anywhere.
    String nhsNumber = "943 476 5919";
    List<String> secrets =
        List.of(
            "Patient Jane Quixote, NHS number " + nhsNumber + ", moved to bay 4",
            "Mr Zebedee Marchbanks asked when he can go home",
            "Should Dr Xanthe Pemberton lead the falls audit?",
            "Yes, ask Xanthe",
            "No, ask Ignatius",
            "Wilhelmina Oduya's blood results are back",
            "Bartholomew Quince, NHS number 485 777 3456, phoned the ward");
    // Components V2 from another app (Javacord fails on the Container and its Text Display, on
    // MESSAGE_CREATE and again on the MESSAGE_UPDATE that edits it).
    discord.componentsV2(GENERAL, OTHER_BOT, secrets.get(0));
    discord.forward(GENERAL, BOB, secrets.get(1));
    discord.poll(GENERAL, DAN, secrets.get(2), secrets.get(3), secrets.get(4));
    // A message type Javacord does not know (24, auto-moderation), mentioning the bot with a
    // question it would answer if it read it as a message.
    unanswerable.add(
        discord.ofType(
            24,
            GENERAL,
            ALICE,
            "<@" + FakeGuild.BOT_ID + "> " + NETWORKS_QUESTION + ": " + secrets.get(5)));
    // An edit of a message the bot never saw, and a dispatch Javacord has no handler for: both
    // logged by Javacord at DEBUG with the packet.
    discord.partialUpdate(GENERAL, secrets.get(5));
    discord.autoModeration(GENERAL, CAROL, secrets.get(6));

    String question = discord.mention(GENERAL, CAROL, NETWORKS_QUESTION);
    RestCall reply =
        discord
            .rest()
            .await("the answer after the unreadable packets", c -> c.postsTo(GENERAL), WAIT);
    assertThat(reply.repliesTo()).isEqualTo(question);
    assertThat(reply.content()).contains("Networks");

    bot.awaitLine("Javacord could not read a MESSAGE_CREATE packet", WAIT);
    bot.awaitLine("Javacord could not read a MESSAGE_UPDATE packet", WAIT);
    bot.awaitLine("Received unknown packet of type AUTO_MODERATION_ACTION_EXECUTION", WAIT);
    String log = bot.stderr();
    for (String secret : secrets) {
      assertThat(log).as("the log").doesNotContain(secret);
    }
    assertThat(log)
        .doesNotContain(nhsNumber)
        .doesNotContain("Quixote")
        .doesNotContain("Zebedee")
        .doesNotContain("Xanthe")
        .doesNotContain("Wilhelmina")
        .doesNotContain("Bartholomew");
  }

  @Test
  @Order(12)
  void aGatewayConnectionThatDropsIsResumedWithNothingMissed() throws Exception {
    // A network failure first: the connection just ends, without a close frame (1006).
    int lastSequence = discord.gateway().lastSequence();
    discord.severGateway();
    // Asked while the bot is away: Discord replays it when the bot resumes.
    String duringTheGap = discord.mention(GENERAL, CAROL, CHATTER);
    assertResumedFrom(lastSequence);
    RestCall answer =
        discord
            .rest()
            .await("the answer to what was asked in the gap", c -> c.postsTo(GENERAL), WAIT);
    assertThat(answer.repliesTo()).isEqualTo(duringTheGap);

    // Then Discord closes the connection itself, with 4000 (unknown error), as it does at times.
    lastSequence = discord.gateway().lastSequence();
    discord.gateway().drop(4000);
    assertResumedFrom(lastSequence);

    String mention = discord.mention(GENERAL, CAROL, CHATTER);
    RestCall reply =
        discord.rest().await("a reply after the resume", c -> c.postsTo(GENERAL), WAIT);
    assertThat(reply.repliesTo()).isEqualTo(mention);
    bot.awaitLine("resumed the Discord gateway session", WAIT);
  }

  /** The bot resumed its session where it left off, rather than identifying afresh. */
  private void assertResumedFrom(int lastSequence) throws InterruptedException {
    GatewayFrame resume = discord.gateway().await("RESUME", f -> f.op() == 6 || f.op() == 2, WAIT);
    assertThat(resume.op()).as("resumed, not identified afresh").isEqualTo(6);
    assertThat(resume.data().path("session_id").asText()).isEqualTo(discord.gateway().sessionId());
    assertThat(resume.data().path("seq").asInt()).isEqualTo(lastSequence);
    assertThat(resume.data().path("token").asText()).isEqualTo("Bot " + TOKEN);
  }

  @Test
  @Order(13)
  void sigtermDisconnectsFinishesWritesAndExitsZero() throws Exception {
    // Answered just before the stop: the bot acknowledged it, so its log entry must be stored.
    String lastWords = "how do we show the value to other pcns";
    String last = discord.mention(AMBIENT, DAN, lastWords);
    assertThat(discord.rest().await("the last reply", c -> c.postsTo(AMBIENT), WAIT).repliesTo())
        .isEqualTo(last);

    assertThat(bot.terminate(Duration.ofSeconds(10))).isZero();

    String log = bot.stderr();
    String afterStop = log.substring(log.indexOf("stopping: finishing events in flight"));
    assertThat(afterStop)
        .contains("disconnected from Discord")
        .as("an orderly stop is not reported as a lost connection")
        .doesNotContain("reconnect");
    assertThat(discord.gateway().all())
        .as("the bot closed the gateway itself")
        .anyMatch(f -> f.op() == GatewayFrame.CLOSE && f.closeCode() == 1000);
    Map<String, String> stored = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT author, text FROM messages")) {
      while (rs.next()) {
        stored.put(rs.getString("text"), rs.getString("author"));
      }
    }
    assertThat(stored).containsKeys(QUESTION, lastWords);
    assertThat(stored.values())
        .as("authors are stored as pseudonyms")
        .doesNotContain(CAROL.id(), DAN.id());
  }

  @Test
  @Order(14)
  void theThumbsReachedTheStoredReplyAndThePeerAdviceItOffered() throws Exception {
    // Read after the stop, when every queued write is stored.
    Pseudonymiser pseudonyms = new Pseudonymiser(TestEnv.PSEUDONYM_KEY);
    Map<String, Integer> feedback = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT reply_ref, author, value FROM feedback")) {
      while (rs.next()) {
        feedback.put(rs.getString("reply_ref") + " " + rs.getString("author"), rs.getInt("value"));
      }
    }
    assertThat(feedback)
        .containsOnly(
            entry(replyReactedTo + " " + pseudonyms.of(BOB.id()), 1),
            entry(olderReply + " " + pseudonyms.of(ALICE.id()), -1));

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
        PreparedStatement s =
            c.prepareStatement(
                // The ranking's own join (JdbcSearch): feedback on the replies that offered it.
                "SELECT a.text, SUM(f.value) AS feedback FROM advice a"
                    + " JOIN reply_advice ra ON ra.advice_id = a.id"
                    + " JOIN replies r ON r.id = ra.reply_id"
                    + " JOIN feedback f ON f.reply_ref = r.platform_id"
                    + " WHERE r.platform_id = ? GROUP BY a.id, a.text")) {
      s.setString(1, replyReactedTo);
      try (ResultSet rs = s.executeQuery()) {
        List<Integer> sums = new ArrayList<>();
        while (rs.next()) {
          sums.add(rs.getInt("feedback"));
        }
        assertThat(sums)
            .as("the peer advice the reply offered, with its thumbs")
            .isNotEmpty()
            .containsOnly(1);
      }
    }
  }

  @Test
  @Order(15)
  void theTokenAndThePseudonymKeyAreNeverPrintedOrLogged() {
    String output = bot.stdout() + bot.stderr();
    assertThat(output)
        .as("the bot wrote something, or this proves nothing")
        .contains("logged in to Discord");
    assertThat(output).doesNotContain(TOKEN).doesNotContain(TestEnv.PSEUDONYM_KEY);
  }

  @Test
  @Order(16)
  void noTextAnyoneWroteReachedTheLog() {
    String output = bot.stdout() + bot.stderr();
    assertThat(discord.said()).hasSizeGreaterThan(10);
    for (String text : discord.said()) {
      assertThat(output).as("the bot's output").doesNotContain(text);
    }
  }

  @Test
  @Order(17)
  void theBotLoggedNoWarningsButTheLostConnections() {
    // Javacord logs what it cannot parse; a quiet log also says the fake speaks Discord well.
    // Lines outside the log format are stack traces or last-ditch error messages.
    List<String> noteworthy =
        bot.stderr()
            .lines()
            .filter(
                l ->
                    l.contains(" WARN ")
                        || l.contains(" ERROR ")
                        || !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"))
            // The packets step sends what Javacord cannot read, on purpose.
            .filter(l -> !l.contains("Javacord could not read a MESSAGE_"))
            .toList();
    assertThat(noteworthy)
        .as("one line each time the connection dropped")
        .hasSize(2)
        .allMatch(l -> l.contains("lost the connection to the Discord gateway"));
  }

  @Test
  @Order(18)
  void everythingTheBotPostedAnswersAQuestionAndAllowsNoMentions() {
    List<RestCall> posts =
        discord.rest().all().stream()
            .filter(
                c ->
                    c.postsMessage()
                        || c.method().equals("PATCH")
                        || c.path().matches("/webhooks/\\d+/[^/]+"))
            .toList();
    assertThat(posts).isNotEmpty();
    posts.forEach(p -> assertAllowsNoMentions(p.body()));
    assertThat(posts)
        .as("people are shown by mention, never by Javacord's name#0")
        .noneMatch(p -> p.content().contains("#0"));
    assertThat(
            posts.stream()
                .filter(p -> p.postsMessage() && !timerPosts.contains(p))
                .map(RestCall::repliesTo))
        .as("every channel post but the timer's replies to the message it answers")
        .doesNotContainNull()
        .doesNotContainAnyElementsOf(unanswerable);
    // A rate-limited post is retried, and a replayed event is not answered again.
    assertThat(
            posts.stream()
                .filter(p -> p.postsMessage() && p.status() == 200 && !timerPosts.contains(p))
                .map(RestCall::repliesTo)
                .toList())
        .as("no message answered twice")
        .doesNotHaveDuplicates();
    assertThat(discord.rest().all())
        .as("only endpoints the fake knows")
        .noneMatch(c -> c.status() == 404);
  }

  private RestCall answerTo(Interaction interaction) throws InterruptedException {
    return discord
        .rest()
        .await(
            "the answer to interaction " + interaction.id(),
            c -> c.is("PATCH", interaction.originalPath()),
            WAIT);
  }

  /**
   * The next {@code count} requests that match, in whatever order they come (posts to a channel and
   * to its thread go out side by side).
   */
  private List<RestCall> awaitPosts(String what, Predicate<RestCall> matching, int count)
      throws InterruptedException {
    List<RestCall> found = new ArrayList<>();
    while (found.size() < count) {
      found.add(discord.rest().await(what, c -> c.postsMessage() && matching.test(c), WAIT));
    }
    return found;
  }

  /** Moves the end of round {@code id} to {@code fromNow} from now, where the bot's timer looks. */
  private void endRound(long id, Duration fromNow) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
        Statement pragma = c.createStatement();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE rounds SET ends_ms = ? WHERE id = ? AND closed_ms IS NULL")) {
      pragma.execute("PRAGMA busy_timeout = 10000"); // the bot writes to it too
      s.setLong(1, System.currentTimeMillis() + fromNow.toMillis());
      s.setLong(2, id);
      assertThat(s.executeUpdate()).as("round #%d is open", id).isEqualTo(1);
    }
  }

  /** No @everyone/@here, no roles, no users, no ping of the person replied to. */
  private static void assertAllowsNoMentions(JsonNode message) {
    JsonNode allowed = message.path("allowed_mentions");
    assertThat(allowed.isObject()).as("allowed_mentions in %s", message).isTrue();
    assertThat(allowed.path("parse").isArray()).as("parse is a list").isTrue();
    assertThat(allowed.path("parse")).as("parse").isEmpty();
    assertThat(allowed.path("roles")).as("roles").isEmpty();
    assertThat(allowed.path("users")).as("users").isEmpty();
    assertThat(allowed.path("replied_user").asBoolean(true)).as("replied_user").isFalse();
  }
}
