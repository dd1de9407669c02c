package org.spreadcoach.discord.login;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.javacord.api.Javacord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.discord.logs.PayloadScrubber;

/**
 * Asks Discord whether it takes the bot token before the gateway is opened: {@code GET /users/@me},
 * the first REST call that carries the token. Javacord 3.8.0 cannot tell a refused token from a
 * network failure, so a wrong token meant a minute of retries and stack traces; here a 401 ends the
 * login at once. Anything else (no route, a TLS failure, a proxy that refuses, Discord's 5xx or
 * 429) is tried again after a pause that grows (or the one Discord asks for), with one log line per
 * retry naming the cause, until Discord answers or the caller stops waiting.
 */
public final class TokenCheck {
  private static final Logger LOG = LoggerFactory.getLogger(TokenCheck.class);

  /** Discord's REST API, as Javacord reaches it. */
  public static final HttpUrl DISCORD_API = HttpUrl.get("https://discord.com/api/v10/");

  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

  /** Discord refused the token; the message says how, in a few words, without the token. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** The first pause before the check tries again at login; each next one doubles. */
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

  /** Longest a single request of the check may take. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The check a login makes before it opens the gateway: asks Discord whether it takes {@code
   * token}, through {@code proxy} and the JVM's trust store as Javacord reaches it, retrying until
   * {@code deadline} ({@link System#nanoTime()}).
   *
   * @param loginTimeout the whole login's timeout, for the message when it runs out
   * @throws DiscordLoginException with one sentence when Discord refuses the token ({@link
   *     DiscordLoginException#tokenRefused()}) or cannot be reached in time
   */
  public static void beforeGateway(
      String token,
      Optional<ProxySettings> proxy,
      ScheduledExecutorService scheduler,
      Duration loginTimeout,
      long deadline)
      throws DiscordLoginException {
    OkHttpClient client = httpClient(proxy);
    CompletableFuture<Void> check =
        new TokenCheck(client, DISCORD_API, scheduler, FIRST_RETRY).check(token);
    try {
      check.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new DiscordLoginException(
          "Could not log in to Discord within "
              + loginTimeout.toSeconds()
              + " s: check the network, or set HTTPS_PROXY "
              + "(or discord.proxy) where direct internet is blocked.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Refused refused) {
        throw DiscordLoginException.tokenRefused(refused.getMessage());
      }
      throw new DiscordLoginException(
          "Could not check the bot token with Discord ("
              + PayloadScrubber.causes(e.getCause())
              + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordLoginException("Interrupted while logging in to Discord.");
    } finally {
      check.cancel(false);
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** An HTTP client that reaches Discord the way Javacord does: same proxy, JVM trust store. */
  private static OkHttpClient httpClient(Optional<ProxySettings> proxy) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder().callTimeout(CALL_TIMEOUT);
    proxy.ifPresent(
        p -> {
          builder.proxySelector(p.selector());
          p.basicAuthorization()
              .ifPresent(
                  authorization ->
                      builder.proxyAuthenticator(
                          (route, response) ->
                              // Once; a second 407 means the password is wrong.
                              response.request().header("Proxy-Authorization") != null
                                  ? null
                                  : response
                                      .request()
                                      .newBuilder()
                                      .header("Proxy-Authorization", authorization)
                                      .build()));
        });
    return builder.build();
  }

  private final OkHttpClient client;
  private final HttpUrl api;
  private final ScheduledExecutorService scheduler;
  private final Duration firstPause;

  /**
   * @param client the HTTP client, with the proxy the bot uses
   * @param api Discord's REST API ({@link #DISCORD_API}; a local server in tests)
   * @param scheduler runs the retries
   * @param firstPause the pause before the first retry; each next one is twice as long, at most 30
   *     s
   */
  public TokenCheck(
      OkHttpClient client, HttpUrl api, ScheduledExecutorService scheduler, Duration firstPause) {
    this.client = client;
    this.api = api;
    this.scheduler = scheduler;
    this.firstPause = firstPause;
  }

  /**
   * Completes when Discord accepts {@code token}; fails with {@link Refused} when it answers 401.
   * Retries until then; completing or cancelling the returned future stops them.
   */
  public CompletableFuture<Void> check(String token) {
    CompletableFuture<Void> result = new CompletableFuture<>();
    attempt(token, result, 0);
    return result;
  }

  private void attempt(String token, CompletableFuture<Void> result, int retries) {
    if (result.isDone()) {
      return;
    }
    Request request =
        new Request.Builder()
            .url(api.resolve("users/@me"))
            .header("Authorization", "Bot " + token)
            .header("User-Agent", Javacord.USER_AGENT)
            .build();
    Call call = client.newCall(request);
    CompletableFuture<Void> unused =
        result.whenComplete(
            (value, error) -> {
              if (result.isCancelled()) {
                call.cancel();
              }
            });
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call call, IOException e) {
            retry(token, result, retries, PayloadScrubber.causes(e), null);
          }

          @Override
          public void onResponse(Call call, Response response) {
            try (response) {
              int code = response.code();
              if (code / 100 == 2) {
                result.complete(null);
              } else if (code == 401) {
                result.completeExceptionally(
                    new Refused("it answered 401 Unauthorized to GET /users/@me"));
              } else if (code == 429) {
                retry(
                    token,
                    result,
                    retries,
                    "Discord answered 429 Too Many Requests",
                    asked(response));
              } else {
                retry(token, result, retries, "Discord answered HTTP " + code, null);
              }
            }
          }
        });
  }

  /** The pause a 429 asks for (Retry-After, in seconds), or null. */
  private static Duration asked(Response response) {
    String header = response.header("Retry-After");
    try {
      return header == null ? null : Duration.ofMillis((long) (Double.parseDouble(header) * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void retry(
      String token, CompletableFuture<Void> result, int retries, String cause, Duration asked) {
    if (result.isDone()) {
      return;
    }
    Duration pause = asked != null ? asked : pause(retries);
    LOG.warn(
        "could not check the bot token with Discord ({}); trying again in {} s",
        cause,
        String.format(Locale.ROOT, "%.1f", pause.toMillis() / 1000.0));
    try {
      ScheduledFuture<?> next =
          scheduler.schedule(
              () -> attempt(token, result, retries + 1), pause.toMillis(), TimeUnit.MILLISECONDS);
      CompletableFuture<Void> unused = result.whenComplete((value, error) -> next.cancel(false));
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(e); // the bot is stopping
    }
  }

  /** {@code firstPause} doubled for each retry so far, at most 30 s. */
  Duration pause(int retries) {
    Duration pause = firstPause;
    for (int i = 0; i < retries && pause.compareTo(LONGEST_PAUSE) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }
}
