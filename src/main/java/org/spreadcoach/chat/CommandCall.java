package org.spreadcoach.chat;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A slash command (or its console and replay equivalents).
 *
 * @param channel where it was invoked
 * @param user platform user id
 * @param name display name
 * @param roles the caller's role names
 * @param command top-level name, such as {@code coach} or {@code round}
 * @param args named options; the subcommand, when there is one, is under {@code sub}. Once the
 *     {@link CommandDispatcher} has checked a call, values are in canonical form
 */
public record CommandCall(
    String channel,
    String user,
    String name,
    Set<String> roles,
    String command,
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

  /** A whole-number option, as the dispatcher checked it; empty when not given. */
  public OptionalLong wholeNumber(String key) {
    Optional<String> value = arg(key);
    return value.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.get()));
  }

  /** A boolean option, as the dispatcher normalised it; {@code absent} when not given. */
  public boolean flag(String key, boolean absent) {
    return arg(key).map(Boolean::parseBoolean).orElse(absent);
  }
}
