package org.spreadcoach.chat;

import java.util.Set;
import java.util.TreeSet;

/**
 * The role names behind {@link Access}, read once from config, and the one wording of a refusal,
 * so every restricted subcommand checks and explains roles the same way.
 *
 * @param facilitators role names that may run facilitator subcommands
 * @param maintainers role names that may run maintainer subcommands
 */
public record AccessRoles(Set<String> facilitators, Set<String> maintainers) {

  public AccessRoles {
    facilitators = Set.copyOf(facilitators);
    maintainers = Set.copyOf(maintainers);
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
    return "Only " + who + " (roles: " + String.join(", ", names) + ") can use `" + command
        + "`.";
  }
}
