package org.spreadcoach.chat;

import java.util.Locale;

/** Why the bot said nothing; the wire name is what replay prints. */
public enum SilenceReason {
  /** Not a question the bot recognises, and nobody asked the bot. */
  OUT_OF_SCOPE,
  /** The bot answered unprompted in this channel too recently. */
  COOLDOWN,
  /** The channel only gets answers when someone mentions the bot. */
  NOT_ADDRESSED,
  /** The channel is switched off in config. */
  CHANNEL_OFF;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
