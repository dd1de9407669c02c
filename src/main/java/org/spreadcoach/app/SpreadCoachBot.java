package org.spreadcoach.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.TimedTask;
import org.spreadcoach.coach.Coach;
import org.spreadcoach.kb.ConversationLog;
import org.spreadcoach.rounds.RoundService;

/**
 * The bot as every adapter sees it: replies in a round's thread go to the round, other messages
 * to the coach, commands to their handler, ticks to every timer. The same instance serves
 * console, replay and Discord.
 */
public final class SpreadCoachBot implements ChatHandler {
  private final Coach coach;
  private final RoundService rounds;
  private final Map<String, CommandHandler> commands;
  private final List<TimedTask> timers;
  private final ConversationLog log;

  public SpreadCoachBot(Coach coach, RoundService rounds, ConversationLog log,
      List<CommandHandler> commands, List<TimedTask> timers) {
    this.coach = coach;
    this.rounds = rounds;
    this.log = log;
    this.commands = commands.stream()
        .collect(Collectors.toUnmodifiableMap(CommandHandler::command, Function.identity()));
    this.timers = List.copyOf(timers);
  }

  @Override
  public Outcome onMessage(ChatMessage message) {
    if (rounds.isRoundThread(message.channel())) {
      return rounds.onThreadMessage(message);
    }
    return coach.answer(message).outcome();
  }

  @Override
  public Outcome onCommand(CommandCall call) {
    CommandHandler handler = commands.get(call.command());
    if (handler == null) {
      return Outcome.refused(call.channel(), "Unknown command `/" + call.command() + "`. Known: "
          + commands.keySet().stream().sorted().map(c -> "/" + c)
              .collect(Collectors.joining(", ")) + ".");
    }
    return handler.handle(call);
  }

  @Override
  public void onThreadOpened(String channel, String threadId) {
    rounds.threadOpened(channel, threadId);
  }

  @Override
  public void onReaction(String channel, String replyId, String user, int value) {
    log.feedback(channel, replyId, user, value);
  }

  @Override
  public List<Post> onTick(Instant now, java.util.function.Predicate<String> serves) {
    List<Post> posts = new ArrayList<>();
    timers.forEach(t -> posts.addAll(t.onTick(now, serves)));
    return posts;
  }
}
