package org.spreadcoach.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.coach.Coach;
import org.spreadcoach.rounds.RoundService;
import org.spreadcoach.rounds.RoundSettings;

/**
 * A chat handler that records the messages and commands an adapter hands it, for testing the
 * adapters (the bot's port, not a database). It declares the real {@code /coach} and {@code /round}
 * commands; commands are answered "done COMMAND", messages as the test says. Safe to read from
 * another thread.
 */
public final class RecordingBot implements ChatHandler {
  /** The real declarations of {@code /coach} and {@code /round}. */
  public static final List<CommandSpec> COMMANDS =
      List.of(Coach.SPEC, RoundService.spec(new RoundSettings(10, 120, Duration.ofMinutes(1))));

  private final List<Object> seen = new CopyOnWriteArrayList<>();
  private final List<FollowUpCall> seenFollowUps = new CopyOnWriteArrayList<>();
  private final Function<ChatMessage, Outcome> answer;

  public RecordingBot(Function<ChatMessage, Outcome> answer) {
    this.answer = answer;
  }

  /** The follow-ups picked so far, in order. */
  public List<FollowUpCall> followUps() {
    return seenFollowUps;
  }

  /** What it was given so far, in order: {@link ChatMessage}s and {@link CommandCall}s. */
  public List<Object> seen() {
    return seen;
  }

  public long commandsSeen() {
    return seen.stream().filter(CommandCall.class::isInstance).count();
  }

  @Override
  public Outcome onMessage(ChatMessage message) {
    seen.add(message);
    return answer.apply(message);
  }

  @Override
  public Outcome onCommand(CommandCall call) {
    seen.add(call);
    return Outcome.done(Post.plain(call.channel(), "done " + call.command()));
  }

  @Override
  public List<CommandSpec> commands() {
    return COMMANDS;
  }

  @Override
  public List<Post> onTick(Instant now, Predicate<String> serves) {
    return List.of();
  }

  @Override
  public void onThreadOpened(String channel, String threadId) {}

  @Override
  public Outcome onFollowUp(FollowUpCall call) {

    seenFollowUps.add(call);

    return Outcome.done(Post.plain(call.channel(), "chose " + call.key()));
  }

  @Override
  public void onPosted(String channel, String ref, String platformId) {}

  @Override
  public void onReaction(String channel, String replyId, String user, int value) {}
}
