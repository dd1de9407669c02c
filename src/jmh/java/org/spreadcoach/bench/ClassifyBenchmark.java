package org.spreadcoach.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.nlu.training.IntentTrainer;

/**
 * Classifying one message with the model trained on the bundled intents and the default settings,
 * as the bot serves it: one shared immutable model, any number of threads.
 *
 * <ul>
 *   <li>{@code latency}: one thread, every call sampled; read the p0.99 line.
 *   <li>{@code throughput2Threads}: two threads sharing the model; messages per second in total.
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ClassifyBenchmark {
  private IntentModel model;
  private List<String> messages;

  @Setup
  public void train() {
    IntentCatalog catalog = new IntentSource().loadBundled().orThrow();
    model = new IntentTrainer(NluSettings.defaults()).train(catalog);
    messages = BenchMessages.of(catalog);
  }

  /** Each thread walks the messages in turn from its own position. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    @Setup(Level.Iteration)
    public void reset() {
      next = 0;
    }

    String take(List<String> messages) {
      String text = messages.get(next);
      next = next + 1 == messages.size() ? 0 : next + 1;
      return text;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public Recognition latency(Cursor cursor) {
    return model.classify(cursor.take(messages));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Recognition throughput2Threads(Cursor cursor) {
    return model.classify(cursor.take(messages));
  }
}
