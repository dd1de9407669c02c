package org.spreadcoach.chat;

import java.time.Instant;
import java.util.List;

/** What every adapter talks to: the whole bot, seen from a chat platform. */
public interface ChatHandler {

  Outcome onMessage(ChatMessage message);

  Outcome onCommand(CommandCall call);

  /**
   * Lets timers act: called by adapters as time passes (replay on each clock line, live adapters
   * every second).
   *
   * @return what the bot says because time passed, such as a round closing
   */
  List<Post> onTick(Instant now);
}
