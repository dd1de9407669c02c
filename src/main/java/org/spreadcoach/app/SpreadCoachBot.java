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

/**
 * The bot as every adapter sees it: messages go to the coach, commands to their handler, ticks to
 * whatever keeps time. The same instance serves console, replay and Discord.
 */
public final class SpreadCoachBot implements ChatHandler {
  private final Coach coach;
  private final Map<String, CommandHandler> commands;
  private final List<TimedTask> timers;

  public SpreadCoachBot(Coach coach, List<CommandHandler> commands, List<TimedTask> timers) {
    this.coach = coach;
    this.commands = commands.stream()
        .collect(Collectors.toUnmodifiableMap(CommandHandler::command, Function.identity()));
    this.timers = List.copyOf(timers);
  }

  @Override
  public Outcome onMessage(ChatMessage message) {
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
  public List<Post> onTick(Instant now) {
    List<Post> posts = new ArrayList<>();
    timers.forEach(t -> posts.addAll(t.onTick(now)));
    return posts;
  }
}
