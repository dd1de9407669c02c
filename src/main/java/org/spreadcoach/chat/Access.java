package org.spreadcoach.chat;

/**
 * Who may run a subcommand. Declared beside the subcommand so the dispatcher checks roles, with one
 * wording, for every command.
 */
public enum Access {
  /** Anyone who can see the bot. */
  ANYONE,
  /** People with one of the facilitator roles ({@code roles.facilitators}). */
  FACILITATORS,
  /** People with one of the maintainer roles ({@code roles.maintainers}). */
  MAINTAINERS
}
