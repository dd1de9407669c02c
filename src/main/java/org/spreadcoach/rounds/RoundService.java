package org.spreadcoach.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.spreadcoach.chat.Access;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.Choice;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.OptionSpec;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SilenceReason;
import org.spreadcoach.chat.SubcommandSpec;
import org.spreadcoach.chat.TimedTask;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.nlu.Guess;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.nlu.ServingModel;

/**
 * Runs co-coaching rounds: the {@code round} command family, advice given as replies in a round's
 * thread, and the timer (warning, then close, each said in the channel and the round's thread). All
 * state is in the {@link RoundStore}; this class keeps none, so any process sharing the store can
 * serve any round and a restart resumes them.
 */
public final class RoundService implements CommandHandler, TimedTask {
  /**
   * The least average of the intent model's probability on principles and the open-world gate's for
   * advice to count as about spreading a change: on the curated advice and jokes such as "bring
   * biscuits", 0.375 keeps every joke out and all but one curated piece in.
   */
  static final double ABOUT_SPREAD = 0.375;

  /** How rounds see people and text: keyed pseudonyms and redaction, from the knowledge base. */
  public interface Privacy {
    String pseudonym(String userId);

    String redact(String text);
  }

  private final RoundStore store;
  private final ServingModel model;
  private final Privacy privacy;
  private final Clock clock;
  private final RoundSettings settings;
  private final Set<String> roundThreads = ConcurrentHashMap.newKeySet();
  private volatile boolean threadsLoaded;

  public RoundService(
      RoundStore store, ServingModel model, Privacy privacy, Clock clock, RoundSettings settings) {
    this.store = store;
    this.model = model;
    this.privacy = privacy;
    this.clock = clock;
    this.settings = settings;
  }

  /** {@code /round}, with the length of a round bounded by {@code settings}. */
  public static CommandSpec spec(RoundSettings settings) {
    return CommandSpec.of(
        "round",
        "Co-coaching rounds: one piece of advice each",
        SubcommandSpec.of("start", "Open a round (facilitators)")
            .onlyFor(Access.FACILITATORS)
            .withOptions(
                OptionSpec.text("topic", "What is being spread").asRequired(),
                OptionSpec.user(
                        "spreader", "The person spreading the change, who receives the advice")
                    .asRequired(),
                OptionSpec.wholeNumber(
                    "minutes",
                    "How long (default " + settings.defaultMinutes() + ")",
                    1,
                    settings.maxMinutes()),
                OptionSpec.bool(
                    "store", "Keep the advice as peer advice after the round (default true)")),
        SubcommandSpec.of("advice", "Offer your one piece of advice")
            .answeredPrivately()
            .withOptions(
                OptionSpec.text("text", "Your advice").asRequired(),
                OptionSpec.bool("anonymous", "Keep it unlinked to you (default false)"))
            .withDefaultOption("text"),
        SubcommandSpec.of("reflect", "Spreader: the most useful advice and one next action")
            .withOptions(OptionSpec.text("text", "Your reflection").asRequired())
            .withDefaultOption("text"),
        SubcommandSpec.of("status", "Who has advised and time left"),
        SubcommandSpec.of("close", "Close the round now (facilitators)")
            .onlyFor(Access.FACILITATORS),
        SubcommandSpec.of("export", "A round's summary as Markdown (facilitators)")
            .onlyFor(Access.FACILITATORS)
            .withOptions(
                OptionSpec.wholeNumber("id", "The round's number", 1, Long.MAX_VALUE).asRequired(),
                OptionSpec.choice("format", "Export format", new Choice("markdown", "markdown"))));
  }

  @Override
  public CommandSpec spec() {
    return spec(settings);
  }

  @Override
  public Outcome handle(CommandCall call) {
    return switch (call.sub()) {
      case "start" -> start(call);
      case "advice" ->
          advice(
              call.channel(),
              call.user(),
              call.arg("text").orElseThrow(),
              call.flag("anonymous", false));
      case "reflect" -> reflect(call);
      case "status" -> status(call);
      case "close" -> close(call);
      case "export" -> export(call);
      default -> throw new IllegalArgumentException("/round " + call.sub() + " is not declared");
    };
  }

  /**
   * A reply in an open round's thread counts as that person's advice; empty when the message is not
   * in one. Every chat message asks, so the open rounds' threads are kept in memory (loaded once,
   * then kept up to date as threads open and rounds close) and only those hit the database.
   */
  public Optional<Outcome> onThreadMessage(ChatMessage message) {
    if (!threadsLoaded) {
      synchronized (this) {
        if (!threadsLoaded) {
          roundThreads.addAll(store.openRoundThreads());
          threadsLoaded = true;
        }
      }
    }
    if (!roundThreads.contains(message.channel())) {
      return Optional.empty();
    }
    Optional<RoundRecord> round = store.openRoundForThread(message.channel());
    if (round.isEmpty()) {
      roundThreads.remove(message.channel());
      return Optional.empty();
    }
    return Optional.of(threadAdvice(round.get(), message));
  }

  private Outcome threadAdvice(RoundRecord round, ChatMessage message) {
    if (privacy.pseudonym(message.user()).equals(round.spreader())) {
      // The spreader talking in their own round's thread is conversation, not advice.
      return Outcome.silent(SilenceReason.NOT_ADDRESSED);
    }
    return offer(round, message.channel(), message.user(), message.text(), false);
  }

  /** Remembers the thread an adapter opened for a round's start post. */
  public void threadOpened(String channel, String thread) {
    store
        .openRoundIn(channel)
        .ifPresent(
            r -> {
              store.setThread(r.id(), thread);
              roundThreads.add(thread);
            });
  }

  @Override
  public List<Post> onTick(Instant now, Predicate<String> serves) {
    List<Post> posts = new ArrayList<>();
    for (RoundRecord round : store.roundsDue(now, settings.warningBefore())) {
      if (!serves.test(round.channel())) {
        continue;
      }
      if (!now.isBefore(round.ends())) {
        closeAndSummarise(round, true)
            .ifPresent(summary -> posts.addAll(alsoInThread(round, summary)));
      } else if (!round.warned() && store.markWarned(round.id())) {
        Post warning =
            Post.plain(
                round.channel(), RoundText.warning(round, store.roundAdvice(round.id()).size()));
        posts.addAll(alsoInThread(round, warning));
      }
    }
    return posts;
  }

  /**
   * What the timer says goes to the channel and, where the round has one, to its thread, where the
   * advisers are talking.
   */
  private static List<Post> alsoInThread(RoundRecord round, Post post) {
    return round.thread() == null
        ? List.of(post)
        : List.of(post, Post.plain(round.thread(), post.text()));
  }

  private Outcome start(CommandCall call) {
    String topic = call.arg("topic").orElseThrow();
    String spreader = call.arg("spreader").orElseThrow();
    int minutes = (int) call.wholeNumber("minutes").orElse(settings.defaultMinutes());
    boolean keep = call.flag("store", true);
    Instant now = clock.instant();
    String cleanTopic = privacy.redact(topic);
    Optional<Long> id =
        store.openRound(
            call.channel(),
            cleanTopic,
            privacy.pseudonym(spreader),
            privacy.pseudonym(call.user()),
            now,
            now.plus(Duration.ofMinutes(minutes)),
            keep);
    if (id.isEmpty()) {
      RoundRecord open = store.openRoundIn(call.channel()).orElseThrow();
      return Outcome.refused(
          call.channel(),
          "A round is already open in this channel (#"
              + open.id()
              + ", on "
              + open.topic()
              + "); close it first with `/round close`.");
    }
    String label = spreader.chars().allMatch(Character::isDigit) ? "<@" + spreader + ">" : spreader;
    return Outcome.done(
        new Post(
            call.channel(),
            RoundText.rules(id.get(), cleanTopic, label, minutes, keep),
            null,
            null,
            "Round #" + id.get() + ": " + abbreviate(cleanTopic)));
  }

  private Outcome advice(String channel, String user, String text, boolean anonymous) {
    Optional<RoundRecord> round =
        store.openRoundIn(channel).or(() -> store.openRoundForThread(channel));
    if (round.isEmpty()) {
      return Outcome.refused(channel, "There is no open round in this channel.");
    }
    return offer(round.get(), channel, user, text, anonymous);
  }

  private Outcome offer(
      RoundRecord round, String channel, String user, String text, boolean anonymous) {
    String author = privacy.pseudonym(user);
    if (author.equals(round.spreader())) {
      return Outcome.refused(
          channel,
          "You are the spreader in this round: listen for now, then "
              + "reflect with `/round reflect text:<the most useful advice and one next action>`.");
    }
    RoundStore.Offer offer =
        store.offerAdvice(round.id(), author, privacy.redact(text), anonymous, clock.instant());
    return switch (offer) {
      case ADDED ->
          Outcome.done(
              Post.plain(
                  channel,
                  "Thanks: your advice is in for round #"
                      + round.id()
                      + (anonymous ? " (kept unlinked to you)." : ".")));
      case REPLACED ->
          Outcome.done(
              Post.plain(
                  channel,
                  "Your new advice replaces your earlier one in round #"
                      + round.id()
                      + ": one piece each."));
      case NOT_OPEN -> Outcome.refused(channel, "Round #" + round.id() + " has closed.");
    };
  }

  private Outcome reflect(CommandCall call) {
    Optional<RoundRecord> round =
        store.openRoundIn(call.channel()).or(() -> store.openRoundForThread(call.channel()));
    if (round.isEmpty()) {
      return Outcome.refused(call.channel(), "There is no open round in this channel.");
    }
    if (!privacy.pseudonym(call.user()).equals(round.get().spreader())) {
      return Outcome.refused(
          call.channel(), "Only the spreader of round #" + round.get().id() + " can reflect.");
    }
    String text = call.arg("text").orElseThrow();
    if (!store.reflect(round.get().id(), privacy.redact(text))) {
      return Outcome.refused(call.channel(), "Round #" + round.get().id() + " has closed.");
    }
    return Outcome.done(
        Post.plain(
            call.channel(),
            "Reflection recorded for round #" + round.get().id() + "; it will be in the summary."));
  }

  private Outcome status(CommandCall call) {
    Optional<RoundRecord> round =
        store.openRoundIn(call.channel()).or(() -> store.openRoundForThread(call.channel()));
    if (round.isEmpty()) {
      return Outcome.refused(call.channel(), "There is no open round in this channel.");
    }
    RoundRecord r = round.get();
    return Outcome.done(
        Post.plain(
            call.channel(),
            RoundText.status(
                r, store.roundAdvice(r.id()).size(), Duration.between(clock.instant(), r.ends()))));
  }

  private Outcome close(CommandCall call) {
    Optional<RoundRecord> round =
        store.openRoundIn(call.channel()).or(() -> store.openRoundForThread(call.channel()));
    if (round.isEmpty()) {
      return Outcome.refused(call.channel(), "There is no open round in this channel.");
    }
    return closeAndSummarise(round.get(), false)
        .map(Outcome::done)
        .orElseGet(
            () ->
                Outcome.refused(
                    call.channel(), "Round #" + round.get().id() + " has already closed."));
  }

  private Outcome export(CommandCall call) {
    // Markdown is the one format declared, so there is nothing to choose yet.
    long id = call.wholeNumber("id").orElseThrow();
    Optional<RoundRecord> round = store.round(id);
    if (round.isEmpty()) {
      return Outcome.refused(
          call.channel(),
          "There is no round #" + id + " (a round that was not stored is gone once it closes).");
    }
    return Outcome.done(
        Post.plain(
            call.channel(),
            RoundText.markdown(round.get(), store.roundAdvice(id), model.current().catalog())));
  }

  /** Classifies the advice, closes the round and returns the summary, unless already closed. */
  private Optional<Post> closeAndSummarise(RoundRecord round, boolean byTimer) {
    IntentModel current = model.current();
    Map<Long, AdviceFit> fits = new HashMap<>();
    for (RoundAdvice a : store.roundAdvice(round.id())) {
      fits.put(a.id(), fitOf(current, a.text()));
    }
    Optional<List<RoundAdvice>> closed = store.closeRound(round.id(), clock.instant(), fits);
    if (closed.isPresent() && round.thread() != null) {
      roundThreads.remove(round.thread());
    }
    return closed.map(
        advice ->
            Post.plain(
                round.channel(), RoundText.summary(round, advice, current.catalog(), byTimer)));
  }

  /**
   * What advice speaks to; {@link AdviceFit#OTHER} when it is not about spreading a change at all
   * (a joke, chatter), which keeps it out of peer advice.
   *
   * <p>Advice is phrased as advice, not as the questions the recogniser learned from, so the
   * in-scope decision for questions is the wrong test. What carries over is where the probability
   * goes: advice about spreading puts much of it on the principles, a joke puts little there, and
   * the open-world gate does not take it for a spread question either. The two are averaged (one is
   * often unsure of advice the other is sure of) and the principle is the one that takes most.
   */
  static AdviceFit fitOf(IntentModel model, String text) {
    Recognition r = model.classify(text);
    double onPrinciples = r.principles().stream().mapToDouble(Guess::probability).sum();
    double gate = Double.isNaN(r.domain()) ? onPrinciples : r.domain();
    if ((onPrinciples + gate) / 2 < ABOUT_SPREAD || r.principles().isEmpty()) {
      return AdviceFit.OTHER;
    }
    String principle = r.principles().get(0).label();
    IntentCatalog catalog = model.catalog();
    String intent =
        r.candidates().stream()
            .map(Guess::label)
            .filter(i -> catalog.intent(i).map(x -> principle.equals(x.principle())).orElse(false))
            .findFirst()
            .orElse(null);
    return new AdviceFit(principle, intent, true);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
