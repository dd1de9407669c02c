package org.spreadcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.intents.IntentsLocation;
import org.spreadcoach.ops.OpsServer;
import org.spreadcoach.reload.IntentWatcher;

/**
 * What long-running modes (console, Discord) add around the bot: the intent watcher for hot reload
 * and, when a port is given, the health and metrics endpoint.
 */
public final class LiveServices implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveServices.class);
  private final IntentWatcher watcher;
  private final OpsServer ops;

  private LiveServices(IntentWatcher watcher, OpsServer ops) {
    this.watcher = watcher;
    this.ops = ops;
  }

  /**
   * Starts the intent watcher and the health endpoint that the settings ask for.
   *
   * @param http the endpoint, with {@code --http-port} applied; none when it has no port
   * @param watchIntents config {@code intents.watch}: whether to reload on a change in the intents
   *     directory (when it exists)
   * @param gateway extra health check for the chat platform's connection, or null
   */
  public static LiveServices start(
      HttpSettings http,
      boolean watchIntents,
      IntentsLocation intents,
      Wiring wiring,
      BooleanSupplier gateway)
      throws IOException {
    IntentWatcher watcher = null;
    if (watchIntents && Files.isDirectory(intents.dir())) {
      watcher =
          new IntentWatcher(
                  intents.dir(), wiring.reloader(), wiring.background(), Duration.ofMillis(500))
              .start();
    }
    OpsServer ops = null;
    if (http.port() != null) {
      Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
      checks.put("model", () -> wiring.model().current() != null);
      checks.put("knowledge base", () -> wiring.knowledgeBase().isHealthy());
      if (gateway != null) {
        checks.put("gateway", gateway);
      }
      ops = new OpsServer(http.host(), http.port(), checks, wiring.metrics()::scrape);
    }
    return new LiveServices(watcher, ops);
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    if (ops != null) {
      ops.close();
    }
    LOG.debug("live services stopped");
  }
}
