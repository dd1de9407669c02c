package org.spreadcoach.intents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spreadcoach.yaml.Problem;

/**
 * Reads a development set: one message per line as {@code label<TAB>text}, where the label is a
 * principle id, {@code spread} or {@code oos}; {@code #} starts a comment line. The messages must
 * not also be training examples, or the figures would flatter the model.
 */
public final class DevSetReader {
  /** Where {@code intents eval} looks for the development set, inside the intents directory. */
  public static final String DEFAULT_PATH = "eval/dev.tsv";

  /** Where it looks for the check set: written apart from the intents, never tuned on. */
  public static final String CHECK_PATH = "eval/check.tsv";

  /** The messages and any problems; messages with problems are left out. */
  public record Result(List<DevSample> samples, List<Problem> problems) {}

  public Result read(Path file, IntentCatalog catalog) {
    List<Problem> problems = new ArrayList<>();
    List<DevSample> samples = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Result(
          List.of(),
          List.of(
              new Problem(
                  file.toString(),
                  0,
                  "cannot read the development set (" + e.getClass().getSimpleName() + ")")));
    }
    Set<String> labels = new TreeSet<>();
    catalog.principles().forEach(p -> labels.add(p.id()));
    labels.add(DevSample.SPREAD);
    labels.add(DevSample.OOS);
    Map<String, String> training = new HashMap<>();
    catalog
        .intents()
        .forEach(i -> i.examples().forEach(e -> training.put(CatalogChecks.key(e), i.id())));
    catalog.outOfScope().forEach(e -> training.put(CatalogChecks.key(e), "out of scope"));
    catalog.background().forEach(e -> training.put(CatalogChecks.key(e), "background corpus"));
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      String raw = lines.get(i);
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      int tab = raw.indexOf('\t');
      if (tab < 0) {
        problems.add(new Problem(file.toString(), line, "expected 'label<TAB>text'"));
        continue;
      }
      String label = raw.substring(0, tab).strip();
      String text = raw.substring(tab + 1).strip();
      if (!labels.contains(label)) {
        problems.add(
            new Problem(
                file.toString(),
                line,
                "unknown label '"
                    + label
                    + "' (expected one of: "
                    + String.join(", ", labels)
                    + ")"));
        continue;
      }
      if (text.isEmpty()) {
        problems.add(new Problem(file.toString(), line, "empty message"));
        continue;
      }
      String key = CatalogChecks.key(text);
      String owner = training.get(key);
      if (owner != null) {
        problems.add(
            new Problem(
                file.toString(),
                line,
                "'"
                    + text
                    + "' is also a training example ("
                    + owner
                    + "); the development set must be unseen"));
        continue;
      }
      Integer earlier = seen.putIfAbsent(key, line);
      if (earlier != null) {
        problems.add(new Problem(file.toString(), line, "repeats line " + earlier));
        continue;
      }
      samples.add(new DevSample(label, text, file.toString(), line));
    }
    return new Result(samples, problems);
  }
}
