package org.spreadcoach.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.TimedTask;
import org.spreadcoach.kb.WriteQueue;

/**
 * Deletes rows older than the retention period: once at start, then daily, driven by the bot's
 * clock like every other timer.
 */
public final class RetentionJob implements TimedTask {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
  private final WriteQueue writer;
  private final Duration keep;
  private Instant nextRun;

  public RetentionJob(WriteQueue writer, Duration keep, Instant start) {
    this.writer = writer;
    this.keep = keep;
    this.nextRun = start;
  }

  @Override
  public synchronized List<Post> onTick(Instant now, Predicate<String> serves) {
    if (now.isBefore(nextRun)) {
      return List.of();
    }
    nextRun = now.plus(Duration.ofDays(1));
    Instant cutoff = now.minus(keep);
    writer.enqueue(
        kb -> {
          int deleted = kb.deleteOlderThan(cutoff);
          if (deleted > 0) {
            LOG.info("retention: deleted {} row(s) older than {}", deleted, cutoff);
          }
        });
    return List.of();
  }
}
