package org.spreadcoach.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.threads.DaemonThreads;

/**
 * {@code /healthz} and {@code /metrics} over HTTP, with the JDK's own server (no extra dependency
 * for two read-only endpoints). {@code /healthz} is 200 only when every check passes, 503
 * otherwise, and names each check in its body.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
  private final HttpServer server;

  /**
   * @param checks health checks by name, such as "model", "knowledge base", "gateway"
   * @param metrics the Prometheus text to serve
   */
  public OpsServer(
      String host, int port, Map<String, BooleanSupplier> checks, Supplier<String> metrics)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.setExecutor(Executors.newFixedThreadPool(2, DaemonThreads.named("ops-http")));
    Map<String, BooleanSupplier> ordered = new LinkedHashMap<>(checks);
    server.createContext(
        "/healthz",
        exchange -> {
          Map<String, Boolean> results = new LinkedHashMap<>();
          ordered.forEach((name, check) -> results.put(name, passes(check)));
          boolean ok = results.values().stream().allMatch(Boolean::booleanValue);
          String body =
              (ok ? "ok" : "unavailable")
                  + "\n"
                  + results.entrySet().stream()
                      .map(e -> e.getKey() + ": " + (e.getValue() ? "ok" : "failing"))
                      .collect(Collectors.joining("\n"))
                  + "\n";
          send(exchange, ok ? 200 : 503, "text/plain; charset=utf-8", body);
        });
    server.createContext(
        "/metrics",
        exchange -> send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get()));
    server.start();
    LOG.info("health and metrics on http://{}:{}/healthz and /metrics", host, port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static boolean passes(BooleanSupplier check) {
    try {
      return check.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
