package org.spreadcoach.chat;

import java.util.Set;

/**
 * Someone picked a {@link FollowUp} the bot offered.
 *
 * @param channel where
 * @param user platform user id of who picked it
 * @param name their display name
 * @param roles their role names
 * @param key the follow-up's key
 */
public record FollowUpCall(
    String channel, String user, String name, Set<String> roles, String key) {

  public FollowUpCall {
    roles = Set.copyOf(roles);
  }
}
