package org.spreadcoach.intents;

import java.util.List;
import org.spreadcoach.yaml.Problem;

/**
 * What loading an intents directory gave: a catalogue when there was no problem, otherwise every
 * problem found, in the order the loader reports them (files it could not read first, then by file
 * and line).
 *
 * @param warnings what deserves a maintainer's look without stopping the load, such as coaching
 *     prompts that nearly repeat each other
 */
public record LoadResult(IntentCatalog catalog, List<Problem> problems, List<Problem> warnings) {

  public LoadResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** A result without warnings. */
  public LoadResult(IntentCatalog catalog, List<Problem> problems) {
    this(catalog, problems, List.of());
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** The catalogue, or an exception whose message lists every problem. */
  public IntentCatalog orThrow() {
    if (!ok()) {
      throw new InvalidIntentsException(problems);
    }
    return catalog;
  }
}
