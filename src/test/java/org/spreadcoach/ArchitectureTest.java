package org.spreadcoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the package layout that README.md's "How it is built" describes, read from the
 * sources' imports: no cycles between packages, SQL only in {@code kb.jdbc}, {@code kb.jdbc} known
 * only to the wiring, the core free of adapters, and no package much above 1,200 lines.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/spreadcoach");
  private static final Pattern PACKAGE = Pattern.compile("^package org\\.spreadcoach\\.([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Z]");

  /** The feature packages that must not know any adapter. */
  private static final Set<String> CORE =
      Set.of(
          "chat",
          "coach",
          "rounds",
          "nlu",
          "nlu.text",
          "nlu.training",
          "intents",
          "kb",
          "advice",
          "privacy",
          "curation",
          "config",
          "yaml",
          "time",
          "report",
          "review.apply",
          "intents.edit",
          "evaluation",
          "kb.writer");

  private static final Set<String> ADAPTERS =
      Set.of("discord", "console", "replay", "cli", "app", "kb.jdbc", "ops", "review");

  /** "About 1,200 lines": a package past this should be split by what its parts are. */
  private static final int MAX_PACKAGE_LINES = 1_300;

  private static Map<String, Set<String>> imports;
  private static Map<String, Integer> lines;

  @BeforeAll
  static void readSources() throws IOException {
    imports = new TreeMap<>();
    lines = new TreeMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      List<String> text = read(source);
      String pkg =
          text.stream()
              .map(PACKAGE::matcher)
              .filter(Matcher::find)
              .map(m -> m.group(1))
              .findFirst()
              .orElseThrow(() -> new AssertionError(source + " has no package line"));
      lines.merge(pkg, text.size(), Integer::sum);
      Set<String> of = imports.computeIfAbsent(pkg, p -> new TreeSet<>());
      for (String line : text) {
        Matcher m = IMPORT.matcher(line);
        if (m.find()) {
          of.add(m.group(1));
        }
      }
    }
    assertThat(imports).as("the sources are where the test looks").hasSizeGreaterThan(20);
  }

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    Map<String, Set<String>> graph = new HashMap<>();
    imports.forEach(
        (pkg, of) ->
            graph.put(
                pkg,
                of.stream()
                    .filter(i -> i.startsWith("org.spreadcoach."))
                    .map(i -> i.substring("org.spreadcoach.".length()))
                    .map(ArchitectureTest::packageOf)
                    .filter(p -> !p.equals(pkg))
                    .collect(TreeSet::new, Set::add, Set::addAll)));
    assertThat(cycles(graph)).as("groups of packages that import each other").isEmpty();
  }

  @Test
  void onlyTheJdbcAdapterSpeaksSql() {
    assertThat(importers("java.sql", "javax.sql", "org.flywaydb", "com.zaxxer", "org.sqlite"))
        .allMatch(p -> p.equals("kb.jdbc") || p.startsWith("kb.jdbc."));
  }

  @Test
  void onlyTheWiringOpensTheDatabase() {
    assertThat(importers("org.spreadcoach.kb.jdbc"))
        .allMatch(p -> p.equals("app") || p.startsWith("kb.jdbc"));
  }

  @Test
  void theCoreKnowsNoAdapter() {
    Map<String, Set<String>> offending = new TreeMap<>();
    for (String core : CORE) {
      for (String imported : imports.getOrDefault(core, Set.of())) {
        for (String adapter : ADAPTERS) {
          if (imported.equals("org.spreadcoach." + adapter)
              || imported.startsWith("org.spreadcoach." + adapter + ".")) {
            offending.computeIfAbsent(core, c -> new TreeSet<>()).add(imported);
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void noPackageIsMuchAboveTwelveHundredLines() {
    assertThat(lines).isNotEmpty();
    Map<String, Integer> large = new TreeMap<>();
    lines.forEach(
        (pkg, n) -> {
          if (n > MAX_PACKAGE_LINES) {
            large.put(pkg, n);
          }
        });
    assertThat(large).as("packages over %d lines", MAX_PACKAGE_LINES).isEmpty();
  }

  /** The package of an import that may name a nested class ({@code nlu.training.ModelCache}). */
  private static String packageOf(String imported) {
    String p = imported;
    while (!imports.containsKey(p) && p.contains(".")) {
      p = p.substring(0, p.lastIndexOf('.'));
    }
    return p;
  }

  private static Set<String> importers(String... prefixes) {
    Set<String> out = new TreeSet<>();
    imports.forEach(
        (pkg, of) -> {
          for (String prefix : prefixes) {
            if (of.stream().anyMatch(i -> i.equals(prefix) || i.startsWith(prefix + "."))) {
              out.add(pkg);
            }
          }
        });
    return out;
  }

  /** Strongly connected groups of more than one package (Tarjan), each sorted. */
  private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (!index.containsKey(start)) {
        connect(start, graph, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> group = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        group.add(w);
      } while (!w.equals(v));
      if (group.size() > 1) {
        out.add(group);
      }
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
