package org.spreadcoach.chat;

/** How the bot behaves in a channel. */
public enum ChannelMode {
  /** Says nothing, even when mentioned. */
  OFF,
  /** Answers only when mentioned, messaged directly or called with a command. */
  MENTION,
  /** Also answers confident spread questions unprompted, at most once per cooldown. */
  AMBIENT
}
