package org.spreadcoach.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentsLocation;

/**
 * Start-up to ready inside a fresh JVM: read the default config, load and validate the bundled
 * intents, load their model (built into the jar; trained when missing), open the knowledge base,
 * wire the bot. One cold shot per fork, so every measurement pays class loading and an unwarmed JIT
 * as a real start does. JVM boot itself is not in it; {@link StartupProbe} measures the process
 * from its start and the heap it keeps.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 10,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
  static final Map<String, String> ENV =
      Map.of("SPREADCOACH_PSEUDONYM_KEY", "benchmark-pseudonym-key-0123456789");

  @Benchmark
  public Wiring startToReady() {
    // Left open on purpose: the fork ends right after the one shot.
    Config config = Config.defaults();
    // A directory that does not exist and was not named: the bundled intents, as in a container.
    IntentsLocation bundled = new IntentsLocation(Path.of("no-such-intents-dir"), false);
    // The knowledge base in memory: this measures reaching ready, not disk speed.
    return Wiring.start(
        config,
        bundled,
        Clock.systemUTC(),
        ChannelMode.MENTION,
        Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
        Wiring.FirstModel.SERVE_AT_ONCE,
        ENV);
  }
}
