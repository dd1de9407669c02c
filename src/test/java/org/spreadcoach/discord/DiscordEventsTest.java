package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.junit.jupiter.api.Test;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.FollowUpCall;

/** Javacord events, as mocks, mapped to the core's records. */
class DiscordEventsTest {
  private static final long BOT = 42L;
  private static final long AUTHOR = 1001L;
  private static final long CHANNEL = 555L;

  private final Server server = mock(Server.class);
  private final User user = user(AUTHOR, "carol");

  @Test
  void aMentionOfTheBotAddressesItAndIsStrippedFromTheText() {
    ChatMessage chat =
        map("<@42> how do I spread our pathway?", List.of(user(BOT, "coach")), Optional.of(server));

    assertThat(chat.mentioned()).isTrue();
    assertThat(chat.addressed()).isTrue();
    assertThat(chat.text()).isEqualTo("how do I spread our pathway?");
  }

  @Test
  void aNicknameMentionInTheTextAloneCountsToo() {
    // Discord lists mentions beside the text, but a message edited or relayed may lack the list.
    ChatMessage chat = map("thanks <@!42>", List.of(), Optional.of(server));

    assertThat(chat.mentioned()).isTrue();
    assertThat(chat.text()).isEqualTo("thanks");
  }

  @Test
  void mentioningSomeoneElseDoesNotAddressTheBotAndKeepsTheText() {
    ChatMessage chat =
        map("<@7> how do I spread this?", List.of(user(7, "dan")), Optional.of(server));

    assertThat(chat.mentioned()).isFalse();
    assertThat(chat.addressed()).isFalse();
    assertThat(chat.text()).isEqualTo("<@7> how do I spread this?");
  }

  @Test
  void aServerMessageCarriesTheAuthorsRoleNamesChannelAndId() {
    List<Role> roles = List.of(role("facilitator"), role("@everyone"));
    when(server.getRoles(user)).thenReturn(roles);

    ChatMessage chat = map("hello", List.of(), Optional.of(server));

    assertThat(chat.roles()).containsExactlyInAnyOrder("facilitator", "@everyone");
    assertThat(chat.channel()).isEqualTo("555");
    assertThat(chat.user()).isEqualTo("1001");
    assertThat(chat.name()).isEqualTo("carol");
    assertThat(chat.direct()).isFalse();
  }

  @Test
  void aPersonIsNamedByTheirServerNicknameElseTheirUsernameNeverWithADiscriminator() {
    // Javacord 3.8.0 renders usernames without a discriminator as "carol#0".
    when(user.getDiscriminator()).thenReturn("0");
    when(user.getDiscriminatedName()).thenReturn("carol#0");

    assertThat(map("hello", List.of(), Optional.empty()).name()).isEqualTo("carol");
    assertThat(map("hello", List.of(), Optional.of(server)).name()).isEqualTo("carol");

    when(user.getNickname(server)).thenReturn(Optional.of("Carol (falls lead)"));
    assertThat(map("hello", List.of(), Optional.of(server)).name()).isEqualTo("Carol (falls lead)");
    SlashCommandInteraction command = interaction("coach principles");
    when(command.getServer()).thenReturn(Optional.of(server));
    assertThat(DiscordEvents.toCall(command).name()).isEqualTo("Carol (falls lead)");
    ButtonInteraction button = mock(ButtonInteraction.class);
    when(button.getUser()).thenReturn(user);
    when(button.getServer()).thenReturn(Optional.of(server));
    when(button.getCustomId()).thenReturn("coach:focus:networks:ref");
    TextChannel channel = channel();
    when(button.getChannel()).thenReturn(Optional.of(channel));
    FollowUpCall pick = DiscordEvents.toFollowUp(button);
    assertThat(pick.name()).isEqualTo("Carol (falls lead)");
    assertThat(pick.key()).isEqualTo("coach:focus:networks:ref");
    assertThat(pick.channel()).isEqualTo("555");
  }

  @Test
  void aDirectMessageHasNoServerSoItIsDirectWithNoRoles() {
    ChatMessage chat = map("how do I spread this?", List.of(), Optional.empty());

    assertThat(chat.direct()).isTrue();
    assertThat(chat.addressed()).isTrue();
    assertThat(chat.roles()).isEmpty();
  }

  @Test
  void aSubcommandBecomesSubAndAUserOptionBecomesTheUsersId() {
    SlashCommandInteraction interaction =
        interaction(
            "round start",
            option("topic", "falls framework", null),
            option("spreader", "<@104>", user(104, "dan")),
            option("minutes", "10", null));
    when(interaction.getServer()).thenReturn(Optional.of(server));
    List<Role> roles = List.of(role("facilitator"));
    when(server.getRoles(user)).thenReturn(roles);

    CommandCall call = DiscordEvents.toCall(interaction);

    assertThat(call.command()).isEqualTo("round");
    assertThat(call.sub()).isEqualTo("start");
    assertThat(call.args())
        .containsOnly(
            entry("sub", "start"),
            entry("topic", "falls framework"),
            entry("spreader", "104"),
            entry("minutes", "10"));
    assertThat(call.roles()).containsExactly("facilitator");
    assertThat(call.channel()).isEqualTo("555");
    assertThat(call.user()).isEqualTo("1001");
  }

  @Test
  void aCommandWithoutASubcommandHasNoSub() {
    SlashCommandInteraction interaction =
        interaction("coach", option("question", "how do I spread this?", null));
    when(interaction.getServer()).thenReturn(Optional.of(server));

    CommandCall call = DiscordEvents.toCall(interaction);

    assertThat(call.command()).isEqualTo("coach");
    assertThat(call.args())
        .doesNotContainKey("sub")
        .containsEntry("question", "how do I spread this?");
  }

  @Test
  void aCommandInADirectMessageWithNoChannelIsAnsweredToTheCaller() {
    SlashCommandInteraction interaction = interaction("privacy status");
    when(interaction.getServer()).thenReturn(Optional.empty());
    when(interaction.getChannel()).thenReturn(Optional.empty());

    CommandCall call = DiscordEvents.toCall(interaction);

    assertThat(call.roles()).isEmpty();
    assertThat(call.channel()).isEqualTo("1001");
  }

  private ChatMessage map(String content, List<User> mentions, Optional<Server> where) {
    Message message = mock(Message.class);
    when(message.getContent()).thenReturn(content);
    when(message.getMentionedUsers()).thenReturn(mentions);
    TextChannel channel = channel();
    when(message.getChannel()).thenReturn(channel);
    MessageAuthor author = mock(MessageAuthor.class);
    when(author.getIdAsString()).thenReturn(Long.toString(AUTHOR));
    when(author.asUser()).thenReturn(Optional.of(user));
    when(author.getDisplayName()).thenReturn("carol#0"); // not what the bot should ask for
    return DiscordEvents.toMessage(message, author, where, BOT);
  }

  private SlashCommandInteraction interaction(
      String fullName, SlashCommandInteractionOption... options) {
    SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
    when(interaction.getFullCommandName()).thenReturn(fullName);
    when(interaction.getArguments()).thenReturn(List.of(options));
    when(interaction.getUser()).thenReturn(user);
    TextChannel channel = channel();
    when(interaction.getChannel()).thenReturn(Optional.of(channel));
    return interaction;
  }

  private static SlashCommandInteractionOption option(String name, String text, User value) {
    SlashCommandInteractionOption option = mock(SlashCommandInteractionOption.class);
    when(option.getName()).thenReturn(name);
    when(option.getStringRepresentationValue()).thenReturn(Optional.of(text));
    when(option.getUserValue()).thenReturn(Optional.ofNullable(value));
    return option;
  }

  private static TextChannel channel() {
    TextChannel channel = mock(TextChannel.class);
    when(channel.getIdAsString()).thenReturn(Long.toString(CHANNEL));
    return channel;
  }

  private static User user(long id, String name) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    when(user.getIdAsString()).thenReturn(Long.toString(id));
    when(user.getName()).thenReturn(name);
    return user;
  }

  private static Role role(String name) {
    Role role = mock(Role.class);
    when(role.getName()).thenReturn(name);
    return role;
  }
}
