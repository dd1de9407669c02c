package org.spreadcoach.discord.fake;

import java.util.List;
import java.util.Locale;

/**
 * The one server the fake Discord knows. Ids are fixed so that a test and the bot's config can name
 * the same channels and people.
 */
public final class FakeGuild {
  public static final String ID = "810000000000000001";

  /** The bot's user id, which is also its application id, as on Discord. */
  public static final String BOT_ID = "810000000000000002";

  public static final String BOT_NAME = "Spread Coach";

  /** A channel the bot's config sets to {@code ambient} with logging on. */
  public static final String AMBIENT = "810000000000000010";

  /** A channel config does not name: the bot answers there only when mentioned. */
  public static final String GENERAL = "810000000000000011";

  /** Where the test runs a co-coaching round. */
  public static final String ROUNDS = "810000000000000012";

  /** A direct-message channel between Carol and the bot; Discord sends no guild with it. */
  public static final String DM = "810000000000000030";

  public static final String FACILITATOR_ROLE = "810000000000000020";
  public static final String FACILITATOR_ROLE_NAME = "facilitator";

  public static final FakeUser ALICE =
      new FakeUser("810000000000000101", "alice", false, List.of(FACILITATOR_ROLE));
  public static final FakeUser BOB = new FakeUser("810000000000000102", "bob", false, List.of());
  public static final FakeUser CAROL =
      new FakeUser("810000000000000103", "carol", false, List.of());
  public static final FakeUser DAN = new FakeUser("810000000000000104", "dan", false, List.of());

  /** Another bot in the server, whose messages the coach must ignore. */
  public static final FakeUser OTHER_BOT =
      new FakeUser("810000000000000199", "rota-bot", true, List.of());

  /** The bot itself, as the author of a message (Discord echoes the bot's own messages). */
  public static final FakeUser SELF = new FakeUser(BOT_ID, BOT_NAME, true, List.of());

  public static final List<FakeUser> MEMBERS = List.of(SELF, ALICE, BOB, CAROL, DAN, OTHER_BOT);
  public static final List<String> TEXT_CHANNELS = List.of(AMBIENT, GENERAL, ROUNDS);

  private FakeGuild() {}

  /**
   * A member of the server.
   *
   * @param roles role ids (not names), as Discord sends them
   */
  public record FakeUser(String id, String name, boolean bot, List<String> roles) {
    public FakeUser {
      roles = List.copyOf(roles);
    }

    /** The display name Discord sends as {@code global_name}: "Bob" for username "bob". */
    public String globalName() {
      return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
  }
}
