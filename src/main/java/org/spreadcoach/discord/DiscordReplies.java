package org.spreadcoach.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.spreadcoach.chat.Post;

/**
 * Renders the core's posts as Discord messages. Every message goes through a {@link MessageBuilder}
 * whose allowed mentions allow nothing, so echoing "@everyone", a role or a user never pings
 * anyone, and text longer than Discord's 2,000 characters is split.
 */
final class DiscordReplies {
  /** Discord's limit for one message. */
  static final int MAX_CHARS = 2_000;

  private DiscordReplies() {}

  /** Allowed mentions that allow nothing: no everyone/here, no roles, no users, no reply ping. */
  static AllowedMentions none() {
    return new AllowedMentionsBuilder()
        .setMentionEveryoneAndHere(false)
        .setMentionRoles(false)
        .setMentionUsers(false)
        .setMentionRepliedUser(false)
        .build();
  }

  /** The post's text as messages Discord accepts. */
  static List<String> chunks(Post post) {
    return TextSplitter.split(post.text(), MAX_CHARS);
  }

  /** Builders for a post; the first replies to {@code replyTo} when given. */
  static List<MessageBuilder> builders(Post post, Message replyTo) {
    List<MessageBuilder> out = new ArrayList<>();
    for (String chunk : chunks(post)) {
      MessageBuilder builder = new MessageBuilder().setContent(chunk);
      builder.setAllowedMentions(none());
      if (replyTo != null && out.isEmpty()) {
        builder.replyTo(replyTo);
      }
      out.add(builder);
    }
    return out;
  }

  /** Sends a post, in order; completes with the first message sent. */
  static CompletableFuture<Message> send(Post post, TextChannel channel, Message replyTo) {
    CompletableFuture<Message> first = null;
    CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
    for (MessageBuilder builder : builders(post, replyTo)) {
      CompletableFuture<Message> sent = chain.thenCompose(ignored -> builder.send(channel));
      if (first == null) {
        first = sent;
      }
      chain = sent;
    }
    return first;
  }
}
