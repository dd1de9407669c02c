package org.spreadcoach.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;

/**
 * A terminal chat with the bot. Lines are messages in one channel from one user; {@code @coach}
 * at the start mentions the bot; {@code /commands} work as on Discord; {@code /as USER [ROLES]}
 * switches who is typing (to try a co-coaching round alone); {@code /quit} ends.
 */
public final class ConsoleSession {
  /** Option names the console understands in slash commands. */
  public static final Set<String> OPTIONS = Set.of("question", "name", "topic", "spreader",
      "minutes", "store", "text", "anonymous", "id", "format", "query", "principle", "user");
  private static final Pattern MENTION = Pattern.compile("^@(coach|bot|spreadcoach)\\b[,:]?\\s*",
      Pattern.CASE_INSENSITIVE);

  private final ChatHandler bot;
  private final SlashCommandParser parser = new SlashCommandParser(OPTIONS);
  private final String channel;
  private String user;
  private Set<String> roles;

  public ConsoleSession(ChatHandler bot, String channel, String user, Set<String> roles) {
    this.bot = bot;
    this.channel = channel;
    this.user = user;
    this.roles = Set.copyOf(roles);
  }

  /** Reads lines until end of input or {@code /quit}. */
  public void run(BufferedReader in, PrintWriter out) throws IOException {
    out.println("Spread Coach console: you are '" + user + "' in #" + channel
        + ". Ask about spreading a change; start with @coach to mention me; /coach principles; "
        + "/as NAME [roles] to switch user; /quit to leave.");
    out.flush();
    String line;
    while ((line = in.readLine()) != null) {
      String text = line.strip();
      if (text.equalsIgnoreCase("/quit") || text.equalsIgnoreCase("/exit")) {
        break;
      }
      if (!text.isEmpty()) {
        show(out, handle(text));
      }
      out.flush();
    }
  }

  /** Handles one typed line. */
  Outcome handle(String text) {
    if (text.toLowerCase(Locale.ROOT).startsWith("/as ")) {
      String[] parts = text.substring(4).strip().split("\\s+");
      user = parts[0];
      roles = parts.length > 1 ? Set.of(parts[1].split(",")) : Set.of();
      return Outcome.done(Post.plain(channel, "(you are now '" + user + "'"
          + (roles.isEmpty() ? "" : " with roles " + String.join(",", roles)) + ")"));
    }
    var command = parser.parse(text);
    if (command.isPresent()) {
      return bot.onCommand(new CommandCall(channel, user, user, roles, command.get().command(),
          command.get().args()));
    }
    var mention = MENTION.matcher(text);
    boolean mentioned = mention.find();
    String body = mentioned ? text.substring(mention.end()) : text;
    return bot.onMessage(new ChatMessage(channel, user, user, new LinkedHashSet<>(roles), body,
        mentioned, false));
  }

  /** Prints posts the bot makes because time passed (round timers). */
  public static void show(PrintWriter out, List<Post> posts) {
    for (Post post : posts) {
      out.println("coach> " + post.text().replace("\n", "\n       "));
    }
    out.flush();
  }

  private static void show(PrintWriter out, Outcome outcome) {
    if (outcome.posts().isEmpty() && outcome.silence() != null) {
      out.println("       (silent: " + outcome.silence().wireName() + ")");
    }
    show(out, outcome.posts());
  }
}
