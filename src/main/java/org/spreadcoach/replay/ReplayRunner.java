package org.spreadcoach.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.FollowUp;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.time.ManualClock;

/**
 * Feeds a transcript through the bot. Input events, one JSON object per line:
 *
 * <pre>
 * {"type":"message","channel":C,"user":U,"name":N,"roles":[..],"text":T,"mentioned":bool,"direct":bool}
 * {"type":"command","channel":C,"user":U,"roles":[..],"command":"coach","args":{"question":T}}
 * {"type":"choice","channel":C,"user":U,"event":N,"option":K}   (picks choice K under the reply to line N)
 * {"type":"reaction","channel":C,"user":U,"event":N,"value":1}  (a thumbs up, -1 down, 0 taken back)
 * {"type":"clock","advance":"PT10M"}
 * {"type":"thread","channel":C,"thread":T}   (the platform opened thread T on the bot's last post in C)
 * </pre>
 *
 * <p>Output lines name their 1-based input line as {@code event}: {@code reply} (with {@code ok}
 * for commands and choices, and {@code choices}, the labels of what may be picked, when it offers
 * any), {@code silent} with a reason, or {@code error} for a line that is not a valid event (the
 * rest still runs). Blank lines are skipped. Replay plays the platform too: the messages it "sends"
 * get the ids {@code replay:LINE:N}, which is what reactions refer to.
 *
 * <p>An output line is an acknowledgement: it is written only once what the bot stored for its
 * event has been tried (the {@code stored} barrier), so while the database works every answered
 * message is in it, even if the process is killed right after (when it fails, lines carry on and
 * the writes wait for a retry, as in the live bot). Messages are pipelined: the bot handles the
 * next ones while the log commits, and their lines follow in input order. Every other event (a
 * command, the clock, a thread) first waits for all earlier writes, so that it sees them, and the
 * output stays the same however fast the database is.
 */
public final class ReplayRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The most events whose lines wait for the log at once. */
  static final int MAX_WAITING = 1_000;

  private final ChatHandler bot;
  private final ManualClock clock;
  private final Supplier<CompletableFuture<Void>> stored;

  /**
   * @param stored a future that completes once every write the bot has submitted so far has been
   *     tried (stored, or kept for a retry when the database fails)
   */
  public ReplayRunner(
      ChatHandler bot, ManualClock clock, Supplier<CompletableFuture<Void>> stored) {
    this.bot = bot;
    this.clock = clock;
    this.stored = stored;
  }

  /** The posts each recent input line produced, for reactions and choices that refer to them. */
  private final Map<Integer, List<Post>> postsByEvent =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Post>> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  /** How many input lines' posts a reaction or a choice can still refer to. */
  static final int MAX_REMEMBERED = 10_000;

  /** An event's output lines, written once its writes have been tried. */
  private record Waiting(CompletableFuture<Void> stored, List<Map<String, Object>> lines) {}

  /** Replays every line of {@code in}, writing to {@code out}; returns the number of errors. */
  public int run(BufferedReader in, Writer out) throws IOException {
    int errors = 0;
    int lineNo = 0;
    Deque<Waiting> waiting = new ArrayDeque<>();
    String line;
    // Before blocking for more input, acknowledge everything handled so far.
    while ((in.ready() || writeAll(waiting, out)) && (line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      List<Map<String, Object>> lines;
      try {
        lines = handle(lineNo, line, waiting, out);
      } catch (ReplayEventException e) {
        errors++;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "error");
        error.put("event", lineNo);
        error.put("message", "line " + lineNo + ": " + e.getMessage());
        lines = List.of(error);
      }
      waiting.addLast(new Waiting(stored.get(), lines));
      writeReady(waiting, out);
    }
    writeAll(waiting, out);
    return errors;
  }

  /** Writes the lines of the events whose writes have been tried, in order; true. */
  private static boolean writeReady(Deque<Waiting> waiting, Writer out) throws IOException {
    boolean wrote = false;
    while (!waiting.isEmpty()
        && (waiting.peekFirst().stored().isDone() || waiting.size() > MAX_WAITING)) {
      Waiting first = waiting.pollFirst();
      first.stored().join();
      for (Map<String, Object> output : first.lines()) {
        write(out, output);
      }
      wrote = true;
    }
    if (wrote) {
      out.flush();
    }
    return true;
  }

  /** Waits for every write so far, then writes every waiting line; true. */
  private static boolean writeAll(Deque<Waiting> waiting, Writer out) throws IOException {
    if (!waiting.isEmpty()) {
      waiting.peekLast().stored().join();
    }
    return writeReady(waiting, out);
  }

  private List<Map<String, Object>> handle(
      int lineNo, String line, Deque<Waiting> waiting, Writer out)
      throws ReplayEventException, IOException {
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
    if (!type.equals("message")) {
      writeAll(waiting, out);
    }
    return switch (type) {
      case "message" -> outputs(lineNo, posted(lineNo, bot.onMessage(message(event))), false);
      case "command" -> outputs(lineNo, posted(lineNo, bot.onCommand(command(event))), true);
      case "choice" -> outputs(lineNo, posted(lineNo, choice(event)), true);
      case "clock" -> clock(lineNo, event);
      case "thread" -> {
        bot.onThreadOpened(text(event, "channel", true), text(event, "thread", true));
        yield List.of();
      }
      case "reaction" -> {
        reaction(event);
        yield List.of();
      }
      default ->
          throw new ReplayEventException(
              "unknown event type '"
                  + type
                  + "' (expected message, command, choice, reaction, clock or thread)");
    };
  }

  /**
   * Plays the platform: each post that carries a reference gets the id a platform would give its
   * message, {@code replay:LINE:N}, and the bot is told, as Discord's adapter tells it.
   */
  private Outcome posted(int lineNo, Outcome outcome) {
    List<Post> posts = outcome.posts();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      if (post.ref() != null) {
        bot.onPosted(post.channel(), post.ref(), platformId(lineNo, i));
      }
    }
    if (!posts.isEmpty()) {
      postsByEvent.put(lineNo, posts);
    }
    return outcome;
  }

  private static String platformId(int lineNo, int index) {
    return "replay:" + lineNo + ":" + index;
  }

  /** The posts input line {@code event} produced, or an error naming the field. */
  private List<Post> postsOf(JsonNode event) throws ReplayEventException {
    JsonNode node = event.get("event");
    if (node == null || !node.canConvertToInt()) {
      throw new ReplayEventException("'event' must be the number of an earlier input line");
    }
    List<Post> posts = postsByEvent.get(node.intValue());
    if (posts == null) {
      throw new ReplayEventException(
          "input line " + node.intValue() + " has no reply of the bot to refer to");
    }
    return posts;
  }

  /** Someone picks option {@code option} (from 1) offered under the reply to line {@code event}. */
  private Outcome choice(JsonNode event) throws ReplayEventException {
    List<FollowUp> offered = postsOf(event).stream().flatMap(p -> p.followUps().stream()).toList();
    JsonNode option = event.get("option");
    if (option == null || !option.canConvertToInt()) {
      throw new ReplayEventException("'option' must be the number of a choice, from 1");
    }
    int n = option.intValue();
    if (n < 1 || n > offered.size()) {
      throw new ReplayEventException(
          "option " + n + " is not offered (the reply has " + offered.size() + " choice(s))");
    }
    return bot.onFollowUp(
        new FollowUpCall(
            text(event, "channel", true),
            text(event, "user", true),
            optionalText(event, "name"),
            roles(event),
            offered.get(n - 1).key()));
  }

  /** Someone reacts to the (first) message of the reply to line {@code event}. */
  private void reaction(JsonNode event) throws ReplayEventException {
    List<Post> posts = postsOf(event);
    JsonNode value = event.get("value");
    if (value == null || !value.canConvertToInt() || Math.abs(value.intValue()) > 1) {
      throw new ReplayEventException("'value' must be 1 (thumbs up), -1 (thumbs down) or 0");
    }
    bot.onReaction(
        posts.get(0).channel(),
        platformId(event.get("event").intValue(), 0),
        text(event, "user", true),
        value.intValue());
  }

  private List<Map<String, Object>> clock(int lineNo, JsonNode event) throws ReplayEventException {
    String advance = text(event, "advance", true);
    Duration by;
    try {
      by = Duration.parse(advance);
    } catch (DateTimeParseException e) {
      throw new ReplayEventException(
          "'advance' must be an ISO-8601 duration such as PT10M, found '" + advance + "'");
    }
    if (by.isNegative()) {
      throw new ReplayEventException("'advance' cannot go back in time: " + advance);
    }
    List<Post> posts = bot.onTick(clock.advance(by), channel -> true);
    return posts.stream().map(p -> post(lineNo, p, null)).toList();
  }

  private static ChatMessage message(JsonNode event) throws ReplayEventException {
    String text =
        event.has("text") && event.get("text").isTextual() ? event.get("text").asText() : null;
    if (text == null) {
      throw new ReplayEventException("a message needs 'text' (a string)");
    }
    return new ChatMessage(
        text(event, "channel", true),
        text(event, "user", true),
        optionalText(event, "name"),
        roles(event),
        text,
        bool(event, "mentioned"),
        bool(event, "direct"));
  }

  private static CommandCall command(JsonNode event) throws ReplayEventException {
    Map<String, String> args = new LinkedHashMap<>();
    JsonNode argsNode = event.get("args");
    if (argsNode != null && !argsNode.isNull()) {
      if (!argsNode.isObject()) {
        throw new ReplayEventException("'args' must be an object");
      }
      for (var field : argsNode.properties()) {
        if (!field.getValue().isNull()) {
          args.put(
              field.getKey(),
              field.getValue().isValueNode()
                  ? field.getValue().asText()
                  : field.getValue().toString());
        }
      }
    }
    return new CommandCall(
        text(event, "channel", true),
        text(event, "user", true),
        optionalText(event, "name"),
        roles(event),
        text(event, "command", true),
        args);
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
    if (!post.followUps().isEmpty()) {
      reply.put("choices", post.followUps().stream().map(FollowUp::label).toList());
    }
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
