package org.spreadcoach.intents;

import java.util.List;
import java.util.stream.Collectors;
import org.spreadcoach.yaml.Problem;

/** The intent files have problems; the message lists each as {@code file:line: message}. */
public final class InvalidIntentsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InvalidIntentsException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in the intent files:\n"
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
