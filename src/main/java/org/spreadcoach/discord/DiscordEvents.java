package org.spreadcoach.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.FollowUpCall;

/** Maps Javacord's events to the core's records. Stateless. */
final class DiscordEvents {
  private DiscordEvents() {}

  /**
   * A message as the core sees it.
   *
   * @param botId the bot's own user id, to tell whether it is mentioned
   */
  static ChatMessage toMessage(
      Message message, MessageAuthor author, Optional<Server> server, long botId) {
    String userId = author.getIdAsString();
    Set<String> roles =
        author.asUser().flatMap(u -> server.map(s -> roleNames(s, u))).orElse(Set.of());
    boolean mentioned =
        message.getMentionedUsers().stream().anyMatch(u -> u.getId() == botId)
            || mentionsById(message.getContent(), botId);
    String text = stripMention(message.getContent(), botId);
    return new ChatMessage(
        message.getChannel().getIdAsString(),
        userId,
        author.asUser().map(u -> displayName(u, server)).orElseGet(author::getName),
        roles,
        text,
        mentioned,
        server.isEmpty());
  }

  /**
   * A slash command as the core sees it: {@code /round start topic:x} becomes command {@code
   * round}, {@code sub=start}, {@code topic=x}; a user option becomes the user's id.
   */
  static CommandCall toCall(SlashCommandInteraction interaction) {
    String[] name = interaction.getFullCommandName().split(" ", -1);
    Map<String, String> args = new LinkedHashMap<>();
    if (name.length > 1) {
      args.put("sub", name[name.length - 1]);
    }
    for (SlashCommandInteractionOption option : interaction.getArguments()) {
      value(option).ifPresent(v -> args.put(option.getName(), v));
    }
    User user = interaction.getUser();
    Set<String> roles = interaction.getServer().map(s -> roleNames(s, user)).orElse(Set.of());
    String channel =
        interaction.getChannel().map(c -> c.getIdAsString()).orElse(user.getIdAsString());
    return new CommandCall(
        channel,
        user.getIdAsString(),
        displayName(user, interaction.getServer()),
        roles,
        name[0],
        args);
  }

  /** A button the bot put under a post, pressed: the follow-up its id names. */
  static FollowUpCall toFollowUp(ButtonInteraction interaction) {
    User user = interaction.getUser();
    Set<String> roles = interaction.getServer().map(s -> roleNames(s, user)).orElse(Set.of());
    String channel =
        interaction.getChannel().map(c -> c.getIdAsString()).orElse(user.getIdAsString());
    return new FollowUpCall(
        channel,
        user.getIdAsString(),
        displayName(user, interaction.getServer()),
        roles,
        interaction.getCustomId());
  }

  /**
   * How the bot names a person: their nickname in the server, else their username. Never Javacord's
   * discriminated name: Discord has dropped discriminators, and Javacord 3.8.0 would print
   * "alice#0". Discord's display name ({@code global_name}) comes between the two, but Javacord
   * 3.8.0 does not read it; where the bot shows a person on Discord it writes a mention, which
   * Discord renders with whatever name that person goes by.
   */
  static String displayName(User user, Optional<Server> server) {
    return server.flatMap(user::getNickname).filter(n -> !n.isBlank()).orElseGet(user::getName);
  }

  private static Optional<String> value(SlashCommandInteractionOption option) {
    Optional<User> user = option.getUserValue();
    if (user.isPresent()) {
      return Optional.of(user.get().getIdAsString());
    }
    return option.getStringRepresentationValue();
  }

  static Set<String> roleNames(Server server, User user) {
    List<Role> roles = server.getRoles(user);
    return roles.stream().map(Role::getName).collect(Collectors.toUnmodifiableSet());
  }

  private static boolean mentionsById(String content, long botId) {
    return content.contains("<@" + botId + ">") || content.contains("<@!" + botId + ">");
  }

  private static String stripMention(String content, long botId) {
    return content.replaceAll("<@!?" + Pattern.quote(Long.toString(botId)) + ">", " ").strip();
  }
}
