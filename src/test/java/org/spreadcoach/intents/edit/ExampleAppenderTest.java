package org.spreadcoach.intents.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentLoader;
import org.spreadcoach.intents.LoadResult;

/** Appending to copies of the real intent files: only added lines, and the loader still reads. */
class ExampleAppenderTest {
  @TempDir Path dir;

  @BeforeEach
  void copyTheIntents() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("intents"))) {
      for (Path f : files.filter(IntentLoader::isIntentFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void appendsToAnIntentsExamplesAsAddedLinesOnlyAndTheFileStillLoads() throws IOException {
    Path file = dir.resolve("networks.yaml");
    String before = Files.readString(file);
    List<String> texts =
        List.of(
            "who chairs the regional falls network these days",
            "note: the stroke network meets monthly, can we present",
            "<img src=x onerror=alert(1)> who links the trusts");

    String after =
        ExampleAppender.appendExamples(before, "networks.yaml", "networks.find-connectors", texts);
    Files.writeString(file, after);

    assertThat(addedLines(before, after))
        .containsExactly(
            "      - who chairs the regional falls network these days",
            "      - \"note: the stroke network meets monthly, can we present\"",
            "      - \"<img src=x onerror=alert(1)> who links the trusts\"");
    LoadResult loaded = new IntentLoader().load(dir);
    assertThat(loaded.problems()).isEmpty();
    Intent intent = loaded.catalog().intent("networks.find-connectors").orElseThrow();
    assertThat(intent.examples().subList(intent.examples().size() - 3, intent.examples().size()))
        .containsExactlyElementsOf(texts);
  }

  @Test
  void appendsOutOfScopeExamplesToTheTopLevelList() throws IOException {
    Path file = dir.resolve("out-of-scope.yaml");
    String before = Files.readString(file);
    IntentCatalog was = new IntentLoader().load(dir).orThrow();

    String after =
        ExampleAppender.appendOutOfScope(
            before, "out-of-scope.yaml", List.of("can you book me a taxi to the station"));
    Files.writeString(file, after);

    assertThat(addedLines(before, after))
        .containsExactly("  - can you book me a taxi to the station");
    IntentCatalog now = new IntentLoader().load(dir).orThrow();
    assertThat(now.outOfScope()).hasSize(was.outOfScope().size() + 1);
    assertThat(now.outOfScope()).contains("can you book me a taxi to the station");
  }

  @Test
  void appendsToEveryIntentOfEveryFileAndAllStillLoad() throws IOException {
    IntentCatalog was = new IntentLoader().load(dir).orThrow();
    for (Intent intent : was.intents()) {
      Path file = dir.resolve(Path.of(intent.file()).getFileName());
      String before = Files.readString(file);
      String after =
          ExampleAppender.appendExamples(
              before,
              file.getFileName().toString(),
              intent.id(),
              List.of("zz added to " + intent.id()));
      assertThat(addedLines(before, after)).hasSize(1);
      Files.writeString(file, after);
    }
    IntentCatalog now = new IntentLoader().load(dir).orThrow();
    for (Intent intent : was.intents()) {
      List<String> examples = now.intent(intent.id()).orElseThrow().examples();
      assertThat(examples.get(examples.size() - 1)).isEqualTo("zz added to " + intent.id());
      assertThat(examples).hasSize(intent.examples().size() + 1);
    }
  }

  @Test
  void quotesWhatYamlWouldReadAsSomethingElse() {
    assertThat(ExampleAppender.scalar("how do we spread this")).isEqualTo("how do we spread this");
    assertThat(ExampleAppender.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(ExampleAppender.scalar("12 wards")).isEqualTo("\"12 wards\"");
    assertThat(ExampleAppender.scalar("ward#5 is full")).isEqualTo("ward#5 is full");
    assertThat(ExampleAppender.scalar("see ward 5 #urgent")).isEqualTo("\"see ward 5 #urgent\"");
    assertThat(ExampleAppender.scalar("say \"hi\" \\ there")).isEqualTo("say \"hi\" \\ there");
    assertThat(ExampleAppender.scalar("\"quoted\": a \\ b"))
        .isEqualTo("\"\\\"quoted\\\": a \\\\ b\"");
    assertThat(ExampleAppender.scalar("- a list?")).isEqualTo("\"- a list?\"");
  }

  @Test
  void keepsWindowsLineEndings() {
    String yaml =
        """
        version: 1
        intents:
          - id: a.b
            principle: null
            examples:
              - one
              - two
            prompts:
              - p
        """
            .replace("\n", "\r\n");

    String after = ExampleAppender.appendExamples(yaml, "f.yaml", "a.b", List.of("three"));

    assertThat(after)
        .isEqualTo(yaml.replace("      - two\r\n", "      - two\r\n      - three\r\n"));
  }

  @Test
  void findsAListAtItsKeysIndentationAndSkipsCommentsAfterIt() {
    String yaml =
        """
        intents:
        - id: a.b
          examples:
          - one
          # a comment about prompts
          prompts:
          - p
        - id: c.d
          examples:
          - x
        """;

    String after = ExampleAppender.appendExamples(yaml, "f.yaml", "a.b", List.of("two"));

    assertThat(after).isEqualTo(yaml.replace("  - one\n", "  - one\n  - two\n"));
  }

  @Test
  void saysWhichFileAndIntentWhenItCannotAppend() {
    assertThatThrownBy(
            () ->
                ExampleAppender.appendExamples(
                    "intents:\n  - id: a.b\n    examples: [one, two]\n",
                    "f.yaml",
                    "a.b",
                    List.of("x")))
        .isInstanceOf(EditException.class)
        .hasMessageContaining("f.yaml:3")
        .hasMessageContaining("inline");
    assertThatThrownBy(
            () -> ExampleAppender.appendExamples("intents: []\n", "f.yaml", "x.y", List.of("z")))
        .hasMessageContaining("f.yaml: no intent 'x.y'");
  }

  /**
   * The lines of {@code after} that are not in {@code before}, checking that every line of {@code
   * before} is still there, in order: the diff is additions only.
   */
  static List<String> addedLines(String before, String after) {
    List<String> old = before.lines().toList();
    List<String> now = after.lines().toList();
    List<String> added = new ArrayList<>();
    int i = 0;
    for (String line : now) {
      if (i < old.size() && old.get(i).equals(line)) {
        i++;
      } else {
        added.add(line);
      }
    }
    assertThat(i).as("every original line kept, in order").isEqualTo(old.size());
    assertThat(after.getBytes(StandardCharsets.UTF_8).length)
        .isGreaterThan(before.getBytes(StandardCharsets.UTF_8).length);
    return added;
  }
}
