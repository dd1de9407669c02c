package org.spreadcoach.chat;

import java.time.Instant;
import java.util.List;

/** Something that acts as time passes: a round's timer, the daily retention run. */
public interface TimedTask {

  /** Acts if its time has come; returns what the bot says because of it (often nothing). */
  List<Post> onTick(Instant now);
}
