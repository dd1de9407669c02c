package org.spreadcoach.review;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.evaluation.IntentEvaluator;
import org.spreadcoach.evaluation.OpenWorld;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentLoader;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.ReviewStore;
import org.spreadcoach.kb.ReviewStore.Decision;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.review.PageAccess.Session;
import org.spreadcoach.review.apply.ApplyPreview;
import org.spreadcoach.review.apply.Decided;
import org.spreadcoach.review.apply.Retrainer;
import org.spreadcoach.threads.DaemonThreads;

/**
 * The review page over the JDK's HTTP server: routes each request to the queue, the decisions,
 * Apply and its confirmation, once {@link PageAccess} has let it in; {@link Exchanges} reads the
 * forms and sends the pages.
 */
public final class ReviewServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);

  /** How far back the page's activity charts look (as {@code report}'s default). */
  static final Duration CHART_PERIOD = Duration.ofDays(90);

  private final HttpServer server;
  private final ExecutorService executor;
  private final ReviewQueue queue;
  private final ReviewStore store;
  private final Retrainer retrainer;
  private final Supplier<List<String>> intents;
  private final Function<Instant, Activity> activity;
  private final Clock clock;
  private final PageAccess access;
  private final String host;

  /**
   * Starts listening.
   *
   * @param port the port, or 0 for any free one
   * @param intents the intent ids a maintainer may assign, read afresh for each page
   * @param activity what the knowledge base holds from a time on, for the activity charts
   * @throws IOException when the address cannot be bound (the message says which)
   */
  public ReviewServer(
      String host,
      int port,
      ReviewQueue queue,
      ReviewStore store,
      Retrainer retrainer,
      Supplier<List<String>> intents,
      Function<Instant, Activity> activity,
      Clock clock)
      throws IOException {
    this.queue = queue;
    this.activity = activity;
    this.store = store;
    this.retrainer = retrainer;
    this.intents = intents;
    this.clock = clock;
    this.host = host;
    this.access = new PageAccess(host);
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (BindException e) {
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    executor = Executors.newFixedThreadPool(2, DaemonThreads.named("review-http"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    LOG.info("review page listening on {}:{}", host, port());
  }

  /**
   * The review page over {@code kb} and the intent files in {@code intentsDir}, with the
   * recogniser's settings from {@code config}.
   *
   * @param openWorld everyday text for the open-world figure, or null
   */
  public static ReviewServer start(
      Config config,
      KnowledgeBase kb,
      Path intentsDir,
      OpenWorld openWorld,
      String host,
      int port,
      Clock clock)
      throws IOException {
    IntentEvaluator evaluator =
        new IntentEvaluator(
            NluSettings.from(config), CoachSettings.from(config).ambientThreshold());
    Retrainer retrainer = new Retrainer(intentsDir, evaluator, openWorld, kb.review(), clock);
    ReviewServer server =
        new ReviewServer(
            host,
            port,
            new ReviewQueue(kb.review(), ReviewSettings.from(config)),
            kb.review(),
            retrainer,
            () -> intentIds(intentsDir),
            kb::activity,
            clock);
    // The "before" figures take a few seconds: measure them while the maintainer reads the queue.
    Thread measure =
        new Thread(
            () -> {
              try {
                retrainer.measureCurrent();
              } catch (RuntimeException e) {
                LOG.warn("could not evaluate the intent files: {}", e.toString());
              }
            },
            "review-measure");
    measure.setDaemon(true);
    measure.start();
    return server;
  }

  /** The intent ids in the files now, sorted; none while the files do not load. */
  private static List<String> intentIds(Path dir) {
    LoadResult result = new IntentLoader().load(dir);
    return result.ok()
        ? result.catalog().intents().stream().map(Intent::id).sorted().toList()
        : List.of();
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The URL to open, with the one-time token: print it once, never log it. */
  public String url() {
    String t = access.token();
    return base() + "/" + (t == null ? "" : "?token=" + t);
  }

  private String base() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      try {
        route(ex);
      } catch (RuntimeException e) {
        // Bad input or a failing database never takes the server down: the page says what failed.
        LOG.warn("review request failed: {}", e.toString());
        Exchanges.send(ex, 500, ReviewPage.refused("That did not work: " + e.getMessage()));
      }
    }
  }

  private void route(HttpExchange ex) throws IOException {
    if (!access.hostAllowed(ex.getRequestHeaders())) {
      Exchanges.send(ex, 403, ReviewPage.refused("Unknown host name."));
      return;
    }
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    Optional<String> presented = Exchanges.query(ex, "token");
    if (method.equals("GET") && path.equals("/") && presented.isPresent()) {
      exchangeToken(ex, presented.get());
      return;
    }
    Session session = access.session(ex.getRequestHeaders());
    if (session == null) {
      Exchanges.send(
          ex,
          403,
          ReviewPage.refused(
              "Open the review page through the URL that `spreadcoach review` printed."));
      return;
    }
    if (method.equals("GET")) {
      switch (path) {
        case "/" -> {
          String notice = session.notice;
          session.notice = null;
          String nonce = access.randomValue();
          Activity since = activity.apply(clock.instant().minus(CHART_PERIOD));
          Exchanges.send(
              ex,
              200,
              ReviewPage.queue(queue.items(), intents.get(), session.csrf, notice, since, nonce),
              Exchanges.CSP + "; script-src 'nonce-" + nonce + "'");
        }
        case "/preview" -> {
          ApplyPreview p = session.preview;
          if (p == null) {
            Exchanges.redirect(ex, "/");
          } else {
            Exchanges.send(ex, 200, ReviewPage.preview(p, session.csrf));
          }
        }
        case "/saved" -> {
          ApplyPreview p = session.saved;
          if (p == null) {
            Exchanges.redirect(ex, "/");
          } else {
            Exchanges.send(ex, 200, ReviewPage.saved(p));
          }
        }
        default -> Exchanges.send(ex, 404, ReviewPage.refused("No such page."));
      }
      return;
    }
    if (!method.equals("POST")) {
      Exchanges.send(ex, 405, ReviewPage.refused("Only GET and POST."));
      return;
    }
    Map<String, String> form = Exchanges.form(ex);
    if (!access.formIsOurs(ex.getRequestHeaders(), base(), session, form.get("csrf"))) {
      Exchanges.send(ex, 403, ReviewPage.refused("This form did not come from the review page."));
      return;
    }
    switch (path) {
      case "/decide" -> decide(ex, session, form);
      case "/apply" -> {
        session.preview =
            retrainer.preview(
                queue.items().stream()
                    .filter(i -> i.decision() != null)
                    .map(
                        i ->
                            new Decided(
                                i.key(), i.text(), i.messageIds(), i.decision(), i.decidedIntent()))
                    .toList());
        Exchanges.redirect(ex, "/preview");
      }
      case "/save" -> save(ex, session, form);
      default -> Exchanges.send(ex, 404, ReviewPage.refused("No such action."));
    }
  }

  private void exchangeToken(HttpExchange ex, String presented) throws IOException {
    Optional<String> cookie = access.exchange(presented);
    if (cookie.isEmpty()) {
      Exchanges.send(
          ex,
          403,
          ReviewPage.refused(
              "This link has been used already or is wrong. Restart `spreadcoach review` for a"
                  + " new one."));
      return;
    }
    ex.getResponseHeaders().add("Set-Cookie", cookie.get());
    Exchanges.redirect(ex, "/");
  }

  private void decide(HttpExchange ex, Session session, Map<String, String> form)
      throws IOException {
    String key = form.getOrDefault("key", "");
    Optional<QueueItem> item = queue.item(key);
    if (item.isEmpty()) {
      session.notice = "That item is no longer queued.";
      Exchanges.redirect(ex, "/");
      return;
    }
    List<Long> ids = item.get().messageIds();
    String action = form.getOrDefault("action", "");
    switch (action) {
      case "intent" -> {
        String intent = form.getOrDefault("intent", "");
        if (!intents.get().contains(intent)) {
          Exchanges.send(
              ex, 400, ReviewPage.refused("No intent '" + intent + "' in the intent files."));
          return;
        }
        store.decide(ids, Decision.INTENT, intent, clock.instant());
      }
      case "out-of-scope" -> store.decide(ids, Decision.OUT_OF_SCOPE, null, clock.instant());
      case "dismiss" -> store.decide(ids, Decision.DISMISSED, null, clock.instant());
      case "undo" -> store.undecide(ids);
      default -> {
        Exchanges.send(ex, 400, ReviewPage.refused("Unknown action."));
        return;
      }
    }
    Exchanges.redirect(ex, "/");
  }

  private void save(HttpExchange ex, Session session, Map<String, String> form) throws IOException {
    ApplyPreview p = session.preview;
    if (p == null) {
      Exchanges.redirect(ex, "/");
      return;
    }
    if (!p.worse().isEmpty() && !"yes".equals(form.get("anyway"))) {
      // The second confirmation: a figure got worse and the button that says so was not pressed.
      Exchanges.redirect(ex, "/preview");
      return;
    }
    retrainer.save(p);
    session.preview = null;
    session.saved = p;
    Exchanges.redirect(ex, "/saved");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
