package org.spreadcoach.review.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.evaluation.IntentEvaluator;
import org.spreadcoach.evaluation.OpenWorld;
import org.spreadcoach.intents.DevSample;
import org.spreadcoach.intents.DevSetReader;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentLoader;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.intents.Utterances;
import org.spreadcoach.intents.edit.EditException;
import org.spreadcoach.intents.edit.ExampleAppender;
import org.spreadcoach.kb.ReviewStore;
import org.spreadcoach.kb.ReviewStore.Decision;

/**
 * Apply: appends the decided examples to a copy of the intent files, validates and evaluates the
 * copy against the files as they are (cross-validation, development and check sets, the open
 * world), and on confirmation writes the same text to the real files, which a running bot reloads
 * by itself. Thread-safe: one apply at a time.
 */
public final class Retrainer {
  /** Cross-validation folds, as {@code intents eval} uses by default. */
  static final int FOLDS = 5;

  private final Path intentsDir;
  private final IntentEvaluator evaluator;
  private final OpenWorld openWorld;
  private final ReviewStore store;
  private final Clock clock;
  private String beforeKey;
  private EvaluationReport beforeReport;

  /**
   * @param openWorld everyday text for the open-world figure, or null to leave it out
   */
  public Retrainer(
      Path intentsDir,
      IntentEvaluator evaluator,
      OpenWorld openWorld,
      ReviewStore store,
      Clock clock) {
    this.intentsDir = intentsDir;
    this.evaluator = evaluator;
    this.openWorld = openWorld;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Evaluates the intent files as they are, so the first Apply has only the change to measure; run
   * in the background when the page starts.
   */
  public synchronized void measureCurrent() {
    LoadResult current = new IntentSource().load(intentsDir, true);
    if (current.ok()) {
      EvaluationReport unused = before(readIntentFiles(), current.catalog());
    }
  }

  /** Measures what applying the decided items would do; writes nothing to the intent files. */
  public synchronized ApplyPreview preview(List<Decided> items) {
    Map<Path, String> old = readIntentFiles();
    LoadResult current = new IntentSource().load(intentsDir, true);
    if (!current.ok()) {
      return failed(List.of(), problems(current, intentsDir));
    }
    IntentCatalog catalog = current.catalog();
    Set<String> known = new HashSet<>();
    catalog.intents().forEach(i -> i.examples().forEach(e -> known.add(Utterances.key(e))));
    catalog.outOfScope().forEach(e -> known.add(Utterances.key(e)));
    Map<Path, Map<String, List<String>>> byIntent = new LinkedHashMap<>();
    List<String> oosTexts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Decided item : items) {
      if (item.decision() == null || item.decision() == Decision.DISMISSED) {
        continue;
      }
      ids.addAll(item.messageIds());
      if (!known.add(item.key())) {
        skipped.add("'" + item.text() + "' is already in the intent files");
        continue;
      }
      if (item.decision() == Decision.OUT_OF_SCOPE) {
        oosTexts.add(item.text());
      } else {
        Intent intent = catalog.intent(item.intent()).orElse(null);
        if (intent == null) {
          problems.add("no intent '" + item.intent() + "' in " + intentsDir);
          continue;
        }
        Path file = intentsDir.resolve(Path.of(intent.file()).getFileName());
        byIntent
            .computeIfAbsent(file, f -> new LinkedHashMap<>())
            .computeIfAbsent(intent.id(), k -> new ArrayList<>())
            .add(item.text());
      }
    }
    Map<Path, String> updated = new LinkedHashMap<>();
    Map<String, List<String>> added = new LinkedHashMap<>();
    try {
      byIntent.forEach(
          (file, intents) ->
              intents.forEach(
                  (intent, texts) -> {
                    String text = updated.getOrDefault(file, old.get(file));
                    updated.put(
                        file,
                        ExampleAppender.appendExamples(
                            text, file.getFileName().toString(), intent, texts));
                    texts.forEach(t -> addedLine(added, file, t));
                  }));
      if (!oosTexts.isEmpty()) {
        Path file = outOfScopeFile(old);
        String text = updated.getOrDefault(file, old.get(file));
        updated.put(
            file, ExampleAppender.appendOutOfScope(text, file.getFileName().toString(), oosTexts));
        oosTexts.forEach(t -> addedLine(added, file, t));
      }
    } catch (EditException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      return failed(ids, problems);
    }
    EvaluationReport before = before(old, catalog);
    Path copy = copyWith(updated);
    try {
      LoadResult changed = new IntentSource().load(copy, true);
      EvaluationReport after = changed.ok() ? evaluate(changed.catalog(), copy) : null;
      return new ApplyPreview(
          added,
          updated,
          pick(old, updated),
          ids,
          skipped,
          changed.ok() ? List.of() : problems(changed, copy),
          before,
          after,
          after == null ? List.of() : EvalDelta.worse(before, after));
    } finally {
      deleteTree(copy);
    }
  }

  /**
   * Writes the previewed files and marks the decisions applied.
   *
   * @throws IllegalStateException when the preview cannot be saved or a file changed since
   */
  public synchronized void save(ApplyPreview preview) {
    if (!preview.valid()) {
      throw new IllegalStateException("this change does not validate; nothing was saved");
    }
    Map<Path, String> now = readIntentFiles();
    preview
        .oldContents()
        .forEach(
            (file, text) -> {
              if (!text.equals(now.get(file))) {
                throw new IllegalStateException(
                    file.getFileName()
                        + " changed since the preview; apply again to measure the change afresh");
              }
            });
    for (Map.Entry<Path, String> e : preview.newContents().entrySet()) {
      writeAtomically(e.getKey(), e.getValue());
    }
    store.markApplied(preview.messageIds(), clock.instant());
    beforeReport = preview.after();
    beforeKey = key(readIntentFiles());
  }

  private ApplyPreview failed(List<Long> ids, List<String> problems) {
    return new ApplyPreview(
        Map.of(), Map.of(), Map.of(), ids, List.of(), problems, null, null, List.of());
  }

  private static void addedLine(Map<String, List<String>> added, Path file, String text) {
    added.computeIfAbsent(file.getFileName().toString(), f -> new ArrayList<>()).add(text);
  }

  private static Map<Path, String> pick(Map<Path, String> old, Map<Path, String> updated) {
    Map<Path, String> out = new LinkedHashMap<>();
    updated.keySet().forEach(f -> out.put(f, old.get(f)));
    return out;
  }

  /** The evaluation of the files as they are, kept until they change. */
  private EvaluationReport before(Map<Path, String> files, IntentCatalog catalog) {
    String key = key(files);
    if (!key.equals(beforeKey)) {
      beforeReport = evaluate(catalog, intentsDir);
      beforeKey = key;
    }
    return beforeReport;
  }

  private EvaluationReport evaluate(IntentCatalog catalog, Path dir) {
    return evaluator.evaluate(
        catalog,
        FOLDS,
        labelled(dir.resolve(DevSetReader.DEFAULT_PATH), catalog),
        labelled(dir.resolve(DevSetReader.CHECK_PATH), catalog),
        openWorld);
  }

  private static List<DevSample> labelled(Path file, IntentCatalog catalog) {
    if (!Files.exists(file)) {
      return List.of();
    }
    DevSetReader.Result read = new DevSetReader().read(file, catalog);
    // A development set with problems is left out; `intents eval` names them.
    return read.problems().isEmpty() ? read.samples() : List.of();
  }

  /** The file holding the {@code outOfScope:} list: out-of-scope.yaml when there is one. */
  private Path outOfScopeFile(Map<Path, String> files) {
    Path preferred = intentsDir.resolve("out-of-scope.yaml");
    if (files.containsKey(preferred)) {
      return preferred;
    }
    return files.entrySet().stream()
        .filter(e -> e.getValue().lines().anyMatch(l -> l.startsWith("outOfScope:")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () -> new EditException(intentsDir + ": no intent file has an outOfScope: list"));
  }

  private Map<Path, String> readIntentFiles() {
    Map<Path, String> out = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(intentsDir)) {
      for (Path p : list.filter(IntentLoader::isIntentFile).sorted().toList()) {
        out.put(p, Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + intentsDir, e);
    }
    return out;
  }

  private static String key(Map<Path, String> files) {
    StringBuilder sb = new StringBuilder();
    files.forEach((p, t) -> sb.append(p).append('\0').append(t.hashCode()).append('\0'));
    return sb.toString();
  }

  /** A temporary copy of the intents directory (background and eval included) with the edits. */
  private Path copyWith(Map<Path, String> updated) {
    try {
      Path copy = Files.createTempDirectory("spreadcoach-review-");
      try (Stream<Path> walk = Files.walk(intentsDir)) {
        for (Path p : walk.toList()) {
          Path target = copy.resolve(intentsDir.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else if (Files.isRegularFile(p)) {
            String text = updated.get(p);
            if (text != null) {
              Files.writeString(target, text, StandardCharsets.UTF_8);
            } else {
              Files.copy(p, target);
            }
          }
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + intentsDir + " to measure the change", e);
    }
  }

  private static void writeAtomically(Path file, String text) {
    try {
      Path tmp = file.resolveSibling("." + file.getFileName() + ".review-tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary copy left behind is harmless.
    }
  }

  /** The problems, naming the real intents directory rather than the temporary copy. */
  private List<String> problems(LoadResult result, Path dir) {
    return result.problems().stream()
        .map(p -> p.toString().replace(dir.toString(), intentsDir.toString()))
        .toList();
  }
}
