package org.spreadcoach.chat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * Which chat roles may run the privileged commands (section {@code roles}), and the one wording of
 * a refusal: the dispatcher checks every restricted subcommand against it, so role names are
 * configured, checked and explained in one place.
 *
 * @param facilitators role names that may start, close and export co-coaching rounds
 * @param maintainers role names that may search the knowledge base and reload intents
 */
public record RolesSettings(Set<String> facilitators, Set<String> maintainers) {

  public static final Key<List<String>> FACILITATORS =
      Key.textList(
          "roles.facilitators",
          List.of("facilitator"),
          "role names that may start and close co-coaching rounds");
  public static final Key<List<String>> MAINTAINERS =
      Key.textList(
          "roles.maintainers",
          List.of("maintainer"),
          "role names that may search the knowledge base and reload intents");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(FACILITATORS, MAINTAINERS);

  public RolesSettings {
    facilitators = Set.copyOf(facilitators);
    maintainers = Set.copyOf(maintainers);
  }

  /** The settings {@code config} holds. */
  public static RolesSettings from(Config config) {
    return new RolesSettings(
        Set.copyOf(config.get(FACILITATORS)), Set.copyOf(config.get(MAINTAINERS)));
  }

  /** Whether someone with {@code roles} may run a subcommand declared with {@code access}. */
  public boolean allows(Access access, Set<String> roles) {
    return switch (access) {
      case ANYONE -> true;
      case FACILITATORS -> roles.stream().anyMatch(facilitators::contains);
      case MAINTAINERS -> roles.stream().anyMatch(maintainers::contains);
    };
  }

  /**
   * Why someone may not run {@code command}: "Only facilitators (roles: facilitator) can use
   * `/round start`."
   */
  public String refusal(Access access, String command) {
    Set<String> names = new TreeSet<>(access == Access.MAINTAINERS ? maintainers : facilitators);
    String who = access == Access.MAINTAINERS ? "maintainers" : "facilitators";
    return "Only " + who + " (roles: " + String.join(", ", names) + ") can use `" + command + "`.";
  }
}
