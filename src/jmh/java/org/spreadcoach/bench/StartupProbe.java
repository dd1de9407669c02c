package org.spreadcoach.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentsLocation;

/**
 * Measures one real start: milliseconds from the JVM's own start time to a bot wired and ready on
 * the bundled intents (or the intents directory given as the one argument), then the heap still in
 * use after a full collection with the bot held. Prints one JSON line. Run it several times and
 * take the median:
 *
 * <pre>java -Xmx256m -cp target/benchmarks.jar org.spreadcoach.bench.StartupProbe [INTENTS_DIR]
 * </pre>
 *
 * <p>A start after the intents changed: give a copy of {@code intents/} with one example added,
 * from a directory whose {@code data/models} holds no model of it (BENCHMARKS.md has the loop).
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) {
    Wiring wiring =
        Wiring.start(
            Config.defaults(),
            args.length > 0
                ? new IntentsLocation(Path.of(args[0]), true)
                : new IntentsLocation(Path.of("no-such-intents-dir"), false),
            Clock.systemUTC(),
            ChannelMode.MENTION,
            Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
            Wiring.FirstModel.SERVE_AT_ONCE,
            StartupBenchmark.ENV);
    long readyAt = System.currentTimeMillis();
    long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
    // After a change to the intents the gate of an earlier version serves while the exact one
    // trains; wait for it, so the heap below is of the bot as it then runs.
    wiring.exactModel().orTimeout(10, TimeUnit.MINUTES).join();
    long exactAt = System.currentTimeMillis();
    // A message through the model, so the heap figure is of a bot that has served.
    wiring.model().current().classify("how do we spread this to other teams");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long heapBytes = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(
        Locale.ROOT,
        "{\"startToReadyMillis\":%d,\"startToExactModelMillis\":%d,\"heapAfterStartMB\":%.1f,"
            + "\"maxHeapMB\":%.0f,\"intents\":%d}%n",
        readyAt - startedAt,
        exactAt - startedAt,
        heapBytes / 1048576.0,
        memory.getHeapMemoryUsage().getMax() / 1048576.0,
        wiring.model().current().catalog().intents().size());
    wiring.close();
  }
}
