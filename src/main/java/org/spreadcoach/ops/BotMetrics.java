package org.spreadcoach.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.coach.ConversationListener;
import org.spreadcoach.kb.WriteQueue;
import org.spreadcoach.nlu.Recognition;
import org.spreadcoach.nlu.ServingModel;
import org.spreadcoach.reload.ModelReloader;

/**
 * The bot's metrics in the Prometheus text format: messages seen, replies, silences by reason,
 * recognition latency, knowledge-base write failures, rounds open, model generation and reload
 * failures. Micrometer was picked because it is the maintained JVM metrics facade with a Prometheus
 * registry; its registry is thread-safe.
 */
public final class BotMetrics
    implements ConversationListener, WriteQueue.Listener, ModelReloader.Listener {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter seen;
  private final Counter replies;
  private final Timer recognition;
  private final Counter kbWriteFailures;
  private final Counter kbWritesDropped;
  private final DistributionSummary kbBatches;
  private final Counter reloadFailures;

  /**
   * @param model the serving model, for its generation
   * @param openRounds counts open rounds (asked at each scrape)
   */
  public BotMetrics(ServingModel model, Supplier<Long> openRounds) {
    seen =
        Counter.builder("spreadcoach.messages.seen")
            .description("messages and questions the coach handled")
            .register(registry);
    replies =
        Counter.builder("spreadcoach.replies")
            .description("replies the coach posted")
            .register(registry);
    recognition =
        Timer.builder("spreadcoach.recognition")
            .description("time to recognise one message")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(10_000))
            .maximumExpectedValue(Duration.ofMillis(100))
            .register(registry);
    kbWriteFailures =
        Counter.builder("spreadcoach.kb.write.failures")
            .description(
                "knowledge-base transactions that failed (their writes stay queued for retry)")
            .register(registry);
    kbWritesDropped =
        Counter.builder("spreadcoach.kb.writes.dropped")
            .description("buffered writes dropped because the buffer was full")
            .register(registry);
    kbBatches =
        DistributionSummary.builder("spreadcoach.kb.write.batch")
            .description("writes committed per knowledge-base transaction")
            .register(registry);
    reloadFailures =
        Counter.builder("spreadcoach.model.reload.failures")
            .description("intent reloads that failed; the old model kept serving")
            .register(registry);
    // Gauges hold their source weakly unless told otherwise; these must live as long as the bot.
    Gauge.builder("spreadcoach.model.generation", model, ServingModel::generation)
        .description("generation of the model serving now")
        .strongReference(true)
        .register(registry);
    Gauge.builder("spreadcoach.rounds.open", openRounds, s -> safe(s))
        .description("co-coaching rounds open now")
        .strongReference(true)
        .register(registry);
  }

  private static double safe(Supplier<Long> count) {
    try {
      return count.get();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  @Override
  public void handled(
      String channel, String user, String text, boolean addressed, Recognition r, Outcome outcome) {
    seen.increment();
    if (!outcome.posts().isEmpty()) {
      replies.increment(outcome.posts().size());
    } else if (outcome.silence() != null) {
      registry.counter("spreadcoach.silences", "reason", outcome.silence().wireName()).increment();
    }
  }

  @Override
  public void recognised(long nanos) {
    recognition.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void writeFailed() {
    kbWriteFailures.increment();
  }

  @Override
  public void writeDropped() {
    kbWritesDropped.increment();
  }

  /**
   * Publishes how many knowledge-base writes wait (asked at each scrape): a backlog in an outage.
   */
  public void trackPendingWrites(Supplier<Integer> pending) {
    Gauge.builder("spreadcoach.kb.writes.pending", pending, p -> p.get())
        .description("knowledge-base writes queued or being written")
        .strongReference(true)
        .register(registry);
  }

  @Override
  public void batchStored(int writes) {
    kbBatches.record(writes);
  }

  @Override
  public void reloaded(ModelReloader.Result result) {
    if (!result.ok()) {
      reloadFailures.increment();
    }
  }

  /** Everything, in the Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }
}
