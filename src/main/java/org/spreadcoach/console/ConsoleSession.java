package org.spreadcoach.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spreadcoach.chat.ChatHandler;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.FollowUp;
import org.spreadcoach.chat.FollowUpCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;

/**
 * A terminal chat with the bot, as one user in one channel.
 *
 * <p>By default a person at a terminal is talking <em>to</em> the coach, so every line is
 * addressed, as in a direct message. With {@code ambient} the session simulates an ambient channel
 * instead, for maintainers who want to see what a channel would do: lines are chatter unless they
 * start with {@code @coach}, and every silence is explained in words.
 *
 * <p>{@code /commands} work as on Discord; {@code /as USER [ROLES]} switches who is typing (to try
 * a co-coaching round alone); {@code /quit} ends.
 */
public final class ConsoleSession {
  /** What the person types before each line, when the session shows a prompt. */
  static final String PROMPT = "you> ";

  static final String AS_USAGE =
      "Usage: /as USER [ROLES], e.g. `/as alex` or `/as sam facilitator,maintainer`: switches who"
          + " is typing, so one person can try a round.";
  private static final Pattern CHOICE = Pattern.compile("\\d{1,2}");
  private static final Pattern MENTION =
      Pattern.compile("^@(coach|bot|spreadcoach)\\b[,:]?\\s*", Pattern.CASE_INSENSITIVE);

  private final ChatHandler bot;
  private final SlashCommandParser parser;
  private final String channel;
  private final boolean ambient;
  private final boolean prompt;
  private String user;
  private List<FollowUp> offered = List.of();
  private Set<String> roles;

  /**
   * @param ambient simulate an ambient channel instead of talking to the coach directly
   * @param prompt show {@value #PROMPT} before each line (for a person at a terminal; not when
   *     lines are piped in)
   */
  public ConsoleSession(
      ChatHandler bot,
      String channel,
      String user,
      Set<String> roles,
      boolean ambient,
      boolean prompt) {
    this.bot = bot;
    this.parser = new SlashCommandParser(bot.commands());
    this.channel = channel;
    this.user = user;
    this.roles = Set.copyOf(roles);
    this.ambient = ambient;
    this.prompt = prompt;
  }

  /** Reads lines until end of input or {@code /quit}. */
  public void run(BufferedReader in, PrintWriter out) throws IOException {
    out.println(greeting());
    showPrompt(out);
    String line;
    while ((line = in.readLine()) != null) {
      String text = line.strip();
      if (text.equalsIgnoreCase("/quit") || text.equalsIgnoreCase("/exit")) {
        break;
      }
      if (!text.isEmpty()) {
        Outcome outcome = handle(text);
        remember(outcome.posts());
        show(out, outcome);
      }
      showPrompt(out);
    }
  }

  private String greeting() {
    String common =
        " /coach principles lists the principles; /round start topic:... "
            + "spreader:... runs a co-coaching round; /as NAME [roles] switches who is typing; "
            + "/quit leaves.";
    if (ambient) {
      return "Spread Coach console, simulating the ambient channel #"
          + channel
          + " as '"
          + user
          + "': I answer unprompted only confident questions about spreading a change, at most "
          + "once per cooldown; start a line with @coach to mention me. When I stay quiet I say "
          + "why."
          + common;
    }
    return "Spread Coach console: you are '"
        + user
        + "', talking to the coach directly. Ask how "
        + "to spread your change, e.g. \"how do I get other wards to adopt our pathway?\"."
        + common;
  }

  private void showPrompt(PrintWriter out) {
    if (prompt) {
      out.print(PROMPT);
    }
    out.flush();
  }

  /** The choices under the last reply that offered any; a typed number picks one. */
  private void remember(List<Post> posts) {
    List<FollowUp> choices = posts.stream().flatMap(p -> p.followUps().stream()).toList();
    if (!choices.isEmpty()) {
      offered = choices;
    }
  }

  /** Handles one typed line. */
  Outcome handle(String text) {
    if (CHOICE.matcher(text).matches() && !offered.isEmpty()) {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= offered.size()) {
        return bot.onFollowUp(
            new FollowUpCall(channel, user, user, roles, offered.get(n - 1).key()));
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("/as") || lower.startsWith("/as ")) {
      return switchUser(text.substring(3).strip());
    }
    var command = parser.parse(text);
    if (command.isPresent()) {
      return bot.onCommand(
          new CommandCall(
              channel, user, user, roles, command.get().command(), command.get().args()));
    }
    var mention = MENTION.matcher(text);
    boolean mentioned = mention.find();
    String body = mentioned ? text.substring(mention.end()) : text;
    // Outside the channel simulation every line is a direct message to the coach.
    return bot.onMessage(
        new ChatMessage(
            channel, user, user, new LinkedHashSet<>(roles), body, mentioned, !ambient));
  }

  private Outcome switchUser(String args) {
    if (args.isEmpty()) {
      return Outcome.refused(channel, AS_USAGE);
    }
    String[] parts = args.split("\\s+", -1);
    user = parts[0];
    roles =
        parts.length > 1
            ? Arrays.stream(parts[1].split(",", -1))
                .filter(r -> !r.isBlank())
                .collect(Collectors.toUnmodifiableSet())
            : Set.of();
    return Outcome.done(
        Post.plain(
            channel,
            "(you are now '"
                + user
                + "'"
                + (roles.isEmpty() ? "" : " with roles " + String.join(",", roles))
                + ")"));
  }

  /**
   * Prints posts the bot makes because time passed (round timers), between the person's lines; the
   * prompt, if any, is shown again after them.
   */
  public void showTimed(PrintWriter out, List<Post> posts) {
    if (posts.isEmpty()) {
      return;
    }
    if (prompt) {
      out.println();
    }
    show(out, posts);
    showPrompt(out);
  }

  private static void show(PrintWriter out, List<Post> posts) {
    for (Post post : posts) {
      out.println("coach> " + post.text().replace("\n", "\n       "));
      int choices = post.followUps().size();
      if (choices > 0) {
        out.println("       (type a number from 1 to " + choices + " to choose)");
      }
    }
    out.flush();
  }

  private static void show(PrintWriter out, Outcome outcome) {
    if (outcome.posts().isEmpty() && outcome.silence() != null) {
      out.println(
          "       (I'd stay quiet here: "
              + (outcome.why() != null
                  ? outcome.why()
                  : outcome.silence().wireName().replace('_', ' '))
              + ")");
    }
    show(out, outcome.posts());
  }
}
