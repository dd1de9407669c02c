package org.spreadcoach.yaml;

/** The text is not well-formed YAML; carries the problem with its line. */
public final class YamlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public YamlSyntaxException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
