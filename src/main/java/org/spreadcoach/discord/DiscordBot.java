package org.spreadcoach.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.AutoArchiveDuration;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.MessageType;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.server.Server;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.event.message.reaction.SingleReactionEvent;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SubcommandSpec;
import org.spreadcoach.discord.login.DiscordLoginException;
import org.spreadcoach.discord.login.GatewayLogin;
import org.spreadcoach.discord.login.ProxySettings;
import org.spreadcoach.discord.logs.PayloadScrubber;
import org.spreadcoach.threads.DaemonThreads;

/**
 * The bot on Discord: logs in through Javacord, registers the slash commands in every server, turns
 * events into core calls on a worker pool, renders the answers, ticks the timers every second, and
 * shuts down in order (stop taking events, finish the ones in flight, disconnect).
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
  private static final String THUMBS_UP = "\uD83D\uDC4D";
  private static final String THUMBS_DOWN = "\uD83D\uDC4E";

  /** Messages without content in a row before the bot suspects the MESSAGE CONTENT intent. */
  static final int EMPTY_BEFORE_WARNING = 5;

  private final ChatHandler bot;
  private final DiscordSettings settings;
  private final Clock clock;
  private final ExecutorService workers;
  private final ScheduledExecutorService ticker;
  private final AtomicBoolean accepting = new AtomicBoolean(true);
  private final AtomicBoolean connected = new AtomicBoolean();
  private final AtomicBoolean warnedEmptyContent = new AtomicBoolean();
  private final AtomicInteger emptyInARow = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile DiscordApi api;

  public DiscordBot(ChatHandler bot, DiscordSettings settings, Clock clock) {
    this.bot = bot;
    this.settings = settings;
    this.clock = clock;
    this.workers = Executors.newFixedThreadPool(4, DaemonThreads.named("discord-worker"));
    this.ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("discord-timer"));
  }

  /**
   * Logs in and starts serving: first asks Discord whether it takes the token (a refusal ends the
   * login at once), then opens the gateway through Javacord, all within the login timeout.
   *
   * @param token the bot token, from {@code DISCORD_TOKEN}; never logged
   * @throws DiscordLoginException with one sentence when Discord is unreachable or refuses the
   *     token ({@link DiscordLoginException#tokenRefused()} tells which)
   */
  public void start(String token) throws DiscordLoginException {
    Optional<ProxySettings> proxy;
    try {
      proxy = ProxySettings.from(settings.proxy(), settings.env());
    } catch (IllegalArgumentException e) {
      throw new DiscordLoginException("The proxy setting is not usable: " + e.getMessage() + ".");
    }
    proxy.ifPresent(p -> LOG.info("connecting to Discord through proxy {}", p));
    api =
        GatewayLogin.open(
            token,
            proxy,
            settings.loginTimeout(),
            settings.totalShards(),
            settings.shard(),
            ticker);
    connected.set(true);
    LOG.info(
        "logged in to Discord as {} in {} server(s)",
        api.getYourself().getName(),
        api.getServers().size());
    api.getServers().forEach(this::registerCommands);
    api.addServerJoinListener(event -> registerCommands(event.getServer()));
    api.addMessageCreateListener(this::onMessage);
    api.addSlashCommandCreateListener(this::onSlashCommand);
    api.addButtonClickListener(this::onButtonClick);
    api.addReactionAddListener(event -> onReaction(event, true));
    api.addReactionRemoveListener(event -> onReaction(event, false));
    api.addLostConnectionListener(
        event -> {
          connected.set(false);
          // Our own disconnect at shutdown fires this too; only an unplanned loss is news.
          if (accepting.get()) {
            LOG.warn("lost the connection to the Discord gateway; reconnecting");
          }
        });
    api.addResumeListener(
        event -> {
          connected.set(true);
          LOG.info("resumed the Discord gateway session");
        });
    api.addReconnectListener(
        event -> {
          connected.set(true);
          LOG.info("reconnected to the Discord gateway");
        });
    ScheduledFuture<?> unused = ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  /** Whether the gateway is connected now (for health checks). */
  public boolean isConnected() {
    return connected.get() && api != null;
  }

  /** Posts a notice to the maintainers' channel, if one is configured. */
  public void notifyMaintainers(String text) {
    if (api == null || settings.maintainersChannel() == null) {
      return;
    }
    api.getTextChannelById(settings.maintainersChannel())
        .ifPresentOrElse(
            channel ->
                logFailure(
                    DiscordReplies.send(
                        Post.plain(settings.maintainersChannel(), text), channel, null),
                    "a notice to the maintainers' channel"),
            () -> LOG.warn("maintainers' channel {} not found", settings.maintainersChannel()));
  }

  private void registerCommands(Server server) {
    // Declared by the handlers, with the principles of the catalogue serving at this moment.
    whenDone(
        api.bulkOverwriteServerApplicationCommands(
            server, SlashCommandDefinitions.render(bot.commands())),
        (commands, error) -> {
          if (error != null) {
            LOG.warn(
                "could not register slash commands in server {} ({})",
                server.getId(),
                describe(error));
          } else {
            LOG.info("registered {} slash commands in server {}", commands.size(), server.getId());
          }
        });
  }

  private void onMessage(MessageCreateEvent event) {
    MessageAuthor author = event.getMessageAuthor();
    if (!accepting.get() || author.isYourself() || author.isBotUser() || author.isWebhook()) {
      return;
    }
    Message message = event.getMessage();
    // What people write is a normal message or a reply; the other types are Discord's own notices
    // (joins, boosts, pins, auto-moderation, poll results and types Javacord 3.8.0 does not know,
    // which it reads as UNKNOWN): nothing to coach.
    if (message.getType() != MessageType.NORMAL && message.getType() != MessageType.REPLY) {
      return;
    }
    noticeEmptyContent(message);
    ChatMessage chat =
        DiscordEvents.toMessage(message, author, event.getServer(), api.getYourself().getId());
    submit(
        () -> {
          Outcome outcome = bot.onMessage(chat);
          for (Post post : outcome.posts()) {
            if (post.channel().equals(chat.channel())) {
              posted(post, DiscordReplies.send(post, message.getChannel(), message).join());
            } else {
              sendTo(post);
            }
          }
        });
  }

  /**
   * Warns once when messages keep arriving without content, the sign that the MESSAGE CONTENT
   * intent is off. One empty message proves nothing: a poll, a forwarded message or a sticker has
   * no content either, so only {@value #EMPTY_BEFORE_WARNING} in a row, with no written message
   * between, count.
   */
  private void noticeEmptyContent(Message message) {
    boolean empty =
        message.getContent().isEmpty()
            && message.getAttachments().isEmpty()
            && message.getEmbeds().isEmpty();
    if (!empty) {
      emptyInARow.set(0);
    } else if (emptyInARow.incrementAndGet() >= EMPTY_BEFORE_WARNING
        && warnedEmptyContent.compareAndSet(false, true)) {
      LOG.warn(
          "{} messages in a row arrived with empty content: turn on the MESSAGE CONTENT "
              + "privileged intent for this bot in the Discord developer portal (Bot > "
              + "Privileged Gateway Intents); without it the bot can only answer slash commands",
          EMPTY_BEFORE_WARNING);
    }
  }

  private void onSlashCommand(SlashCommandCreateEvent event) {
    SlashCommandInteraction interaction = event.getSlashCommandInteraction();
    if (refusedWhileStopping(interaction)) {
      return;
    }
    CommandCall call = DiscordEvents.toCall(interaction);
    // Whether only the caller sees the answer is declared with the subcommand, and has to be
    // known now: the acknowledgement already says it.
    boolean ephemeral =
        CommandSpec.find(bot.commands(), call.command(), call.sub())
            .map(SubcommandSpec::privateAnswer)
            .orElse(false);
    // Acknowledge at once (Discord allows 3 seconds), answer when the work is done.
    CompletableFuture<InteractionOriginalResponseUpdater> deferred =
        interaction.respondLater(ephemeral);
    submit(
        () -> {
          Outcome outcome = bot.onCommand(call);
          InteractionOriginalResponseUpdater updater = deferred.join();
          respond(interaction, updater, outcome, ephemeral, call.channel());
        });
  }

  /**
   * While the bot stops it takes no new work: a slash command or button press gets a private
   * "restarting" notice instead, and true.
   */
  private boolean refusedWhileStopping(InteractionBase interaction) {
    if (accepting.get()) {
      return false;
    }
    logFailure(
        interaction
            .createImmediateResponder()
            .setContent("I'm restarting; please try again in a moment.")
            .setFlags(MessageFlag.EPHEMERAL)
            .respond(),
        "the restart notice");
    return true;
  }

  private void respond(
      InteractionBase interaction,
      InteractionOriginalResponseUpdater updater,
      Outcome outcome,
      boolean ephemeral,
      String channel) {
    List<Post> posts =
        outcome.posts().isEmpty() ? List.of(Post.plain(channel, "Done.")) : outcome.posts();
    boolean first = true;
    for (Post post : posts) {
      List<String> chunks = DiscordReplies.chunks(post);
      for (int i = 0; i < chunks.size(); i++) {
        Optional<ActionRow> buttons =
            i == chunks.size() - 1 ? DiscordReplies.buttons(post) : Optional.empty();
        if (first) {
          first = false;
          updater.setContent(chunks.get(i)).setAllowedMentions(DiscordReplies.none());
          buttons.ifPresent(updater::addComponents);
          Message sent = updater.update().join();
          posted(post, sent);
          if (post.threadTitle() != null && !ephemeral) {
            openThread(sent, post.threadTitle(), channel);
          }
        } else {
          var followup =
              interaction
                  .createFollowupMessageBuilder()
                  .setContent(chunks.get(i))
                  .setAllowedMentions(DiscordReplies.none());
          buttons.ifPresent(followup::addComponents);
          if (ephemeral) {
            followup.setFlags(MessageFlag.EPHEMERAL);
          }
          Message sent = followup.send().join();
          if (i == 0) {
            posted(post, sent);
          }
        }
      }
    }
  }

  /** Tells the bot which message carried a post it keeps, so reactions to it can be traced. */
  private void posted(Post post, Message sent) {
    if (post.ref() != null && sent != null) {
      bot.onPosted(post.channel(), post.ref(), sent.getIdAsString());
    }
  }

  private void onButtonClick(ButtonClickEvent event) {
    ButtonInteraction interaction = event.getButtonInteraction();
    if (refusedWhileStopping(interaction)) {
      return;
    }
    FollowUpCall call = DiscordEvents.toFollowUp(interaction);
    CompletableFuture<InteractionOriginalResponseUpdater> deferred = interaction.respondLater();
    submit(
        () -> {
          Outcome outcome = bot.onFollowUp(call);
          respond(interaction, deferred.join(), outcome, false, call.channel());
        });
  }

  private void openThread(Message message, String title, String channel) {
    whenDone(
        message.createThread(
            title.length() > 100 ? title.substring(0, 100) : title, AutoArchiveDuration.ONE_DAY),
        (thread, error) -> {
          if (error != null) {
            LOG.info(
                "no thread for the round in channel {} ({}); advice goes by /round advice",
                channel,
                describe(error));
          } else {
            // whenComplete would swallow a failure here, so say it; operators (and the
            // end-to-end test) learn from the log when thread replies start counting.
            try {
              bot.onThreadOpened(channel, thread.getIdAsString());
              LOG.info(
                  "opened thread {} for the round in channel {}; replies there count as "
                      + "advice",
                  thread.getIdAsString(),
                  channel);
            } catch (RuntimeException e) {
              LOG.warn(
                  "could not link thread {} to the round in channel {} ({})",
                  thread.getIdAsString(),
                  channel,
                  describe(e));
            }
          }
        });
  }

  private void onReaction(SingleReactionEvent event, boolean added) {
    Optional<String> emoji = event.getEmoji().asUnicodeEmoji();
    if (!accepting.get()
        || emoji.isEmpty()
        || !(emoji.get().equals(THUMBS_UP) || emoji.get().equals(THUMBS_DOWN))
        || event.getUserId() == api.getYourself().getId()) {
      return;
    }
    int value = added ? (emoji.get().equals(THUMBS_UP) ? 1 : -1) : 0;
    String channel = event.getChannel().getIdAsString();
    String messageId = Long.toString(event.getMessageId());
    String user = Long.toString(event.getUserId());
    // The message is usually in Javacord's cache (the bot sent it); otherwise Javacord fetches it.
    whenDone(
        event.requestMessage(),
        (message, error) -> {
          if (error != null) {
            LOG.debug("could not read the message reacted to ({})", describe(error));
            return;
          }
          if (!message.getAuthor().isYourself() || !accepting.get()) {
            return;
          }
          // Inline, not on the worker pool: it only queues a write, and a thumbs added and taken
          // back must be recorded in that order.
          try {
            bot.onReaction(channel, messageId, user, value);
            LOG.debug(
                "feedback {} on message {} in channel {} passed on", value, messageId, channel);
          } catch (RuntimeException e) {
            LOG.warn("could not record a reaction ({})", describe(e));
          }
        });
  }

  private void tick() {
    try {
      bot.onTick(clock.instant(), this::serves).forEach(this::sendTo);
    } catch (RuntimeException e) {
      LOG.warn("a timer failed ({}); it will try again next second", describe(e));
    }
  }

  /** Whether this process (this shard) can see the channel. */
  private boolean serves(String channel) {
    return api.getTextChannelById(channel).isPresent();
  }

  private void sendTo(Post post) {
    api.getTextChannelById(post.channel())
        .ifPresentOrElse(
            channel ->
                whenDone(
                    DiscordReplies.send(post, channel, null),
                    (sent, error) -> {
                      if (error != null) {
                        LOG.warn("Discord did not take a post ({})", describe(error));
                      } else {
                        posted(post, sent);
                      }
                    }),
            () -> LOG.warn("cannot post to channel {}: not visible to the bot", post.channel()));
  }

  private void submit(Runnable work) {
    inFlight.incrementAndGet();
    try {
      workers.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.warn("handling a Discord event failed: {}", describe(e));
            } finally {
              inFlight.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Stops taking events, lets the ones in flight finish (within {@code grace}), stops the timer and
   * disconnects from the gateway.
   */
  public void shutdown(Duration grace) {
    accepting.set(false);
    ticker.shutdown();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("{} Discord event(s) still in flight at shutdown", inFlight.get());
      }
      if (api != null) {
        disconnect(api, Duration.ofSeconds(3));
        LOG.info("disconnected from Discord");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connected.set(false);
  }

  /**
   * Closes the gateway connection, waiting at most {@code timeout}; never throws, so a stop stays
   * orderly (exit 0) however the disconnect goes.
   */
  static void disconnect(DiscordApi api, Duration timeout) throws InterruptedException {
    try {
      api.disconnect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.info("Discord disconnect did not complete cleanly ({})", describe(e));
    } catch (RejectedExecutionException e) {
      // Javacord 3.8.0 races with itself here: when the gateway's close arrives quickly, its own
      // lost-connection listener shuts its thread pool down before disconnect() schedules a
      // fallback timer on that pool, and disconnect() throws. The socket is closed by then.
      LOG.debug("Javacord's thread pool stopped before disconnect() returned ({})", describe(e));
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(5));
  }

  /** Runs {@code then} when {@code future} completes, however it completes. */
  private static <T> void whenDone(CompletableFuture<T> future, BiConsumer<T, Throwable> then) {
    CompletableFuture<T> unused = future.whenComplete(then);
  }

  /** Logs {@code what} when {@code future} fails; Discord's refusals are otherwise silent. */
  private static void logFailure(CompletableFuture<?> future, String what) {
    whenDone(
        future,
        (value, error) -> {
          if (error != null) {
            LOG.warn("Discord did not take {} ({})", what, describe(error));
          }
        });
  }

  /**
   * A throwable's class and message, unwrapped, with its causes, in one line and without what
   * Discord sent (an error's response body, say); Javacord never puts the token in these.
   */
  static String describe(Throwable error) {
    return PayloadScrubber.causes(error);
  }
}
