package org.spreadcoach.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.advice.RankedPeerAdvice;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChannelSettings;
import org.spreadcoach.chat.Choice;
import org.spreadcoach.chat.CommandDispatcher;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.RolesSettings;
import org.spreadcoach.chat.TimedTask;
import org.spreadcoach.coach.Coach;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.coach.ConversationListener;
import org.spreadcoach.coach.PromptRotation;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Secrets;
import org.spreadcoach.curation.KbSearchCommand;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.kb.writer.KbWriter;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.ServingModel;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.nlu.training.ModelCache;
import org.spreadcoach.ops.BotMetrics;
import org.spreadcoach.privacy.ConversationLog;
import org.spreadcoach.privacy.PiiRedactor;
import org.spreadcoach.privacy.PrivacyCommands;
import org.spreadcoach.privacy.Pseudonymiser;
import org.spreadcoach.privacy.RetentionJob;
import org.spreadcoach.reload.AdminCommands;
import org.spreadcoach.reload.ModelReloader;
import org.spreadcoach.rounds.RoundService;
import org.spreadcoach.rounds.RoundSettings;
import org.spreadcoach.threads.DaemonThreads;
import org.spreadcoach.time.ClockTicker;

/**
 * The one place that builds the bot: every feature is constructed here, by constructor, from the
 * config. Adapters receive the finished {@link SpreadCoachBot}. Closing it flushes pending
 * knowledge-base writes and closes the database.
 */
public final class Wiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

  /** Which knowledge base a mode uses. */
  public enum KbChoice {
    /** The one {@code kb.url} names (console, Discord). */
    CONFIGURED,
    /** A private in-memory one unless {@code kb.url} is set explicitly (replay: deterministic). */
    IN_MEMORY_UNLESS_SET
  }

  /** What the first model must be. */
  public enum FirstModel {
    /**
     * Exactly the model of the intents (replay: the same answers on every run, however the cache
     * stands).
     */
    EXACT,
    /**
     * Serving as soon as the intent classifier is ready (console, Discord): when the open-world
     * gate or the principle ranker of these intents is not cached, the one trained for an earlier
     * version serves until the exact model, trained by a reload in the background, replaces it.
     */
    SERVE_AT_ONCE
  }

  private final ServingModel model;
  private final SpreadCoachBot bot;
  private final KnowledgeBase kb;
  private final KbWriter writer;
  private final ScheduledExecutorService background;
  private final ExecutorService writes;
  private final ModelReloader reloader;
  private final BotMetrics metrics;

  /** Completes once the model of the intents serves (see {@link FirstModel#SERVE_AT_ONCE}). */
  private CompletableFuture<Void> exactModel = CompletableFuture.completedFuture(null);

  private Wiring(
      ServingModel model,
      SpreadCoachBot bot,
      KnowledgeBase kb,
      KbWriter writer,
      ScheduledExecutorService background,
      ExecutorService writes,
      ModelReloader reloader,
      BotMetrics metrics) {
    this.writes = writes;
    this.reloader = reloader;
    this.metrics = metrics;
    this.model = model;
    this.bot = bot;
    this.kb = kb;
    this.writer = writer;
    this.background = background;
  }

  /**
   * Loads the intents, trains the first model, opens the knowledge base and builds the bot.
   *
   * @param defaultMode the mode of channels config does not name
   * @throws org.spreadcoach.intents.InvalidIntentsException when the intent files have problems
   */
  public static Wiring start(
      Config config,
      IntentsLocation intents,
      Clock clock,
      ChannelMode defaultMode,
      KbChoice kbChoice,
      FirstModel first,
      Map<String, String> env) {
    IntentSource source = new IntentSource();
    // Opening the knowledge base (pool, migrations) and training take a second or two each on a
    // cold JVM; doing them side by side on the two cores shortens start-up.
    CompletableFuture<KnowledgeBase> kb =
        CompletableFuture.supplyAsync(() -> openKb(config, kbChoice, new Secrets(env)));
    IntentTrainer.Prepared model;
    try {
      IntentCatalog catalog = load(intents);
      IntentTrainer trainer = new IntentTrainer(NluSettings.from(config), ModelCache.from(config));
      model =
          first == FirstModel.EXACT
              ? new IntentTrainer.Prepared(trainer.train(catalog), false)
              : trainer.prepare(catalog);
    } catch (RuntimeException e) {
      CompletableFuture<Void> unused = kb.thenAccept(KnowledgeBase::close);
      throw e;
    }
    Wiring wiring =
        assemble(
            config,
            model.model(),
            () -> source.load(intents.dir(), intents.explicit()),
            clock,
            defaultMode,
            join(kb),
            env);
    if (model.earlierParts()) {
      // The reload trains only the gate and the ranker (the intent classifier is cached by now)
      // and swaps the exact model in; until then the earlier ones serve. Its own daemon thread,
      // ended by the task: close() never interrupts a training (OpenNLP would log the interrupt
      // as an error), and a stop meanwhile only means the next start trains them again.
      ExecutorService trainer =
          Executors.newSingleThreadExecutor(DaemonThreads.named("exact-model"));
      wiring.exactModel =
          CompletableFuture.runAsync(
              () -> {
                ModelReloader.Result unused = wiring.reloader.reload();
              },
              trainer);
      trainer.shutdown();
    }
    return wiring;
  }

  private static KnowledgeBase join(CompletableFuture<KnowledgeBase> kb) {
    try {
      return kb.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Builds the bot around an already trained model.
   *
   * @param intents loads the intent files afresh, for reloads
   */
  public static Wiring assemble(
      Config config,
      IntentModel first,
      Supplier<LoadResult> intents,
      Clock clock,
      ChannelMode defaultMode,
      KbChoice kbChoice,
      Map<String, String> env) {
    return assemble(
        config,
        first,
        intents,
        clock,
        defaultMode,
        openKb(config, kbChoice, new Secrets(env)),
        env);
  }

  /** Builds the bot around a trained model and an open knowledge base (closed on failure). */
  static Wiring assemble(
      Config config,
      IntentModel first,
      Supplier<LoadResult> intents,
      Clock clock,
      ChannelMode defaultMode,
      KnowledgeBase kb,
      Map<String, String> env) {
    ServingModel model = new ServingModel(first);
    ChannelSettings channels = ChannelSettings.from(config, defaultMode);
    RolesSettings roles = RolesSettings.from(config);
    KbSettings kbSettings = KbSettings.from(config);
    ScheduledExecutorService background =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("kb-retry"));
    // The conversation log is written on its own thread, so no reply waits for the disk, in
    // batches of whatever arrived during the last commit. An in-memory database is written
    // inline: nothing to wait for, and it admits one writing thread at a time.
    ExecutorService writes =
        kb.inMemory() ? null : Executors.newSingleThreadExecutor(DaemonThreads.named("kb-writer"));
    try {
      BotMetrics metrics = new BotMetrics(model, () -> kb.rounds().openRoundCount());
      KbWriter writer =
          new KbWriter(
              kb,
              writes == null ? Runnable::run : writes,
              background,
              Duration.ofSeconds(5),
              metrics);
      metrics.trackPendingWrites(writer::pending);
      // A run that keeps nothing (an in-memory database) needs no key file: pseudonyms only have
      // to agree within the run.
      Pseudonymiser pseudonyms =
          kb.inMemory() ? ephemeralPseudonymiser(env) : pseudonymiser(config, env);
      ConversationLog log =
          new ConversationLog(writer, new PiiRedactor(), pseudonyms, channels, clock);
      int curated = kb.importCurated(first.catalog().advice(), clock.instant());
      if (curated > 0) {
        LOG.info("imported {} piece(s) of curated advice into the knowledge base", curated);
      }
      CoachSettings coaching = CoachSettings.from(config);
      Coach coach =
          new Coach(
              model,
              coaching,
              channels,
              clock,
              new RankedPeerAdvice(
                  kb,
                  pseudonyms,
                  new PromptRotation(coaching.promptMemory(), new ClockTicker(clock))),
              ConversationListener.all(List.of(log, metrics)));
      RoundService rounds =
          new RoundService(
              kb.rounds(),
              model,
              new RoundService.Privacy() {
                private final PiiRedactor redactor = new PiiRedactor();

                @Override
                public String pseudonym(String userId) {
                  return pseudonyms.of(userId);
                }

                @Override
                public String redact(String text) {
                  return redactor.redact(text);
                }
              },
              clock,
              RoundSettings.from(config));
      List<CommandHandler> commands =
          new ArrayList<>(
              List.of(
                  coach,
                  rounds,
                  new PrivacyCommands(
                      writer, pseudonyms, channels, (int) kbSettings.retention().toDays()),
                  new KbSearchCommand(kb)));
      ModelReloader reloader =
          new ModelReloader(
              model,
              intents,
              new IntentTrainer(NluSettings.from(config), ModelCache.from(config)),
              List.of(metrics));
      commands.add(new AdminCommands(reloader));
      CommandDispatcher dispatcher =
          new CommandDispatcher(
              commands,
              roles,
              () ->
                  model.current().catalog().principles().stream()
                      .map(p -> new Choice(p.id(), p.name()))
                      .toList());
      List<TimedTask> timers = new ArrayList<>();
      RetentionJob retention = new RetentionJob(writer, kbSettings.retention(), clock.instant());
      retention.onTick(clock.instant(), channel -> true);
      timers.add(retention);
      timers.add(rounds);
      SpreadCoachBot bot = new SpreadCoachBot(coach, rounds, log, dispatcher, timers);
      return new Wiring(model, bot, kb, writer, background, writes, reloader, metrics);
    } catch (RuntimeException e) {
      background.shutdownNow();
      if (writes != null) {
        writes.shutdownNow();
      }
      kb.close();
      throw e;
    }
  }

  /** The install's pseudonymiser: key from the environment, or the owner-only key file. */
  public static Pseudonymiser pseudonymiser(Config config, Map<String, String> env) {
    Secrets secrets = new Secrets(env);
    return new Pseudonymiser(
        secrets
            .fromEnv(PrivacySettings.KEY_ENV)
            .orElseGet(
                () ->
                    secrets.fromFileOrCreate(
                        PrivacySettings.from(config).keyFile(), "privacy key")));
  }

  private static Pseudonymiser ephemeralPseudonymiser(Map<String, String> env) {
    return new Pseudonymiser(
        new Secrets(env)
            .fromEnv(PrivacySettings.KEY_ENV)
            .orElseGet(
                () -> {
                  byte[] random = new byte[32];
                  new SecureRandom().nextBytes(random);
                  return HexFormat.of().formatHex(random);
                }));
  }

  /** Opens the knowledge base {@code kb.url} names, for the maintainer tools. */
  public static KnowledgeBase openKnowledgeBase(Config config, Map<String, String> env) {
    return openKb(config, KbChoice.CONFIGURED, new Secrets(env));
  }

  private static KnowledgeBase openKb(Config config, KbChoice choice, Secrets secrets) {
    KbSettings where = KbSettings.from(config);
    boolean memory = choice == KbChoice.IN_MEMORY_UNLESS_SET && !config.isSet(KbSettings.URL);
    String url = memory ? "jdbc:sqlite::memory:" : where.url();
    String password =
        secrets
            .fromEnv(KbSettings.PASSWORD_ENV)
            .orElseGet(
                () ->
                    where.passwordFile() == null
                        ? null
                        : secrets.fromFile(
                            Path.of(where.passwordFile()), "knowledge-base password"));
    KnowledgeBase kb = KnowledgeBases.open(url, where.user(), password, where.poolSize());
    LOG.info("knowledge base: {}", kb.describe());
    return kb;
  }

  /** Loads and validates the intents and trains a model on them. */
  public static IntentModel train(Config config, IntentsLocation intents) {
    return new IntentTrainer(NluSettings.from(config), ModelCache.from(config))
        .train(load(intents));
  }

  private static IntentCatalog load(IntentsLocation intents) {
    IntentSource source = new IntentSource();
    LOG.info("loading intents from {}", source.describe(intents.dir(), intents.explicit()));
    return source.load(intents.dir(), intents.explicit()).orThrow();
  }

  public BotMetrics metrics() {
    return metrics;
  }

  /** The background executor, for the intent watcher's debounce. */
  ScheduledExecutorService background() {
    return background;
  }

  /**
   * Completes once the exact model of the intents serves: at once, unless the start served the gate
   * or ranker of an earlier version while the exact ones train in the background.
   */
  public CompletableFuture<Void> exactModel() {
    return exactModel;
  }

  public ModelReloader reloader() {
    return reloader;
  }

  public ServingModel model() {
    return model;
  }

  public SpreadCoachBot bot() {
    return bot;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public KbWriter writer() {
    return writer;
  }

  /** Stores pending writes (waiting up to 30 s) and closes the knowledge base. */
  @Override
  public void close() {
    writer.close();
    background.shutdownNow();
    if (writes != null) {
      writes.shutdownNow();
    }
    kb.close();
  }
}
