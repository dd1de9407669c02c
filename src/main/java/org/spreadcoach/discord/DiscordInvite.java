package org.spreadcoach.discord;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.javacord.api.entity.permission.PermissionType;

/**
 * The invite link that adds the bot to a server with exactly the permissions its features use, each
 * listed with the reason, so an operator can tell a server admin what they grant and why.
 */
public final class DiscordInvite {
  /** A permission the bot needs, and which feature needs it. */
  public record Need(PermissionType permission, String reason) {}

  /** What the features use; nothing more (no embeds, no managing, no mentions of everyone). */
  public static final List<Need> NEEDS =
      List.of(
          new Need(PermissionType.VIEW_CHANNEL, "see the channels it serves"),
          new Need(
              PermissionType.SEND_MESSAGES,
              "answer questions and post round rules, warnings " + "and summaries"),
          new Need(
              PermissionType.READ_MESSAGE_HISTORY,
              "reply to the message it answers, and read "
                  + "which of its replies a 👍 or 👎 was given to"),
          new Need(
              PermissionType.CREATE_PUBLIC_THREADS, "open a thread for each co-coaching round"),
          new Need(
              PermissionType.SEND_MESSAGES_IN_THREADS, "answer advice given in a round's thread"),
          new Need(
              PermissionType.USE_APPLICATION_COMMANDS,
              "offer /coach, /round, /privacy, /kb " + "and /admin"));

  /** The OAuth2 scopes: the bot user, and its slash commands. */
  public static final String SCOPES = "bot applications.commands";

  private DiscordInvite() {}

  /** The permissions integer of {@link #NEEDS}. */
  public static long permissions() {
    return NEEDS.stream().mapToLong(n -> n.permission().getValue()).reduce(0, (a, b) -> a | b);
  }

  /** The invite URL for the application {@code clientId}. */
  public static String url(String clientId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + clientId
        + "&scope="
        + SCOPES.replace(" ", "%20")
        + "&permissions="
        + permissions();
  }

  /**
   * The application id a bot token belongs to: a token's first part is the bot's user id in base64,
   * and a bot's user id is its application's id. Empty when the token does not look like one. Only
   * the id is read; the token itself goes nowhere.
   */
  public static Optional<String> clientIdFromToken(String token) {
    if (token == null) {
      return Optional.empty();
    }
    String first = token.strip();
    int dot = first.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String id =
          new String(
              Base64.getDecoder()
                  .decode(pad(first.substring(0, dot).replace('-', '+').replace('_', '/'))),
              StandardCharsets.US_ASCII);
      return id.matches("\\d{15,22}") ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String pad(String base64) {
    return base64 + "=".repeat((4 - base64.length() % 4) % 4);
  }
}
