package org.spreadcoach.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the intents directory and reloads once it has been quiet for a moment, so an editor that
 * writes a file in several steps triggers one reload, not several.
 */
public final class IntentWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IntentWatcher.class);
  private final Path dir;
  private final ModelReloader reloader;
  private final ScheduledExecutorService scheduler;
  private final Duration quiet;
  private final WatchService watch;
  private final Thread thread;
  private ScheduledFuture<?> pending;

  public IntentWatcher(
      Path dir, ModelReloader reloader, ScheduledExecutorService scheduler, Duration quiet)
      throws IOException {
    this.dir = dir;
    this.reloader = reloader;
    this.scheduler = scheduler;
    this.quiet = quiet;
    this.watch = FileSystems.getDefault().newWatchService();
    dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    this.thread = new Thread(this::loop, "intent-watcher");
    thread.setDaemon(true);
  }

  public IntentWatcher start() {
    thread.start();
    LOG.info("watching {} for changes to the intent files", dir);
    return this;
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = watch.take();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          Object context = event.context();
          String name = context == null ? "" : context.toString();
          relevant |= name.endsWith(".yaml") || name.endsWith(".yml") || context == null;
        }
        key.reset();
        if (relevant) {
          schedule();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = scheduler.schedule(reloader::reload, quiet.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    try {
      watch.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
    thread.interrupt();
  }
}
