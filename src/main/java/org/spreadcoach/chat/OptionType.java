package org.spreadcoach.chat;

/**
 * What an option of a command takes. Adapters render it (a Discord option type) and the dispatcher
 * checks and normalises the value before the handler sees it.
 */
public enum OptionType {
  /** Free text. */
  TEXT,
  /** A whole number within the option's {@code min} and {@code max}. */
  WHOLE_NUMBER,
  /** {@code true} or {@code false} ({@code yes}/{@code no} and {@code 1}/{@code 0} also read). */
  BOOLEAN,
  /** A person: a platform user id ({@code <@id>} and {@code @name} are read as the id or name). */
  USER,
  /** One of the option's fixed choices. */
  CHOICE,
  /**
   * One of the principles of the catalogue serving now: the dispatcher fills the choices in
   * whenever an adapter asks for the commands, so a reload changes them without a code change.
   */
  PRINCIPLE
}
