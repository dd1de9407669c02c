package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.core.DiscordApiImpl;
import org.javacord.core.util.ratelimit.RatelimitManager;
import org.javacord.core.util.rest.RestRequest;
import org.javacord.core.util.rest.RestRequestResult;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.Post;

/**
 * What the adapter hands Javacord for a post. The sending test stops at Javacord's rate limiter (a
 * mock), where each request's JSON body is exactly what would go to Discord.
 */
class DiscordRepliesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Three paragraphs that fit two to a message at most: 4,200 characters in all. */
  private static final String LONG =
      "a".repeat(1_400) + "\n" + "b".repeat(1_400) + "\n" + "c".repeat(1_398);

  @Test
  void allowedMentionsAllowNothing() {
    AllowedMentions none = DiscordReplies.none();

    assertThat(none.getMentionTypes()).as("no @everyone/@here, no role or user by type").isEmpty();
    assertThat(none.getAllowedRoleMentions()).isEmpty();
    assertThat(none.getAllowedUserMentions()).isEmpty();
    assertThat(none.getMentionRepliedUser()).isFalse();
  }

  @Test
  void aLongPostIsSplitIntoMessagesOfAtMostTwoThousandCharactersAtLineBreaks() {
    List<String> chunks = DiscordReplies.chunks(Post.plain("1", LONG));

    assertThat(chunks)
        .hasSize(3)
        .allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(2_000))
        .containsExactly("a".repeat(1_400), "b".repeat(1_400), "c".repeat(1_398));
  }

  @Test
  void thereIsOneBuilderPerChunkWithItsText() {
    List<MessageBuilder> builders = DiscordReplies.builders(Post.plain("1", LONG), null);

    assertThat(builders)
        .extracting(b -> b.getStringBuilder().toString())
        .containsExactlyElementsOf(DiscordReplies.chunks(Post.plain("1", LONG)));
  }

  @Test
  void aLongReplyGoesOutInOrderAnsweringTheQuestionOnceAndPingingNobody() throws Exception {
    List<RestRequest<?>> queued = new ArrayList<>();
    DiscordApiImpl api = mock(DiscordApiImpl.class);
    RatelimitManager ratelimits = mock(RatelimitManager.class);
    when(api.getRatelimitManager()).thenReturn(ratelimits);
    doAnswer(call -> queued.add(call.getArgument(0))).when(ratelimits).queueRequest(any());
    Message sent = mock(Message.class);
    when(api.getOrCreateMessage(any(), any())).thenReturn(sent);
    TextChannel channel = mock(TextChannel.class);
    when(channel.getApi()).thenReturn(api);
    when(channel.getIdAsString()).thenReturn("555");
    Message question = mock(Message.class);
    when(question.getId()).thenReturn(777L);
    String text = "Ask @everyone and <@&9> and <@8>:\n" + LONG;

    CompletableFuture<Message> first =
        DiscordReplies.send(Post.plain("555", text), channel, question);

    assertThat(queued).as("the next chunk waits for the one before").hasSize(1);
    JsonNode reply = body(queued.get(0));
    assertThat(reply.path("content").asText()).startsWith("Ask @everyone");
    assertThat(reply.path("message_reference").path("message_id").asLong()).isEqualTo(777L);
    assertNoMentions(reply);

    for (int i = 1; i < 3; i++) {
      complete(queued.get(i - 1));
      assertThat(queued).hasSize(i + 1);
      JsonNode next = body(queued.get(i));
      assertThat(next.has("message_reference")).as("only the first chunk replies").isFalse();
      assertNoMentions(next);
    }
    assertThat(body(queued.get(2)).path("content").asText()).isEqualTo("c".repeat(1_398));
    complete(queued.get(2));
    assertThat(first).isCompletedWithValue(sent);
  }

  private static JsonNode body(RestRequest<?> request) throws Exception {
    return JSON.readTree(request.getBody().orElseThrow());
  }

  private static void complete(RestRequest<?> request) {
    RestRequestResult result = mock(RestRequestResult.class);
    when(result.getJsonBody()).thenReturn(JSON.createObjectNode().put("id", "1"));
    request.getResult().complete(result);
  }

  private static void assertNoMentions(JsonNode message) {
    JsonNode allowed = message.path("allowed_mentions");
    assertThat(allowed.path("parse").isArray()).as("parse in %s", message).isTrue();
    assertThat(allowed.path("parse")).isEmpty();
    assertThat(allowed.path("roles")).isEmpty();
    assertThat(allowed.path("users")).isEmpty();
    assertThat(allowed.path("replied_user").asBoolean(true)).isFalse();
  }
}
