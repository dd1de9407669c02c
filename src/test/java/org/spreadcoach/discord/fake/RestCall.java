package org.spreadcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One REST request the bot made to the fake Discord, and how the fake answered it.
 *
 * @param method HTTP method
 * @param path path under {@code /api/v10}, such as {@code /channels/1/messages}
 * @param body the JSON body, or a missing node
 * @param authorization the {@code Authorization} header, or null
 * @param status the status the fake answered with
 * @param response the JSON the fake answered with, or a missing node
 * @param receivedNanos {@link System#nanoTime()} when the fake read the request
 */
public record RestCall(
    String method,
    String path,
    JsonNode body,
    String authorization,
    int status,
    JsonNode response,
    long receivedNanos) {

  public RestCall {
    body = body == null ? MissingNode.getInstance() : body;
    response = response == null ? MissingNode.getInstance() : response;
  }

  /** Whether this is {@code method} on {@code path}. */
  public boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }

  /** Whether this posts a message to {@code channel}. */
  public boolean postsTo(String channel) {
    return is("POST", "/channels/" + channel + "/messages");
  }

  /** Whether this posts any channel message. */
  public boolean postsMessage() {
    return method.equals("POST") && path.matches("/channels/\\d+/messages");
  }

  /** The id of the message this one replies to, or null. */
  public String repliesTo() {
    JsonNode id = body.path("message_reference").path("message_id");
    return id.isMissingNode() || id.isNull() ? null : id.asText();
  }

  public String content() {
    return body.path("content").asText("");
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " " + body;
  }
}
