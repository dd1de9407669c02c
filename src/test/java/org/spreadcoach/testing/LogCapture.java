package org.spreadcoach.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Collects what one class logs, for tests that check a failure is logged once; safe to read while
 * other threads log, and to wait on.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final List<ILoggingEvent> events = new ArrayList<>();
  private final AppenderBase<ILoggingEvent> appender =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          synchronized (events) {
            events.add(event);
            events.notifyAll();
          }
        }
      };

  public LogCapture(Class<?> source) {
    logger = (Logger) LoggerFactory.getLogger(source);
    appender.start();
    logger.addAppender(appender);
  }

  private List<ILoggingEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  public List<String> messages(Level level) {
    return events().stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  public List<String> all() {
    return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /**
   * Waits until at least {@code count} messages at {@code level} were logged.
   *
   * @throws AssertionError with what was logged when they do not come within {@code timeout}
   */
  public void await(Level level, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (events) {
      while (events.stream().filter(e -> e.getLevel() == level).count() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "fewer than " + count + " " + level + " messages within " + timeout + ": " + all());
        }
        TimeUnit.NANOSECONDS.timedWait(events, left);
      }
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
  }
}
