package org.spreadcoach.chat;

/** Handles one top-level command, such as {@code coach} or {@code round}. */
public interface CommandHandler {

  /** The top-level command name it answers to. */
  String command();

  Outcome handle(CommandCall call);
}
