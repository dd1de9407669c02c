package org.spreadcoach.chat;

import java.util.Set;

/**
 * A message someone wrote in a channel the bot can see.
 *
 * @param channel platform channel id
 * @param user platform user id of the author
 * @param name the author's display name (never stored)
 * @param roles the author's role names in that server
 * @param text the message text
 * @param mentioned whether it mentions the bot
 * @param direct whether it is a direct message to the bot
 */
public record ChatMessage(
    String channel,
    String user,
    String name,
    Set<String> roles,
    String text,
    boolean mentioned,
    boolean direct) {

  public ChatMessage {
    roles = Set.copyOf(roles);
    text = text == null ? "" : text;
  }

  /** Whether the author spoke to the bot rather than near it. */
  public boolean addressed() {
    return mentioned || direct;
  }
}
