package org.spreadcoach.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories for the bot's own executors. */
public final class DaemonThreads {
  private DaemonThreads() {}

  /**
   * Daemon threads named {@code name}, then {@code name-2}, {@code name-3} and so on for a pool's
   * further threads.
   */
  public static ThreadFactory named(String name) {
    AtomicInteger made = new AtomicInteger();
    return r -> {
      int n = made.incrementAndGet();
      Thread t = new Thread(r, n == 1 ? name : name + "-" + n);
      t.setDaemon(true);
      return t;
    };
  }
}
