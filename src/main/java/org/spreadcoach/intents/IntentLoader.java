package org.spreadcoach.intents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spreadcoach.yaml.Located;
import org.spreadcoach.yaml.MapReader;
import org.spreadcoach.yaml.Node;
import org.spreadcoach.yaml.Problem;
import org.spreadcoach.yaml.YamlSyntaxException;
import org.spreadcoach.yaml.YamlTree;

/**
 * Loads and validates intent files. Reports every problem it can find in one pass; a catalogue is
 * only returned when there is none.
 *
 * <p>File format (version 1), all keys optional except {@code version}:
 *
 * <pre>
 * version: 1
 * principles:   [{id, name, tagline, summary, readMore, prompts: [..]}]
 * intents:      [{id, principle, ambient, answer, examples: [..], prompts: [..], tests: [..]}]
 * outOfScope:   [..]
 * advice:       [{principle, text}]
 * </pre>
 */
public final class IntentLoader {
  /** The only file format version this build reads. */
  public static final int SUPPORTED_VERSION = 1;

  /** Three prompts and a heading must fit in one 2,000-character chat message. */
  public static final int MAX_PROMPT_CHARS = 500;

  /** Fewer examples than this cannot teach the recogniser anything. */
  public static final int MIN_EXAMPLES = 5;

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");
  private static final Set<String> FILE_KEYS =
      Set.of("version", "principles", "intents", "outOfScope", "advice");
  private static final Set<String> PRINCIPLE_KEYS =
      Set.of("id", "name", "order", "tagline", "summary", "readMore", "choice", "prompts");
  private static final Set<String> INTENT_KEYS =
      Set.of("id", "principle", "ambient", "answer", "examples", "prompts", "tests");
  private static final Set<String> ADVICE_KEYS = Set.of("principle", "intent", "text");

  /** Reads every {@code *.yaml} and {@code *.yml} file directly inside {@code dir}. */
  public LoadResult load(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new LoadResult(null, List.of(new Problem(dir.toString(), 0, "no such directory")));
    }
    List<SourceFile> files = new ArrayList<>();
    List<Problem> unread = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path path : listing.filter(IntentLoader::isIntentFile).sorted().toList()) {
        readFile(path)
            .ifPresentOrElse(
                files::add,
                () ->
                    unread.add(
                        new Problem(path.toString(), 0, "not UTF-8 text, or cannot be read")));
      }
    } catch (IOException e) {
      unread.add(new Problem(dir.toString(), 0, "cannot list the directory: " + e.getMessage()));
    }
    if (files.isEmpty() && unread.isEmpty()) {
      unread.add(new Problem(dir.toString(), 0, "no intent files (*.yaml) in this directory"));
    }
    if (files.isEmpty()) {
      return new LoadResult(null, unread);
    }
    return load(files, unread);
  }

  /** Whether a path is one the loader reads (also used by the reload watcher). */
  public static boolean isIntentFile(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path)
        && !name.startsWith(".")
        && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  /** Loads files given as text, for tests and for reading from the bundled jar. */
  public LoadResult load(List<SourceFile> files) {
    return load(files, List.of());
  }

  /**
   * Loads {@code files}; {@code unread} are files that could not even be read. A file that cannot
   * be read or parsed is reported first, and the checks that need every file (a principle named in
   * one file and declared in another) are skipped, since what they would report may only be missing
   * because of it.
   */
  private LoadResult load(List<SourceFile> files, List<Problem> unread) {
    List<Problem> broken = new ArrayList<>(unread);
    List<Problem> problems = new ArrayList<>();
    CatalogChecks checks = new CatalogChecks(problems);
    for (SourceFile file : files) {
      readOne(file, checks, problems).ifPresent(broken::add);
    }
    IntentCatalog catalog = checks.finish(broken.isEmpty());
    if (broken.isEmpty() && problems.isEmpty()) {
      return new LoadResult(catalog, List.of(), checks.warnings());
    }
    List<Problem> all = new ArrayList<>(broken.stream().sorted().toList());
    all.addAll(problems.stream().sorted().toList());
    return new LoadResult(null, all);
  }

  private static Optional<SourceFile> readFile(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(new SourceFile(path.toString(), text));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads one file into the checks; returns the problem when it is not YAML at all. */
  private Optional<Problem> readOne(SourceFile file, CatalogChecks checks, List<Problem> problems) {
    String name = file.name();
    Node root;
    try {
      root = YamlTree.parse(name, file.text());
    } catch (YamlSyntaxException e) {
      return Optional.of(e.problem());
    }
    if (root instanceof Node.Scalar s && s.value() == null) {
      problems.add(new Problem(name, 0, "the file is empty; it needs at least 'version: 1'"));
      return Optional.empty();
    }
    Optional<Node.MapNode> map = MapReader.asMap(name, root, "an intent file", problems);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader top = new MapReader(name, map.get(), "", FILE_KEYS, problems);
    Optional<Long> version = top.optionalInteger("version");
    if (!top.has("version")) {
      top.problem(1, "missing 'version' (this build reads version " + SUPPORTED_VERSION + ")");
    } else if (version.isPresent() && version.get() != SUPPORTED_VERSION) {
      top.problem(
          top.lineOf("version"),
          "unsupported version "
              + version.get()
              + " (this build reads version "
              + SUPPORTED_VERSION
              + ")");
    }
    top.list("principles", false)
        .ifPresent(
            list ->
                list.items()
                    .forEach(
                        item ->
                            MapReader.asMap(name, item, "a principle", problems)
                                .ifPresent(m -> readPrinciple(name, m, checks, problems))));
    top.list("intents", false)
        .ifPresent(
            list ->
                list.items()
                    .forEach(
                        item ->
                            MapReader.asMap(name, item, "an intent", problems)
                                .ifPresent(m -> readIntent(name, m, checks, problems))));
    for (Located<String> example : top.textList("outOfScope", false)) {
      checks.outOfScope(name, example);
    }
    top.list("advice", false)
        .ifPresent(
            list ->
                list.items()
                    .forEach(
                        item ->
                            MapReader.asMap(name, item, "an advice item", problems)
                                .ifPresent(m -> readAdvice(name, m, checks, problems))));
    return Optional.empty();
  }

  private void readPrinciple(
      String file, Node.MapNode node, CatalogChecks checks, List<Problem> problems) {
    String where = "principle '" + peekId(node) + "'";
    MapReader r = new MapReader(file, node, where, PRINCIPLE_KEYS, problems);
    Optional<String> id = r.requiredText("id");
    id.ifPresent(x -> checkId(r, x));
    Optional<String> name = r.requiredText("name");
    String tagline = r.optionalText("tagline").orElse("");
    String summary = r.optionalText("summary").orElse("");
    String readMore = r.optionalText("readMore").orElse(null);
    String choice =
        r.optionalText("choice").orElse(name.map(n -> n.toLowerCase(Locale.ROOT)).orElse(""));
    int order = r.optionalInteger("order").map(Long::intValue).orElse(Integer.MAX_VALUE);
    List<Located<String>> prompts = prompts(r, where);
    if (id.isPresent() && name.isPresent()) {
      checks.principle(
          new Principle(
              id.get(),
              name.get(),
              order,
              tagline,
              summary,
              readMore,
              choice,
              values(prompts),
              file),
          r.lineOf("id"),
          prompts);
    }
  }

  private void readIntent(
      String file, Node.MapNode node, CatalogChecks checks, List<Problem> problems) {
    String where = "intent '" + peekId(node) + "'";
    MapReader r = new MapReader(file, node, where, INTENT_KEYS, problems);
    Optional<String> id = r.requiredText("id");
    id.ifPresent(x -> checkId(r, x));
    String principle = r.optionalText("principle").orElse(null);
    boolean ambient = r.optionalBoolean("ambient").orElse(true);
    String answer = r.optionalText("answer").orElse(null);
    if (answer != null && answer.length() > 2 * MAX_PROMPT_CHARS) {
      r.problem(
          r.lineOf("answer"),
          "'answer' in "
              + where
              + " is "
              + answer.length()
              + " characters; keep it under "
              + 2 * MAX_PROMPT_CHARS);
    }
    List<Located<String>> examples = r.textList("examples", true);
    boolean exampleList = r.node().get("examples") instanceof Node.ListNode;
    if (exampleList && examples.size() < MIN_EXAMPLES) {
      r.problem(
          r.lineOf("examples"),
          where
              + " has "
              + examples.size()
              + " example(s); it needs at least "
              + MIN_EXAMPLES
              + " to be recognised");
    }
    List<Located<String>> prompts = prompts(r, where);
    List<Located<String>> tests = r.textList("tests", false);
    if (id.isEmpty()) {
      return;
    }
    Intent intent =
        new Intent(
            id.get(),
            principle,
            ambient,
            answer,
            values(examples),
            values(prompts),
            values(tests),
            file,
            r.lineOf("id"));
    checks.intent(intent, r.lineOf("principle"), examples, tests, prompts);
  }

  private void readAdvice(
      String file, Node.MapNode node, CatalogChecks checks, List<Problem> problems) {
    MapReader r = new MapReader(file, node, "an advice item", ADVICE_KEYS, problems);
    Optional<String> principle = r.requiredText("principle");
    Optional<String> intent = r.optionalText("intent");
    Optional<String> text = r.requiredText("text");
    text.filter(t -> t.length() > MAX_PROMPT_CHARS)
        .ifPresent(
            t ->
                r.problem(
                    r.lineOf("text"),
                    "advice is " + t.length() + " characters; keep it under " + MAX_PROMPT_CHARS));
    if (principle.isPresent() && text.isPresent()) {
      checks.advice(
          new CuratedAdvice(
              principle.get(), text.get(), file, r.lineOf("text"), intent.orElse(null)),
          r.lineOf("principle"),
          r.lineOf("intent"));
    }
  }

  private static List<String> values(List<Located<String>> located) {
    return located.stream().map(Located::value).toList();
  }

  private static List<Located<String>> prompts(MapReader r, String where) {
    List<Located<String>> prompts = r.textList("prompts", true);
    if (r.list("prompts", false).map(l -> l.items().isEmpty()).orElse(false)) {
      r.problem(r.lineOf("prompts"), "'prompts' in " + where + " is empty; give at least one");
    }
    List<Located<String>> out = new ArrayList<>();
    for (Located<String> prompt : prompts) {
      if (prompt.value().length() > MAX_PROMPT_CHARS) {
        r.problem(
            prompt.line(),
            "prompt in "
                + where
                + " is "
                + prompt.value().length()
                + " characters; keep it under "
                + MAX_PROMPT_CHARS
                + " so three fit in one chat message");
      } else {
        out.add(prompt);
      }
    }
    return out;
  }

  /** The id of a map before it is validated, for naming it in messages. */
  private static String peekId(Node.MapNode node) {
    return node.get("id") instanceof Node.Scalar s && s.value() instanceof String id ? id : "?";
  }

  private static void checkId(MapReader r, String id) {
    if (!ID.matcher(id).matches()) {
      r.problem(
          r.lineOf("id"),
          "id '" + id + "' must be lower case letters and digits, parts joined by '.' or '-'");
    }
  }
}
