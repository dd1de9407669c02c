package org.spreadcoach.config;

import java.util.List;

/**
 * The config cannot be used. The message is one sentence per problem, each naming the key and where
 * it was set ({@code file:line} or the environment variable), never a secret's value.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
