package org.spreadcoach.replay;

/** A replay line that cannot be turned into an event; the message says what is wrong. */
final class ReplayEventException extends Exception {
  private static final long serialVersionUID = 1L;

  ReplayEventException(String message) {
    super(message);
  }
}
