package org.spreadcoach.chat;

/**
 * Something the bot says in a channel.
 *
 * @param channel where to say it
 * @param text what to say; adapters split or trim it to their platform's limit
 * @param intent the intent it answers, or null
 * @param principle the principle it names, or null
 */
public record Post(String channel, String text, String intent, String principle) {

  public static Post plain(String channel, String text) {
    return new Post(channel, text, null, null);
  }
}
