package org.spreadcoach.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.FollowUp;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.OptionSpec;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SilenceReason;
import org.spreadcoach.chat.SubcommandSpec;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.Principle;
import org.spreadcoach.nlu.Guess;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.nlu.ServingModel;
import org.spreadcoach.time.ClockTicker;

/**
 * Decides whether to answer a message and with what: the reply policy of the product.
 *
 * <ul>
 *   <li>Addressed (mention, direct message, {@code /coach}): always answer; out of scope gets the
 *       fallback that says what the bot can do.
 *   <li>Not addressed: only in ambient channels, only for an intent that may be answered
 *       unprompted, only at or above the ambient confidence, and at most once per cooldown per
 *       channel.
 * </ul>
 *
 * <p>Thread-safe: the model is read once per message, and the rotation and cooldown are concurrent
 * caches.
 */
public final class Coach implements CommandHandler {
  /** {@code /coach}; plain words after it ask a question. */
  public static final CommandSpec SPEC =
      CommandSpec.of(
              "coach",
              "Coaching for spreading a change beyond your team",
              SubcommandSpec.of("ask", "Ask a question about spreading your change")
                  .withOptions(
                      OptionSpec.text(
                              "question",
                              "Your question, e.g. how do I get other wards to adopt our pathway?")
                          .asRequired())
                  .withDefaultOption("question"),
              SubcommandSpec.of("principles", "List the spread principles I coach on"),
              SubcommandSpec.of("principle", "More on one principle, with questions to think with")
                  .withOptions(OptionSpec.principle("name", "Which principle").asRequired()))
          .withDefaultSubcommand("ask");

  private final ServingModel model;
  private final CoachSettings settings;
  private final ChannelSettings channels;
  private final PromptRotation rotation;
  private final AmbientCooldown cooldown;
  private final ReplyComposer composer;
  private final PeerAdviceSource peerAdvice;
  private final ConversationListener listener;

  /** The general questions behind focused answers, by the answer's ref, for the follow-up. */
  private final Cache<String, String> questions;

  /** The key of a follow-up that goes deeper on one principle: then its id and the answer's ref. */
  static final String FOCUS = "coach:focus:";

  public Coach(
      ServingModel model,
      CoachSettings settings,
      ChannelSettings channels,
      Clock clock,
      PeerAdviceSource peerAdvice,
      ConversationListener listener) {
    this.model = model;
    this.settings = settings;
    this.channels = channels;
    ClockTicker ticker = new ClockTicker(clock);
    this.rotation = new PromptRotation(settings.promptMemory(), ticker);
    this.cooldown = new AmbientCooldown(settings.ambientCooldown(), ticker);
    this.composer = new ReplyComposer(settings.maxReplyChars());
    this.peerAdvice = peerAdvice;
    this.listener = listener;
    this.questions =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1))
            .ticker(ticker)
            .maximumSize(10_000)
            .build();
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  /** Applies the reply policy to a message in a channel, and tells the listener. */
  public CoachAnswer answer(ChatMessage message) {
    CoachAnswer answer = decide(message);
    listener.handled(
        message.channel(),
        message.user(),
        message.text(),
        message.addressed(),
        answer.recognition(),
        answer.outcome());
    return answer;
  }

  private CoachAnswer decide(ChatMessage message) {
    ChannelMode mode = message.direct() ? ChannelMode.MENTION : channels.mode(message.channel());
    if (mode == ChannelMode.OFF) {
      return new CoachAnswer(
          Outcome.silent(
              SilenceReason.CHANNEL_OFF,
              "I'm switched off in this channel (channels." + message.channel() + ".mode: off)"),
          null);
    }
    if (!message.addressed() && mode != ChannelMode.AMBIENT) {
      return new CoachAnswer(
          Outcome.silent(
              SilenceReason.NOT_ADDRESSED,
              "this channel gets answers only when someone mentions me"),
          null);
    }
    IntentModel current = model.current();
    Recognition recognition = classify(current, message.text());
    if (message.addressed()) {
      return new CoachAnswer(
          reply(current, message.channel(), message.user(), message.text(), recognition),
          recognition);
    }
    if (recognition.inScope() && !recognition.unpromptedIntent()) {
      // A greeting or thanks meant for the bot, in a channel where nobody mentioned it.
      return new CoachAnswer(
          Outcome.silent(
              SilenceReason.NOT_ADDRESSED,
              "that reads as talk meant for me ("
                  + recognition.intent()
                  + "), and nobody mentioned me"),
          recognition);
    }
    if (!recognition.answeredUnprompted(settings.ambientThreshold())) {
      return new CoachAnswer(
          Outcome.silent(SilenceReason.OUT_OF_SCOPE, whyNotConfident(recognition)), recognition);
    }
    if (!cooldown.tryClaim(message.channel())) {
      return new CoachAnswer(
          Outcome.silent(
              SilenceReason.COOLDOWN,
              "I already spoke unprompted "
                  + "in this channel less than "
                  + describe(settings.ambientCooldown())
                  + " ago"),
          recognition);
    }
    return new CoachAnswer(
        reply(current, message.channel(), message.user(), message.text(), recognition),
        recognition);
  }

  private String whyNotConfident(Recognition r) {
    String confidence = String.format(Locale.ROOT, "%.2f", r.confidence());
    if (r.inScope()) {
      return "I recognised "
          + r.intent()
          + " at "
          + confidence
          + ", below the "
          + String.format(Locale.ROOT, "%.2f", settings.ambientThreshold())
          + " I need to speak unprompted";
    }
    String gate =
        Double.isNaN(r.domain())
            ? ""
            : String.format(Locale.ROOT, "; that it is about spreading a change: %.2f", r.domain());
    return "it doesn't read as a question about spreading a change"
        + (r.bestGuess() == null
            ? ""
            : " (nearest: " + r.bestGuess() + " at " + confidence + gate + ")");
  }

  private static String describe(Duration d) {
    return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }

  /** Answers {@code /coach ask}, {@code /coach principles} and {@code /coach principle}. */
  @Override
  public Outcome handle(CommandCall call) {
    IntentModel current = model.current();
    IntentCatalog catalog = current.catalog();
    return switch (call.sub()) {
      case "ask" -> ask(call, current);
      case "principles" -> Outcome.done(Post.plain(call.channel(), composer.principles(catalog)));
      case "principle" -> principle(call, catalog);
      default -> throw new IllegalArgumentException("/coach " + call.sub() + " is not declared");
    };
  }

  private Outcome ask(CommandCall call, IntentModel current) {
    String question = call.arg("question").orElseThrow();
    Recognition recognition = classify(current, question);
    Outcome reply = reply(current, call.channel(), call.user(), question, recognition);
    Outcome done = new Outcome(reply.posts(), null, true);
    listener.handled(call.channel(), call.user(), question, true, recognition, done);
    return done;
  }

  private Outcome principle(CommandCall call, IntentCatalog catalog) {
    String name = call.arg("name").orElseThrow();
    // The dispatcher checked the name against the catalogue; a reload since may drop it.
    Optional<Principle> principle =
        catalog.principles().stream()
            .filter(p -> p.id().equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name))
            .findFirst();
    if (principle.isEmpty()) {
      return Outcome.refused(
          call.channel(),
          "There is no principle '"
              + name
              + "'. Known: "
              + String.join(", ", catalog.principles().stream().map(Principle::id).toList())
              + ".");
    }
    Principle p = principle.get();
    List<String> prompts = rotation.pick(call.user(), p.prompts(), settings.promptsPerReply());
    return Outcome.done(new Post(call.channel(), composer.principle(p, prompts), null, p.id()));
  }

  private Recognition classify(IntentModel current, String text) {
    long start = System.nanoTime();
    Recognition recognition = current.classify(text);
    listener.recognised(System.nanoTime() - start);
    return recognition;
  }

  private Outcome reply(
      IntentModel current, String channel, String user, String text, Recognition recognition) {
    IntentCatalog catalog = current.catalog();
    Optional<Intent> intent = current.catalog().intent(recognition.intent());
    String ref = UUID.randomUUID().toString();
    if (!recognition.inScope() || intent.isEmpty()) {
      return Outcome.reply(post(channel, composer.fallback(catalog), null, null, ref));
    }
    Intent i = intent.get();
    if (i.ambient() && i.principle() == null) {
      List<Principle> ranked = narrowDown(catalog, recognition);
      if (ranked.size() >= 2) {
        questions.put(ref, text);
        List<FollowUp> choices = new ArrayList<>();
        for (int n = 0; n < ranked.size(); n++) {
          choices.add(
              new FollowUp(
                  (n + 1) + ". " + ranked.get(n).name(), FOCUS + ranked.get(n).id() + ":" + ref));
        }
        return Outcome.reply(
            new Post(
                channel, composer.focused(ranked), i.id(), null, null, ref, List.of(), choices));
      }
    }
    List<String> pool = new ArrayList<>(i.prompts());
    catalog.principle(i.principle()).ifPresent(p -> pool.addAll(p.prompts()));
    // Small talk (greetings, thanks, help) answers with one line; coaching asks several prompts.
    int count = i.ambient() ? settings.promptsPerReply() : 1;
    List<String> prompts = rotation.pick(user, pool, count);
    String body = composer.coaching(catalog, i, prompts);
    if (!i.ambient()) {
      return Outcome.reply(post(channel, body, i.id(), i.principle(), ref));
    }
    ReplyComposer.WithAdvice withAdvice =
        composer.withPeerAdvice(body, peerAdvice.find(text, i.id(), i.principle(), user, 3));
    return Outcome.reply(
        new Post(
            channel,
            withAdvice.text(),
            i.id(),
            i.principle(),
            null,
            ref,
            withAdvice.shown().stream().map(PeerAdvice::id).toList(),
            List.of()));
  }

  private static Post post(
      String channel, String text, String intent, String principle, String ref) {
    return new Post(channel, text, intent, principle, null, ref, List.of(), List.of());
  }

  /**
   * The two or three principles the recogniser ranks highest for a general question: the third only
   * when it is at least half as likely as the second, so a clear pair is not padded.
   */
  static List<Principle> narrowDown(IntentCatalog catalog, Recognition recognition) {
    List<Guess> top = recognition.principles().stream().limit(3).toList();
    List<Principle> out = new ArrayList<>();
    for (int n = 0; n < top.size(); n++) {
      if (n == 2 && top.get(2).probability() < top.get(1).probability() / 2) {
        break;
      }
      catalog.principle(top.get(n).label()).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Answers a follow-up: a principle picked under a focused answer. The coaching is on that
   * principle, with peer advice for the question asked, while the question is remembered.
   */
  public Outcome followUp(FollowUpCall call) {
    if (!call.key().startsWith(FOCUS)) {
      return Outcome.refused(call.channel(), "That choice is no longer on offer.");
    }
    String rest = call.key().substring(FOCUS.length());
    int colon = rest.indexOf(':');
    String principleId = colon < 0 ? rest : rest.substring(0, colon);
    String question = colon < 0 ? null : questions.getIfPresent(rest.substring(colon + 1));
    IntentCatalog catalog = model.current().catalog();
    Optional<Principle> principle = catalog.principle(principleId);
    if (principle.isEmpty()) {
      return Outcome.refused(
          call.channel(),
          "That principle is no longer in the catalogue; " + "see `/coach principles`.");
    }
    Principle p = principle.get();
    List<String> prompts = rotation.pick(call.user(), p.prompts(), settings.promptsPerReply());
    ReplyComposer.WithAdvice withAdvice =
        composer.withPeerAdvice(
            composer.principleCoaching(p, prompts),
            peerAdvice.find(question == null ? "" : question, null, p.id(), call.user(), 3));
    return Outcome.done(
        new Post(
            call.channel(),
            withAdvice.text(),
            null,
            p.id(),
            null,
            null,
            withAdvice.shown().stream().map(PeerAdvice::id).toList(),
            List.of()));
  }
}
