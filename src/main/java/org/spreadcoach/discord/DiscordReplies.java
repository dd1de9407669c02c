package org.spreadcoach.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.LowLevelComponent;
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

  /**
   * Builders for a post; the first replies to {@code replyTo} when given, the last carries the
   * post's choices as buttons.
   */
  static List<MessageBuilder> builders(Post post, Message replyTo) {
    List<MessageBuilder> out = new ArrayList<>();
    List<String> chunks = chunks(post);
    for (int i = 0; i < chunks.size(); i++) {
      MessageBuilder builder = new MessageBuilder().setContent(chunks.get(i));
      builder.setAllowedMentions(none());
      if (replyTo != null && out.isEmpty()) {
        builder.replyTo(replyTo);
      }
      if (i == chunks.size() - 1) {
        buttons(post).ifPresent(builder::addComponents);
      }
      out.add(builder);
    }
    return out;
  }

  /** The post's choices as one row of buttons whose ids are the choices' keys; none without. */
  static Optional<ActionRow> buttons(Post post) {
    if (post.followUps().isEmpty()) {
      return Optional.empty();
    }
    // Discord allows five buttons in a row.
    return Optional.of(
        ActionRow.of(
            post.followUps().stream()
                .limit(5)
                .map(f -> (LowLevelComponent) Button.secondary(f.key(), f.label()))
                .toList()));
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
