package org.spreadcoach.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.replay.ReplayRunner;
import org.spreadcoach.time.ManualClock;

/**
 * The whole pipeline as {@code replay} runs it: parse a JSON-lines event, recognise, apply the
 * reply policy (cooldown, prompt rotation, peer advice from the knowledge base), compose, log the
 * exchange to an SQLite knowledge-base file (redacted, pseudonymised; every channel opted in), and
 * write the bot's action as JSON. Each operation replays a transcript of {@link #MESSAGES} messages
 * from 400 users in 50 ambient channels, half of them addressed to the bot; the score is messages
 * per second.
 *
 * <p>One bot serves the whole run, as a long-running process does, so the database grows and the
 * cooldowns hold across operations.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReplayBenchmark {
  static final int MESSAGES = 1_000;
  private static final Map<String, String> ENV =
      Map.of("SPREADCOACH_PSEUDONYM_KEY", "benchmark-pseudonym-key-0123456789");
  private Path dir;
  private Wiring wiring;
  private ReplayRunner runner;
  private String transcript;

  @Setup
  public void prepare() throws IOException {
    dir = Files.createTempDirectory("spreadcoach-bench");
    Path configFile = dir.resolve("bench.yaml");
    Files.writeString(configFile, ReplayTranscript.config(dir.resolve("bench.db")));
    Config config = BotConfig.load(configFile, ENV);

    IntentSource source = new IntentSource();
    IntentCatalog catalog = source.loadBundled().orThrow();
    IntentModel model = new IntentTrainer(NluSettings.from(config)).train(catalog);
    ManualClock clock = new ManualClock(ManualClock.REPLAY_EPOCH);
    wiring =
        Wiring.assemble(
            config,
            model,
            source::loadBundled,
            clock,
            ChannelMode.AMBIENT,
            Wiring.KbChoice.CONFIGURED,
            ENV);
    runner = new ReplayRunner(wiring.bot(), clock, wiring.writer()::barrier);

    List<String> texts = BenchMessages.of(catalog);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < MESSAGES; i++) {
      sb.append(ReplayTranscript.event(i, texts)).append('\n');
    }
    transcript = sb.toString();
  }

  @TearDown
  public void close() throws IOException {
    wiring.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(MESSAGES)
  public int replay() throws IOException {
    return runner.run(new BufferedReader(new StringReader(transcript)), Writer.nullWriter());
  }
}
