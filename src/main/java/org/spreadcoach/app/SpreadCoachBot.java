package org.spreadcoach.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandDispatcher;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.TimedTask;
import org.spreadcoach.coach.Coach;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.privacy.ConversationLog;
import org.spreadcoach.rounds.RoundService;

/**
 * The bot as every adapter sees it: replies in a round's thread go to the round, other messages to
 * the coach, commands to the dispatcher (which checks them against their declaration and runs their
 * handler), ticks to every timer. The same instance serves console, replay and Discord.
 */
public final class SpreadCoachBot implements ChatHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SpreadCoachBot.class);
  private final Coach coach;
  private final RoundService rounds;
  private final CommandDispatcher commands;
  private final List<TimedTask> timers;
  private final ConversationLog log;

  public SpreadCoachBot(
      Coach coach,
      RoundService rounds,
      ConversationLog log,
      CommandDispatcher commands,
      List<TimedTask> timers) {
    this.coach = coach;
    this.rounds = rounds;
    this.log = log;
    this.commands = commands;
    this.timers = List.copyOf(timers);
  }

  @Override
  public Outcome onMessage(ChatMessage message) {
    Optional<Outcome> advice;
    try {
      advice = rounds.onThreadMessage(message);
    } catch (KnowledgeBaseException e) {
      // A database that does not answer must not stop the coach.
      LOG.debug("round thread lookup failed", e);
      advice = Optional.empty();
    }
    return advice.orElseGet(() -> coach.answer(message).outcome());
  }

  @Override
  public Outcome onCommand(CommandCall call) {
    try {
      return commands.dispatch(call);
    } catch (KnowledgeBaseException e) {
      return unavailable(call.channel(), "`/" + call.command() + "`", e);
    }
  }

  @Override
  public List<CommandSpec> commands() {
    return commands.specs();
  }

  private static Outcome unavailable(String channel, String what, KnowledgeBaseException e) {
    LOG.warn("could not handle {} in channel {}: {}", what, channel, e.getMessage());
    return Outcome.refused(
        channel,
        "Sorry, I could not handle "
            + what
            + ": the knowledge base "
            + "is not answering just now. Please try again in a few minutes.");
  }

  @Override
  public void onThreadOpened(String channel, String threadId) {
    rounds.threadOpened(channel, threadId);
  }

  @Override
  public Outcome onFollowUp(FollowUpCall call) {
    try {
      return coach.followUp(call);
    } catch (KnowledgeBaseException e) {
      return unavailable(call.channel(), "that choice", e);
    }
  }

  @Override
  public void onPosted(String channel, String ref, String platformId) {
    log.posted(channel, ref, platformId);
  }

  @Override
  public void onReaction(String channel, String platformId, String user, int value) {
    log.feedback(channel, platformId, user, value);
  }

  @Override
  public List<Post> onTick(Instant now, Predicate<String> serves) {
    List<Post> posts = new ArrayList<>();
    for (TimedTask timer : timers) {
      try {
        posts.addAll(timer.onTick(now, serves));
      } catch (KnowledgeBaseException e) {
        // The next tick tries again; a round's state is in the database, so nothing is lost.
        LOG.warn("a timer could not reach the knowledge base: {}", e.getMessage());
      }
    }
    return posts;
  }
}
