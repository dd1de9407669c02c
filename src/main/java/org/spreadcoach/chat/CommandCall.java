package org.spreadcoach.chat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A slash command (or its console and replay equivalents).
 *
 * @param channel where it was invoked
 * @param user platform user id
 * @param name display name
 * @param roles the caller's role names
 * @param command top-level name, such as {@code coach} or {@code round}
 * @param args named options; the subcommand, when there is one, is under {@code sub}
 */
public record CommandCall(
    String channel, String user, String name, Set<String> roles, String command,
    Map<String, String> args) {

  public CommandCall {
    roles = Set.copyOf(roles);
    args = Map.copyOf(args);
  }

  public Optional<String> arg(String key) {
    String value = args.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String sub() {
    return arg("sub").orElse("");
  }

  public boolean hasRole(Set<String> wanted) {
    return roles.stream().anyMatch(wanted::contains);
  }
}
