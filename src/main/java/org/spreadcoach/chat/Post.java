package org.spreadcoach.chat;

/**
 * Something the bot says in a channel.
 *
 * @param channel where to say it
 * @param text what to say; adapters split or trim it to their platform's limit
 * @param intent the intent it answers, or null
 * @param principle the principle it names, or null
 * @param ephemeral whether only the person who invoked a command should see it (where the
 *     platform can do that; elsewhere it is an ordinary post)
 * @param threadTitle when not null, the adapter opens a thread on this post with this title, where
 *     the platform allows, and reports it back through {@link ChatHandler#onThreadOpened}
 */
public record Post(String channel, String text, String intent, String principle,
    boolean ephemeral, String threadTitle) {

  public Post(String channel, String text, String intent, String principle) {
    this(channel, text, intent, principle, false, null);
  }

  public static Post plain(String channel, String text) {
    return new Post(channel, text, null, null);
  }

  /** A post only the command's caller needs to see, such as "your advice is in". */
  public static Post toCaller(String channel, String text) {
    return new Post(channel, text, null, null, true, null);
  }
}
