package org.spreadcoach.chat;

/**
 * Something the bot says in a channel. Whether only a command's caller sees it is not the post's to
 * say: the command's {@link SubcommandSpec#privateAnswer()} decides, before the answer exists.
 *
 * @param channel where to say it
 * @param text what to say; adapters split or trim it to their platform's limit
 * @param intent the intent it answers, or null
 * @param principle the principle it names, or null
 * @param threadTitle when not null, the adapter opens a thread on this post with this title, where
 *     the platform allows, and reports it back through {@link ChatHandler#onThreadOpened}
 */
public record Post(
    String channel, String text, String intent, String principle, String threadTitle) {

  public Post(String channel, String text, String intent, String principle) {
    this(channel, text, intent, principle, null);
  }

  public static Post plain(String channel, String text) {
    return new Post(channel, text, null, null);
  }
}
