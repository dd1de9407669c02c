package org.spreadcoach.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.time.ManualClock;

/**
 * Feeds a transcript through the bot. Input events, one JSON object per line:
 *
 * <pre>
 * {"type":"message","channel":C,"user":U,"name":N,"roles":[..],"text":T,"mentioned":bool,"direct":bool}
 * {"type":"command","channel":C,"user":U,"roles":[..],"command":"coach","args":{"question":T}}
 * {"type":"clock","advance":"PT10M"}
 * {"type":"thread","channel":C,"thread":T}   (the platform opened thread T on the bot's last post in C)
 * </pre>
 *
 * <p>Output lines name their 1-based input line as {@code event}: {@code reply} (with {@code ok}
 * for commands), {@code silent} with a reason, or {@code error} for a line that is not a valid
 * event (the rest still runs). Blank lines are skipped.
 */
public final class ReplayRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ChatHandler bot;
  private final ManualClock clock;

  public ReplayRunner(ChatHandler bot, ManualClock clock) {
    this.bot = bot;
    this.clock = clock;
  }

  /** Replays every line of {@code in}, writing to {@code out}; returns the number of errors. */
  public int run(BufferedReader in, Writer out) throws IOException {
    int errors = 0;
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        for (Map<String, Object> output : handle(lineNo, line)) {
          write(out, output);
        }
      } catch (ReplayEventException e) {
        errors++;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "error");
        error.put("event", lineNo);
        error.put("message", "line " + lineNo + ": " + e.getMessage());
        write(out, error);
      }
      out.flush();
    }
    return errors;
  }

  private List<Map<String, Object>> handle(int lineNo, String line) throws ReplayEventException {
    JsonNode event;
    try {
      event = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new ReplayEventException("not a JSON object (" + e.getOriginalMessage() + ")");
    }
    if (event == null || !event.isObject()) {
      throw new ReplayEventException("not a JSON object");
    }
    String type = text(event, "type", true);
    switch (type) {
      case "message":
        return outputs(lineNo, bot.onMessage(message(event)), false);
      case "command":
        return outputs(lineNo, bot.onCommand(command(event)), true);
      case "clock":
        return clock(lineNo, event);
      case "thread":
        bot.onThreadOpened(text(event, "channel", true), text(event, "thread", true));
        return List.of();
      default:
        throw new ReplayEventException("unknown event type '" + type
            + "' (expected message, command, clock or thread)");
    }
  }

  private List<Map<String, Object>> clock(int lineNo, JsonNode event)
      throws ReplayEventException {
    String advance = text(event, "advance", true);
    Duration by;
    try {
      by = Duration.parse(advance);
    } catch (DateTimeParseException e) {
      throw new ReplayEventException("'advance' must be an ISO-8601 duration such as PT10M, found '"
          + advance + "'");
    }
    if (by.isNegative()) {
      throw new ReplayEventException("'advance' cannot go back in time: " + advance);
    }
    List<Post> posts = bot.onTick(clock.advance(by), channel -> true);
    return posts.stream().map(p -> post(lineNo, p, null)).toList();
  }

  private static ChatMessage message(JsonNode event) throws ReplayEventException {
    String text = event.has("text") && event.get("text").isTextual()
        ? event.get("text").asText() : null;
    if (text == null) {
      throw new ReplayEventException("a message needs 'text' (a string)");
    }
    return new ChatMessage(text(event, "channel", true), text(event, "user", true),
        optionalText(event, "name"), roles(event), text, bool(event, "mentioned"),
        bool(event, "direct"));
  }

  private static CommandCall command(JsonNode event) throws ReplayEventException {
    Map<String, String> args = new LinkedHashMap<>();
    JsonNode argsNode = event.get("args");
    if (argsNode != null && !argsNode.isNull()) {
      if (!argsNode.isObject()) {
        throw new ReplayEventException("'args' must be an object");
      }
      var fields = argsNode.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        if (!field.getValue().isNull()) {
          args.put(field.getKey(), field.getValue().isValueNode()
              ? field.getValue().asText() : field.getValue().toString());
        }
      }
    }
    return new CommandCall(text(event, "channel", true), text(event, "user", true),
        optionalText(event, "name"), roles(event), text(event, "command", true), args);
  }

  private static List<Map<String, Object>> outputs(int lineNo, Outcome outcome, boolean command) {
    Boolean ok = command ? (outcome.ok() == null ? Boolean.TRUE : outcome.ok()) : null;
    if (outcome.posts().isEmpty()) {
      Map<String, Object> silent = new LinkedHashMap<>();
      silent.put("type", "silent");
      silent.put("event", lineNo);
      silent.put("reason", outcome.silence() == null ? "none" : outcome.silence().wireName());
      if (ok != null) {
        silent.put("ok", ok);
      }
      return List.of(silent);
    }
    return outcome.posts().stream().map(p -> post(lineNo, p, ok)).toList();
  }

  private static Map<String, Object> post(int lineNo, Post post, Boolean ok) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("type", "reply");
    reply.put("event", lineNo);
    reply.put("channel", post.channel());
    reply.put("text", post.text());
    reply.put("intent", post.intent());
    reply.put("principle", post.principle());
    if (ok != null) {
      reply.put("ok", ok);
    }
    return reply;
  }

  private static String text(JsonNode event, String field, boolean required)
      throws ReplayEventException {
    JsonNode node = event.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new ReplayEventException("missing '" + field + "'");
      }
      return null;
    }
    if (!node.isValueNode() || node.asText().isBlank()) {
      throw new ReplayEventException("'" + field + "' must be a non-empty string or number");
    }
    return node.asText();
  }

  private static String optionalText(JsonNode event, String field) throws ReplayEventException {
    String value = text(event, field, false);
    return value == null ? "" : value;
  }

  private static boolean bool(JsonNode event, String field) throws ReplayEventException {
    JsonNode node = event.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new ReplayEventException("'" + field + "' must be true or false");
    }
    return node.booleanValue();
  }

  private static Set<String> roles(JsonNode event) throws ReplayEventException {
    JsonNode node = event.get("roles");
    Set<String> roles = new LinkedHashSet<>();
    if (node == null || node.isNull()) {
      return roles;
    }
    if (!node.isArray()) {
      throw new ReplayEventException("'roles' must be a list of strings");
    }
    for (JsonNode role : node) {
      if (!role.isTextual()) {
        throw new ReplayEventException("'roles' must be a list of strings");
      }
      roles.add(role.asText());
    }
    return roles;
  }

  private static void write(Writer out, Map<String, Object> json) throws IOException {
    out.write(JSON.writeValueAsString(json));
    out.write('\n');
  }
}
