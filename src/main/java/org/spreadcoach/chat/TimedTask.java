package org.spreadcoach.chat;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Something that acts as time passes: a round's timer, the daily retention run. */
public interface TimedTask {

  /**
   * Acts if its time has come; returns what the bot says because of it (often nothing).
   *
   * @param serves whether this process serves a channel: where several processes share one database
   *     (Discord shards), each acts only for its own channels
   */
  List<Post> onTick(Instant now, Predicate<String> serves);
}
