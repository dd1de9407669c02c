package org.spreadcoach.discord.login;

/**
 * The bot could not log in; the message is one sentence for the operator, without the token. A
 * refused token is told apart because restarting cannot help it (the command exits with its own
 * code, and a service manager can be told not to restart).
 */
public final class DiscordLoginException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean tokenRefused;

  public DiscordLoginException(String message) {
    this(message, false);
  }

  private DiscordLoginException(String message, boolean tokenRefused) {
    super(message);
    this.tokenRefused = tokenRefused;
  }

  /** Discord answered that it does not know the token; {@code how} says how, briefly. */
  public static DiscordLoginException tokenRefused(String how) {
    return new DiscordLoginException(
        "Discord refused the token: "
            + how
            + ". Reset the token on the Bot page of the Discord developer portal and start again "
            + "with the new one in DISCORD_TOKEN.",
        true);
  }

  /**
   * Whether Discord refused the token, rather than being unreachable or refusing something else.
   */
  public boolean tokenRefused() {
    return tokenRefused;
  }
}
