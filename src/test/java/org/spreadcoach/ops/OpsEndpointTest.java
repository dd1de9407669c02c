package org.spreadcoach.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.chat.ChatMessage;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/** /healthz and /metrics over real HTTP against the real wiring. */
class OpsEndpointTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private Wiring wiring;
  private OpsServer server;
  private final AtomicBoolean gateway = new AtomicBoolean(false);

  @BeforeEach
  void setUp() throws Exception {
    var model = TestCatalogs.smallModel();
    wiring =
        Wiring.assemble(
            Config.defaults(),
            model,
            () -> new LoadResult(model.catalog(), List.of()),
            new ManualClock(ManualClock.REPLAY_EPOCH),
            ChannelMode.AMBIENT,
            Wiring.KbChoice.IN_MEMORY_UNLESS_SET,
            TestEnv.env());
    Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
    checks.put("model", () -> wiring.model().current() != null);
    checks.put("knowledge base", () -> wiring.knowledgeBase().isHealthy());
    checks.put("gateway", gateway::get);
    server = new OpsServer("127.0.0.1", 0, checks, wiring.metrics()::scrape);
  }

  @AfterEach
  void tearDown() {
    server.close();
    wiring.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIs503UntilTheGatewayConnectsThen200() throws Exception {
    HttpResponse<String> before = get("/healthz");
    gateway.set(true);
    HttpResponse<String> after = get("/healthz");

    assertThat(before.statusCode()).isEqualTo(503);
    assertThat(before.body()).contains("gateway: failing").contains("knowledge base: ok");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).startsWith("ok");
  }

  @Test
  void healthFailsWhenTheKnowledgeBaseStopsAnswering() throws Exception {
    gateway.set(true);
    wiring.knowledgeBase().close();

    assertThat(get("/healthz").statusCode()).isEqualTo(503);
  }

  @Test
  void metricsCountMessagesRepliesSilencesAndLatency() throws Exception {
    ChatMessage question =
        new ChatMessage(
            "c", "u", "u", Set.of(), "which networks could help spread our pathway", false, false);
    ChatMessage chatter =
        new ChatMessage("c", "u", "u", Set.of(), "who brought the cake", false, false);
    wiring.bot().onMessage(question);
    wiring.bot().onMessage(chatter);
    wiring.bot().onMessage(question);

    String metrics = get("/metrics").body();

    assertThat(metrics)
        .contains("spreadcoach_messages_seen_total 3.0")
        .contains("spreadcoach_replies_total 1.0")
        .contains("spreadcoach_silences_total{reason=\"out_of_scope\"} 1.0")
        .contains("spreadcoach_silences_total{reason=\"cooldown\"} 1.0")
        .contains("spreadcoach_recognition_seconds_count 3")
        .contains("spreadcoach_model_generation 1.0")
        .contains("spreadcoach_rounds_open 0.0")
        .contains("spreadcoach_kb_write_failures_total 0.0")
        .contains("spreadcoach_kb_writes_pending 0.0")
        .contains("spreadcoach_model_reload_failures_total 0.0");
  }
}
