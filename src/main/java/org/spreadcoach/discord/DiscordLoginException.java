package org.spreadcoach.discord;

/** The bot could not log in; the message is one sentence for the operator, without the token. */
public final class DiscordLoginException extends Exception {
  private static final long serialVersionUID = 1L;

  public DiscordLoginException(String message) {
    super(message);
  }
}
