package org.spreadcoach.chat;

import java.util.List;

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
 * @param ref the bot's own reference for a reply it keeps, or null: the adapter reports the
 *     platform's id for the message it sent through {@link ChatHandler#onPosted}, so reactions to
 *     that message can be traced back to the reply
 * @param offered the stored peer advice the post offers, by id
 * @param followUps choices offered under the post
 */
public record Post(
    String channel,
    String text,
    String intent,
    String principle,
    String threadTitle,
    String ref,
    List<Long> offered,
    List<FollowUp> followUps) {

  public Post {
    offered = List.copyOf(offered);
    followUps = List.copyOf(followUps);
  }

  public Post(String channel, String text, String intent, String principle, String threadTitle) {
    this(channel, text, intent, principle, threadTitle, null, List.of(), List.of());
  }

  public Post(String channel, String text, String intent, String principle) {
    this(channel, text, intent, principle, null);
  }

  public static Post plain(String channel, String text) {
    return new Post(channel, text, null, null);
  }
}
