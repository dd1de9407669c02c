package org.spreadcoach.review.apply;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.spreadcoach.evaluation.EvaluationReport;

/**
 * What Apply would do, measured before anything is saved: the lines each intent file gains, the
 * evaluation before and after, and what got worse.
 *
 * @param added the lines added to each file, by file name
 * @param newContents each changed file's new text, by path
 * @param oldContents each changed file's text the preview was made from, by path
 * @param messageIds the messages whose decisions it applies
 * @param skipped texts not added, with why (already in the files)
 * @param problems validation problems of the changed files; non-empty means it cannot be saved
 * @param before the evaluation of the intent files as they are
 * @param after the evaluation with the examples added, or null when they do not validate
 * @param worse plain sentences on what got worse; non-empty asks for a second confirmation
 */
public record ApplyPreview(
    Map<String, List<String>> added,
    Map<Path, String> newContents,
    Map<Path, String> oldContents,
    List<Long> messageIds,
    List<String> skipped,
    List<String> problems,
    EvaluationReport before,
    EvaluationReport after,
    List<String> worse) {

  public ApplyPreview {
    added = Map.copyOf(added);
    newContents = Map.copyOf(newContents);
    oldContents = Map.copyOf(oldContents);
    messageIds = List.copyOf(messageIds);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
    worse = List.copyOf(worse);
  }

  /** Whether it can be saved at all. */
  public boolean valid() {
    return problems.isEmpty() && after != null;
  }
}
