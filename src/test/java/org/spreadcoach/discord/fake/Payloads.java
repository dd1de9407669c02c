package org.spreadcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import org.spreadcoach.discord.fake.FakeGuild.FakeUser;

/**
 * The JSON the fake Discord sends: gateway dispatches and REST answers, with exactly the fields
 * Javacord 3.8.0 reads (a missing required field throws inside Javacord, and then a server stays
 * unavailable or an event is lost without a word). See /work/shared/FAKE-DISCORD.md.
 */
public final class Payloads {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TIMESTAMP = "2026-01-05T09:00:00.000000+00:00";

  private Payloads() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ObjectNode user(FakeUser u) {
    // Discord's usernames have no discriminator any more ("0"); the name people see is global_name.
    ObjectNode user =
        object()
            .put("id", u.id())
            .put("username", u.name())
            .put("discriminator", "0")
            .put("global_name", u.globalName());
    user.putNull("avatar");
    if (u.bot()) {
      user.put("bot", true);
    }
    return user;
  }

  /** A guild member without its user, as in a message's {@code member} field. */
  static ObjectNode partialMember(FakeUser u) {
    ObjectNode member = object().put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false);
    ArrayNode roles = member.putArray("roles");
    u.roles().forEach(roles::add);
    return member;
  }

  static ObjectNode member(FakeUser u) {
    ObjectNode member = partialMember(u);
    member.set("user", user(u));
    return member;
  }

  static ObjectNode ready(String sessionId, String resumeUrl) {
    ObjectNode d =
        object().put("v", 10).put("session_id", sessionId).put("resume_gateway_url", resumeUrl);
    d.set("user", user(FakeGuild.SELF));
    d.putArray("guilds").addObject().put("id", FakeGuild.ID).put("unavailable", true);
    d.putObject("application").put("id", FakeGuild.BOT_ID).put("flags", 0);
    return d;
  }

  static ObjectNode guildCreate() {
    ObjectNode g =
        object()
            .put("id", FakeGuild.ID)
            .put("name", "Falls Collaborative")
            .put("region", "europe")
            .put("large", false)
            .put("member_count", FakeGuild.MEMBERS.size())
            .put("owner_id", FakeGuild.ALICE.id())
            .put("verification_level", 0)
            .put("explicit_content_filter", 0)
            .put("default_message_notifications", 1)
            .put("mfa_level", 0)
            .put("premium_tier", 0)
            .put("nsfw_level", 0)
            .put("preferred_locale", "en-GB")
            .put("unavailable", false)
            .put("joined_at", TIMESTAMP);
    g.putArray("features");
    ArrayNode roles = g.putArray("roles");
    roles.add(role(FakeGuild.ID, "@everyone", 0));
    roles.add(role(FakeGuild.FACILITATOR_ROLE, FakeGuild.FACILITATOR_ROLE_NAME, 1));
    ArrayNode channels = g.putArray("channels");
    int position = 0;
    for (String id : FakeGuild.TEXT_CHANNELS) {
      channels
          .addObject()
          .put("id", id)
          .put("name", "channel-" + position)
          .put("type", 0)
          .put("position", position++)
          .put("nsfw", false)
          .putArray("permission_overwrites");
    }
    ArrayNode members = g.putArray("members");
    FakeGuild.MEMBERS.forEach(m -> members.add(member(m)));
    g.putArray("threads");
    g.putArray("voice_states");
    g.putArray("presences");
    g.putArray("emojis");
    g.putArray("stickers");
    return g;
  }

  private static ObjectNode role(String id, String name, int position) {
    return object()
        .put("id", id)
        .put("name", name)
        .put("position", position)
        .put("color", 0)
        .put("hoist", false)
        .put("mentionable", false)
        .put("permissions", "1071698660929")
        .put("managed", false);
  }

  /**
   * A MESSAGE_CREATE. A null {@code guildId} makes it a direct message.
   *
   * @param mentions users the message mentions (Discord lists them beside the {@code <@id>} text)
   */
  static ObjectNode message(
      String id,
      String channel,
      String guildId,
      FakeUser author,
      String content,
      List<FakeUser> mentions) {
    ObjectNode m =
        object()
            .put("id", id)
            .put("type", 0)
            .put("channel_id", channel)
            .put("content", content)
            .put("timestamp", TIMESTAMP)
            .put("pinned", false)
            .put("tts", false)
            .put("mention_everyone", false);
    m.putNull("edited_timestamp");
    m.set("author", user(author));
    if (guildId != null) {
      m.put("guild_id", guildId);
      m.set("member", partialMember(author));
    }
    ArrayNode mentioned = m.putArray("mentions");
    mentions.forEach(u -> mentioned.add(user(u)));
    m.putArray("mention_roles");
    m.putArray("attachments");
    m.putArray("embeds");
    m.putArray("components");
    return m;
  }

  /**
   * The message object Discord answers a bot's post with: the bot's text and buttons, under a new
   * id.
   */
  static ObjectNode sentMessage(String id, String channel, String guildId, JsonNode request) {
    String content =
        request != null && request.hasNonNull("content") ? request.get("content").asText() : "";
    ObjectNode m = message(id, channel, guildId, FakeGuild.SELF, content, List.of());
    if (request != null && request.path("components").isArray()) {
      m.set("components", request.get("components").deepCopy());
    }
    return m;
  }

  /**
   * A message built with Components V2, as other apps now post them: no content, flag {@code
   * IS_COMPONENTS_V2} (1 << 15), and the text in a Text Display (type 10) inside a Container (type
   * 17), component types Javacord 3.8.0 does not know.
   */
  static ObjectNode componentsV2(String id, String channel, FakeUser author, String text) {
    ObjectNode m = message(id, channel, FakeGuild.ID, author, "", List.of()).put("flags", 1 << 15);
    ArrayNode components = m.putArray("components");
    ObjectNode container = components.addObject().put("type", 17).put("id", 1);
    container.putNull("accent_color");
    container.putArray("components").addObject().put("type", 10).put("id", 2).put("content", text);
    return m;
  }

  /**
   * A forwarded message: no content of its own, a message reference of type 1 (forward) and the
   * forwarded message in {@code message_snapshots}, with flag {@code HAS_SNAPSHOT} (1 << 14).
   */
  static ObjectNode forwarded(String id, String channel, FakeUser author, String text) {
    ObjectNode m = message(id, channel, FakeGuild.ID, author, "", List.of()).put("flags", 1 << 14);
    m.putObject("message_reference")
        .put("type", 1)
        .put("message_id", "810000000000000900")
        .put("channel_id", "810000000000000901")
        .put("guild_id", "810000000000000902");
    ObjectNode snapshot = m.putArray("message_snapshots").addObject().putObject("message");
    snapshot
        .put("type", 0)
        .put("content", text)
        .put("timestamp", TIMESTAMP)
        .put("flags", 0)
        .putNull("edited_timestamp");
    snapshot.putArray("embeds");
    snapshot.putArray("attachments");
    snapshot.putArray("mentions");
    snapshot.putArray("mention_roles");
    return m;
  }

  /** A poll: no content, the question and answers in {@code poll}. */
  static ObjectNode poll(
      String id, String channel, FakeUser author, String question, List<String> answers) {
    ObjectNode m = message(id, channel, FakeGuild.ID, author, "", List.of());
    ObjectNode poll = m.putObject("poll");
    poll.putObject("question").put("text", question);
    ArrayNode options = poll.putArray("answers");
    for (int i = 0; i < answers.size(); i++) {
      options
          .addObject()
          .put("answer_id", i + 1)
          .putObject("poll_media")
          .put("text", answers.get(i));
    }
    poll.put("expiry", TIMESTAMP).put("allow_multiselect", false).put("layout_type", 1);
    return m;
  }

  /** A message of a type Javacord 3.8.0 does not know (it knows 0 to 23). */
  static ObjectNode ofType(int type, String id, String channel, FakeUser author, String content) {
    ObjectNode m = message(id, channel, FakeGuild.ID, author, content, List.of()).put("type", type);
    m.putArray("embeds").addObject().put("type", "rich").put("description", content);
    return m;
  }

  /** A MESSAGE_UPDATE with only some fields, for a message Javacord has not cached. */
  static ObjectNode partialUpdate(String id, String channel, String text) {
    ObjectNode m = object().put("id", id).put("channel_id", channel).put("guild_id", FakeGuild.ID);
    m.putArray("embeds").addObject().put("type", "rich").put("description", text);
    return m;
  }

  /**
   * AUTO_MODERATION_ACTION_EXECUTION, a dispatch Javacord 3.8.0 has no handler for: it carries the
   * text of the message that was blocked.
   */
  static ObjectNode autoModeration(String channel, FakeUser author, String text) {
    ObjectNode d =
        object()
            .put("guild_id", FakeGuild.ID)
            .put("rule_id", "810000000000000950")
            .put("rule_trigger_type", 1)
            .put("user_id", author.id())
            .put("channel_id", channel)
            .put("content", text)
            .put("matched_keyword", "nhs number")
            .put("matched_content", text);
    d.putObject("action").put("type", 1);
    return d;
  }

  /** MESSAGE_REACTION_ADD (with the member, as in a server) or MESSAGE_REACTION_REMOVE. */
  static ObjectNode reaction(
      String channel, String messageId, FakeUser user, String emoji, boolean added) {
    ObjectNode d =
        object()
            .put("user_id", user.id())
            .put("channel_id", channel)
            .put("message_id", messageId)
            .put("guild_id", FakeGuild.ID)
            .put("burst", false)
            .put("type", 0);
    d.putObject("emoji").putNull("id").put("name", emoji);
    if (added) {
      d.set("member", member(user));
    }
    return d;
  }

  /** The commands a bulk overwrite registered: what was sent, with the ids Discord adds. */
  static ArrayNode registered(JsonNode sent, String guild, Supplier<String> ids) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode command : sent) {
      ObjectNode c = command.deepCopy();
      c.put("id", ids.get())
          .put("application_id", FakeGuild.BOT_ID)
          .put("guild_id", guild)
          .put("version", ids.get())
          .put("type", 1);
      out.add(c);
    }
    return out;
  }

  /** A thread started from a message, as {@code POST .../messages/{id}/threads} answers. */
  static ObjectNode thread(String id, String parent, String name) {
    ObjectNode t =
        object()
            .put("id", id)
            .put("guild_id", FakeGuild.ID)
            .put("parent_id", parent)
            .put("owner_id", FakeGuild.BOT_ID)
            .put("name", name)
            .put("type", 11)
            .put("message_count", 0)
            .put("member_count", 1)
            .put("rate_limit_per_user", 0)
            .put("flags", 0);
    t.putObject("thread_metadata")
        .put("archived", false)
        .put("auto_archive_duration", 1440)
        .put("archive_timestamp", TIMESTAMP)
        .put("locked", false);
    return t;
  }

  static ObjectNode application() {
    ObjectNode app =
        object()
            .put("id", FakeGuild.BOT_ID)
            .put("name", FakeGuild.BOT_NAME)
            .put("description", "")
            .put("bot_public", false)
            .put("bot_require_code_grant", false)
            .put("flags", 0);
    app.putNull("team");
    app.putNull("icon");
    app.putObject("owner")
        .put("id", FakeGuild.ALICE.id())
        .put("username", "alice")
        .put("discriminator", "0");
    return app;
  }

  /**
   * An option of a slash command as Discord sends it.
   *
   * @param type Discord's option type: 3 string, 4 integer, 5 boolean, 6 user
   */
  public record Option(String name, int type, Object value) {
    public static Option text(String name, String value) {
      return new Option(name, 3, value);
    }

    public static Option user(String name, FakeUser value) {
      return new Option(name, 6, value.id());
    }

    public static Option number(String name, long value) {
      return new Option(name, 4, value);
    }
  }

  /** The fields every interaction in a server channel has. */
  private static ObjectNode interaction(
      String id, String token, int type, String channel, FakeUser caller) {
    ObjectNode i =
        object()
            .put("id", id)
            .put("application_id", FakeGuild.BOT_ID)
            .put("type", type)
            .put("token", token)
            .put("version", 1)
            .put("locale", "en-GB")
            .put("guild_locale", "en-GB")
            .put("guild_id", FakeGuild.ID)
            .put("channel_id", channel)
            .put("app_permissions", "1071698660929");
    i.set("member", member(caller));
    return i;
  }

  /**
   * An INTERACTION_CREATE of type 3 (message component) for a button (component type 2) on {@code
   * message}, the bot's message that carries it.
   */
  static ObjectNode buttonClick(
      String id, String token, String channel, FakeUser caller, JsonNode message, String customId) {
    ObjectNode i = interaction(id, token, 3, channel, caller);
    i.set("message", message.deepCopy());
    i.putObject("data").put("custom_id", customId).put("component_type", 2);
    return i;
  }

  /** An INTERACTION_CREATE for {@code /command sub option:value...} in a server channel. */
  static ObjectNode slashCommand(
      String id,
      String token,
      String channel,
      FakeUser caller,
      String command,
      String sub,
      List<Option> options,
      List<FakeUser> resolved) {
    ObjectNode i = interaction(id, token, 2, channel, caller);
    // The command's id does not matter to the bot, which goes by name.
    ObjectNode data = i.putObject("data").put("id", id).put("name", command).put("type", 1);
    ArrayNode top = data.putArray("options");
    ArrayNode args = top.addObject().put("name", sub).put("type", 1).putArray("options");
    for (Option o : options) {
      ObjectNode option = args.addObject().put("name", o.name()).put("type", o.type());
      option.set("value", JSON.valueToTree(o.value()));
    }
    if (!resolved.isEmpty()) {
      ObjectNode r = data.putObject("resolved");
      ObjectNode users = r.putObject("users");
      ObjectNode members = r.putObject("members");
      resolved.forEach(
          u -> {
            users.set(u.id(), user(u));
            members.set(u.id(), partialMember(u));
          });
    }
    return i;
  }
}
