package org.spreadcoach.chat;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** What every adapter talks to: the whole bot, seen from a chat platform. */
public interface ChatHandler {

  Outcome onMessage(ChatMessage message);

  Outcome onCommand(CommandCall call);

  /**
   * The commands {@link #onCommand} answers, as declared, with principle choices from the catalogue
   * serving now: adapters register (Discord) or parse (console) from these.
   */
  List<CommandSpec> commands();

  /**
   * Lets timers act: called by adapters as time passes (replay on each clock line, live adapters
   * every second).
   *
   * @param serves whether this process serves a channel (all, outside Discord shards)
   * @return what the bot says because time passed, such as a round closing
   */
  List<Post> onTick(Instant now, Predicate<String> serves);

  /**
   * Tells the bot that the adapter opened a thread on a post that asked for one, so messages in the
   * thread can be routed (replies in a round's thread count as advice).
   */
  void onThreadOpened(String channel, String threadId);

  /**
   * Someone picked one of the {@link FollowUp}s under a post.
   *
   * @return the bot's answer, said where the choice was made
   */
  Outcome onFollowUp(FollowUpCall call);

  /**
   * The adapter sent a post that carries a {@link Post#ref}: {@code platformId} is the platform's
   * id of the (first) message it became, the one people react to.
   */
  void onPosted(String channel, String ref, String platformId);

  /**
   * Someone reacted to one of the bot's messages: +1 for thumbs up, -1 for thumbs down, 0 when they
   * took their reaction back.
   *
   * @param platformId the platform's id of the message reacted to
   */
  void onReaction(String channel, String platformId, String user, int value);
}
