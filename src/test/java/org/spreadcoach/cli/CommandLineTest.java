package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import picocli.CommandLine;

/** The command line, run in-process. */
class CommandLineTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    return runWithEnv(TestEnv.env(), args);
  }

  static Run runWithEnv(Map<String, String> env, String... args) {
    CommandLine cli = Main.commandLine(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void validateOnABadDirectoryExitsOneWithFileAndLineAndNoStackTrace() throws IOException {
    Files.copy(
        Path.of("src/test/resources/intents-bad/unknown_key.yaml"),
        dir.resolve("unknown_key.yaml"));
    Files.copy(Path.of("src/test/resources/intents-bad/bad_id.yaml"), dir.resolve("bad_id.yaml"));

    Run run = run("intents", "validate", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(dir.resolve("unknown_key.yaml") + ":6: unknown key 'respones'")
        .contains(dir.resolve("bad_id.yaml") + ":3: id 'Spread General'")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void validateWarnsAboutNearlyRepeatedPromptsButSucceeds() {
    Run run = run("intents", "validate", "src/test/resources/intents-warn");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("near_duplicate_prompts.yaml:15: warning: prompt");
    assertThat(run.out()).contains("OK").contains("2 warning(s) above");
  }

  @Test
  void validateOnTheBundledIntentsSucceeds() {
    Run run = run("intents", "validate");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("OK");
  }

  @Test
  void replayRefusesToStartOnBadIntentsWithTheSameMessages() throws IOException {
    Files.copy(Path.of("src/test/resources/intents-bad/bad_id.yaml"), dir.resolve("bad_id.yaml"));

    Run run = run("replay", "--intents", dir.toString(), "-");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(dir.resolve("bad_id.yaml") + ":3: id 'Spread General'")
        .doesNotContain("\tat ");
  }

  @Test
  void aBrokenConfigStopsStartUpWithOneSentencePerProblem() throws IOException {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "coach:\n  promptsPerReply: lots\n");

    Run run = run("classify", "--config", config.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err().strip())
        .isEqualTo(
            "config: "
                + config
                + ":2: 'coach.promptsPerReply' must be a whole number, found 'lots'.");
  }

  @Test
  void aMissingNamedIntentsDirectoryIsAnError() {
    Run run = run("intents", "validate", dir.resolve("nope").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("nope: no such directory");
  }

  @Test
  void evalPrintsTheReportAndJson() throws IOException {
    TestCatalogs.writeSmall(dir);

    Run text = run("intents", "eval", dir.toString(), "--folds", "3");
    Run json = run("intents", "eval", dir.toString(), "--folds", "3", "--json");

    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Cross-validation (3 folds")
        .contains("networks.connect")
        .contains("Most confused")
        .contains("Must-pass tests: 1 of 1 pass");
    assertThat(json.out().strip())
        .startsWith("{\"folds\":3,")
        .endsWith("}")
        .contains("\"perIntent\":[");
  }

  @Test
  void evalReportsHowMuchOfAnOpenWorldCorpusWouldDrawAnUnpromptedReply() throws IOException {
    Path intents = TestCatalogs.writeSmall(dir.resolve("intents"));
    Path world = dir.resolve("world.txt");
    Files.writeString(
        world,
        """
        # everyday text
        what time is it
        how do i spread this to other teams
        is the canteen open
        what's the weather like
        """);
    Path clinc = dir.resolve("clinc.json");
    Files.writeString(
        clinc,
        "{\"test\":[[\"how do i spread this to other teams\",\"x\"]],"
            + "\"oos_test\":[[\"is the canteen open\",\"oos\"]]}");

    Run text =
        run(
            "intents",
            "eval",
            intents.toString(),
            "--folds",
            "2",
            "--open-world",
            world.toString());
    Run json =
        run(
            "intents",
            "eval",
            intents.toString(),
            "--folds",
            "2",
            "--open-world",
            clinc.toString(),
            "--json");

    assertThat(text.exit()).as(text.err()).isZero();
    // The small catalogue has no background corpus, so some everyday text gets through: what the
    // figure is for. The spread question does, the curated near-miss does not.
    String report = text.out().substring(text.out().indexOf("Open world:"));
    assertThat(report)
        .startsWith("Open world: world.txt, 4 everyday messages as ambient chatter")
        .containsPattern("drawing a reply +\\d+\\.\\d% +\\(\\d;")
        .contains("\"how do i spread this to other teams\"")
        .doesNotContain("canteen");
    assertThat(json.out())
        .contains(
            "\"openWorld\":{\"source\":\"CLINC150 test split (clinc.json)\",\"total\":2,"
                + "\"answered\":1,\"share\":0.5,"
                + "\"examples\":[\"how do i spread this to other teams\"]}");
  }

  @Test
  void classifyWritesOneObjectPerLineEvenForOddInput() throws IOException {
    String input =
        "how do i get other trusts to adopt our falls framework?\n"
            + "who is bringing cake on friday\n\n"
            + "x".repeat(100_000)
            + "\n\u00ff\u0000🎉\nhello\n";
    StringWriter out = new StringWriter();

    ClassifyCommand.run(
        TestCatalogs.smallModel(),
        0.5,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(5))
        .as("a greeting is recognised but never answered unprompted")
        .contains("\"inScope\":true,\"intent\":\"bot.greeting\"")
        .contains("\"ambient\":false,");
    assertThat(lines.get(0))
        .contains("\"inScope\":true")
        .contains("\"intent\":\"spread.general\"")
        .contains("\"principle\":null")
        .containsPattern("\"ambient\":true,\"domain\":0\\.9\\d*,")
        .as("the best three intents, best first")
        .contains("\"candidates\":[{\"intent\":\"spread.general\",\"probability\":");
    assertThat(lines.get(1))
        .contains("\"inScope\":false,\"intent\":null,\"principle\":null")
        .contains("\"ambient\":false,");
    assertThat(lines.get(2))
        .isEqualTo(
            "{\"text\":\"\",\"inScope\":false,\"intent\":null,"
                + "\"principle\":null,\"confidence\":0.0,\"ambient\":false,"
                + "\"domain\":null,\"candidates\":[]}");
  }

  @Test
  void classifyReplacesMalformedUtf8InsteadOfFailing() throws IOException {
    byte[] input = {'h', 'i', (byte) 0xC3, (byte) 0x28, '\n', (byte) 0xFF, '\n'};
    StringWriter out = new StringWriter();

    ClassifyCommand.run(TestCatalogs.smallModel(), 0.5, new ByteArrayInputStream(input), out);

    assertThat(out.toString().lines()).hasSize(2);
  }

  @Test
  void aReplayThatKeepsNothingWritesNoKeyFile() throws IOException {
    Path key = dir.resolve("not-writable-here/pseudonym.key");
    Path config = dir.resolve("replay.yaml");
    Files.writeString(config, "privacy:\n  keyFile: " + key + "\n");
    Path transcript = dir.resolve("t.jsonl");
    Files.writeString(
        transcript,
        "{\"type\":\"message\",\"channel\":\"c\",\"user\":\"u\","
            + "\"text\":\"how do i spread this\"}\n");

    Run run =
        runWithEnv(
            Map.of(),
            "replay",
            "--config",
            config.toString(),
            "--intents",
            writeSmallIntents().toString(),
            transcript.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(key).as("an in-memory knowledge base keeps nothing, so needs no key").doesNotExist();
    assertThat(key.getParent()).doesNotExist();
  }

  @Test
  void kbSearchWithAnUnknownPrincipleNamesTheKnownOnesAndExitsTwo() throws IOException {
    Path config = dir.resolve("kb.yaml");
    Files.writeString(config, "kb:\n  url: jdbc:sqlite:" + dir.resolve("kb.db") + "\n");

    Run run =
        run(
            "kb",
            "search",
            "champions",
            "--principle",
            "nosuch",
            "--config",
            config.toString(),
            "--intents",
            writeSmallIntents().toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err().strip())
        .isEqualTo(
            "kb search: --principle 'nosuch' is not in the "
                + "catalogue; known: networks, benefit.");
    assertThat(run.out()).doesNotContain("no matches");
  }

  @Test
  void discordInvitePrintsTheUrlWithTheExactPermissionsAndWhatEachIsFor() {
    Run run = run("discord", "invite", "--client-id", "123456789012345678");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst())
        .hasValue(
            "https://discord.com/oauth2/authorize?"
                + "client_id=123456789012345678&scope=bot%20applications.commands"
                + "&permissions=311385197568");
    assertThat(run.out()).contains("CREATE_PUBLIC_THREADS").contains("open a thread");
  }

  @Test
  void discordInviteReadsTheApplicationIdFromTheTokenWithoutPrintingIt() {
    String token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-part-of-the-token";

    Run run = runWithEnv(Map.of("DISCORD_TOKEN", token), "discord", "invite");
    Run none = runWithEnv(Map.of(), "discord", "invite");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("client_id=123456789012345678&").doesNotContain("secret");
    assertThat(none.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(none.err()).contains("--client-id").contains("Application ID");
  }

  private Path writeSmallIntents() throws IOException {
    Path intents = Files.createDirectories(dir.resolve("intents"));
    TestCatalogs.writeSmall(intents);
    return intents;
  }
}
