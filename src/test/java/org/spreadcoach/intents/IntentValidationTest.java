package org.spreadcoach.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spreadcoach.yaml.Problem;

/** One bad fixture per validation rule, each reported at its file and line. */
class IntentValidationTest {
  private static final Path BAD = Path.of("src/test/resources/intents-bad");

  @ParameterizedTest(name = "{0} -> line {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed.yaml             | 5 | not valid YAML",
        "missing_version.yaml       | 1 | missing 'version'",
        "unsupported_version.yaml   | 1 | unsupported version 2",
        "unknown_key.yaml           | 6 | unknown key 'respones' in intent 'spread.general'",
        "missing_field.yaml         | 3 | missing 'examples' in intent 'spread.general'",
        "wrong_type.yaml            | 4 | 'examples' in intent 'spread.general' must be a list,"
            + " found text",
        "empty_prompts.yaml         | 5 | 'prompts' in intent 'spread.general' is empty",
        "long_prompt.yaml           | 6 | characters; keep it under 500",
        "duplicate_example.yaml     | 12 | example 'How do I spread this?' is filed under intent"
            + " 'spread.general' (duplicate_example.yaml:4) and intent 'spread.other'",
        "unknown_principle.yaml     | 4 | intent 'networks.find' names principle 'netwerks', which"
            + " is not in the catalogue",
        "duplicate_intent.yaml      | 6 | intent 'spread.general' is declared twice",
        "duplicate_principle.yaml   | 6 | principle 'networks' is declared twice",
        "bad_id.yaml                | 3 | id 'Spread General' must be lower case",
        "too_few_examples.yaml      | 4 | has 2 example(s); it needs at least 5",
        "out_of_scope_conflict.yaml | 8 | 'How do we scale it' is filed under intent"
            + " 'spread.general'",
        "empty_file.yaml            | 0 | the file is empty",
        "not_a_map.yaml             | 1 | an intent file must be a map, found a list",
        "duplicate_key.yaml         | 6 | key 'prompts' appears twice in one map (first on line 5)",
        "empty_item.yaml            | 6 | empty item in 'examples'",
        "prompt_not_text.yaml       | 6 | each item in 'prompts' in intent 'spread.general' must be"
            + " text, found a map",
        "advice_unknown_principle.yaml | 7 | advice names principle 'luck', which is not in the"
            + " catalogue",
      })
  void eachRuleReportsFileAndLine(String fixture, int line, String message) throws IOException {
    LoadResult result = new IntentLoader().load(List.of(read(fixture)));

    assertThat(result.ok()).isFalse();
    assertThat(result.catalog()).isNull();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(fixture);
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message()).contains(message);
            });
  }

  @Test
  void problemsPrintAsFileColonLineColonMessage() {
    assertThat(new Problem("intents/a.yaml", 12, "missing 'id'").toString())
        .isEqualTo("intents/a.yaml:12: missing 'id'");
    assertThat(new Problem("intents/a.yaml", 0, "the file is empty").toString())
        .isEqualTo("intents/a.yaml: the file is empty");
  }

  @Test
  void reportsEveryProblemInOnePassNotJustTheFirst() throws IOException {
    LoadResult result =
        new IntentLoader()
            .load(
                List.of(
                    read("unknown_key.yaml"), read("bad_id.yaml"), read("too_few_examples.yaml")));

    assertThat(result.problems())
        .extracting(Problem::file)
        .contains("unknown_key.yaml", "bad_id.yaml", "too_few_examples.yaml");
  }

  @Test
  void anExampleRepeatedInAnotherFileIsCaughtAcrossFiles() {
    SourceFile a =
        new SourceFile(
            "a.yaml",
            """
            version: 1
            intents:
              - id: one
                examples: [alpha one, alpha two, alpha three, alpha four, shared words]
                prompts: ["Why?"]
            """);
    SourceFile b =
        new SourceFile(
            "b.yaml",
            """
            version: 1
            intents:
              - id: two
                examples: [beta one, beta two, beta three, beta four, "Shared, words!"]
                prompts: ["How?"]
            """);

    LoadResult result = new IntentLoader().load(List.of(a, b));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("b.yaml");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message())
                  .contains("filed under intent 'one' (a.yaml:4) and intent 'two'");
            });
  }

  @Test
  void aDirectoryWithNoFilesOrThatDoesNotExistIsAProblem(@TempDir Path dir) {
    assertThat(new IntentLoader().load(dir).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no intent files"));
    assertThat(new IntentLoader().load(dir.resolve("nope")).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("no such directory"));
  }

  @Test
  void aFileThatIsNotUtf8IsReportedNotFatal(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("latin1.yaml"), new byte[] {'v', ':', ' ', (byte) 0xE9, '\n'});

    assertThat(new IntentLoader().load(dir).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
  }

  @Test
  void aSyntaxErrorComesFirstAndSilencesTheChecksThatNeedTheBrokenFile(@TempDir Path dir)
      throws IOException {
    // The bundled intents with `principle:` indented by two spaces in networks.yaml: advice.yaml
    // names 'networks', which only the broken file declares.
    try (var files = Files.list(Path.of("intents"))) {
      for (Path file : files.filter(IntentLoader::isIntentFile).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Path networks = dir.resolve("networks.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(networks));
    int at = lines.indexOf("    principle: networks");
    lines.set(at, "  " + lines.get(at));
    Files.write(networks, lines);
    Files.writeString(
        dir.resolve("zz_extra.yaml"),
        """
        version: 1
        intents:
          - id: Bad Id
            examples: [a one, a two, a three, a four, a five]
            prompts: ["Why?"]
        """);

    LoadResult result = new IntentLoader().load(dir);

    assertThat(result.problems()).hasSize(2);
    assertThat(result.problems().get(0).toString())
        .isEqualTo(
            networks + ":" + (at + 1) + ": not valid YAML: mapping values are not allowed here");
    assertThat(result.problems().get(1).message())
        .as("other files are still checked")
        .contains("id 'Bad Id'");
  }

  @Test
  void promptsThatNearlyRepeatUnderOnePrincipleAreWarnedNotRejected() throws IOException {
    String fixture = "near_duplicate_prompts.yaml";
    LoadResult result =
        new IntentLoader()
            .load(
                List.of(
                    new SourceFile(
                        fixture,
                        Files.readString(
                            Path.of("src/test/resources/intents-warn").resolve(fixture)))));

    assertThat(result.ok()).as("a warning does not stop the load").isTrue();
    assertThat(result.warnings()).extracting(Problem::line).containsExactly(15, 17);
    assertThat(result.warnings().get(0).message())
        .contains(
            "\"Who do people in those places already ask when they want advice?\" nearly "
                + "repeats \"Who do people in the places you want to reach already turn to for "
                + "advice?\" (near_duplicate_prompts.yaml:6)")
        .contains("principle 'networks'");
  }

  @Test
  void promptsOnTheSameTopicInOtherWordsAreNotNearDuplicates() {
    assertThat(
            PromptRepeats.nearDuplicates(
                PromptRepeats.contentWords("Which networks already bring your adopters together?"),
                PromptRepeats.contentWords("Which forums do your adopters already attend?")))
        .isFalse();
    assertThat(
            PromptRepeats.nearDuplicates(
                PromptRepeats.contentWords(
                    "How could you recognise and thank the teams who take it up?"),
                PromptRepeats.contentWords(
                    "How could you recognise the first teams taking it up?")))
        .isTrue();
  }

  private static SourceFile read(String fixture) throws IOException {
    return new SourceFile(fixture, Files.readString(BAD.resolve(fixture), StandardCharsets.UTF_8));
  }
}
