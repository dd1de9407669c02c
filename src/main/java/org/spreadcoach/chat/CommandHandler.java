package org.spreadcoach.chat;

/**
 * Handles one top-level command, such as {@code coach} or {@code round}, and declares its shape
 * once in {@link #spec()}: adapters render and parse from that declaration, and the {@link
 * CommandDispatcher} checks every call against it before {@link #handle} runs.
 */
public interface CommandHandler {

  /** The command as people can call it. */
  CommandSpec spec();

  /**
   * Does what the call asks. The dispatcher has already checked it against {@link #spec()}: the
   * subcommand is declared (under {@code sub}, the default filled in), the caller may run it,
   * required options are there and every value has its declared type.
   */
  Outcome handle(CommandCall call);
}
