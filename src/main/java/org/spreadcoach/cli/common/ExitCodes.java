package org.spreadcoach.cli.common;

/**
 * The exit codes of every {@code spreadcoach} command besides 0 (done); README.md lists them too.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** Bad input: invalid intents, a failed must-pass test, replay lines with errors. */
  public static final int INVALID = 1;

  /** A config or usage error. */
  public static final int CONFIG = 2;

  /**
   * Of {@code discord}, when Discord refuses the bot token: only a new token helps, so a service
   * manager should not restart on it.
   */
  public static final int TOKEN_REFUSED = 3;
}
