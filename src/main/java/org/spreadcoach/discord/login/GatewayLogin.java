package org.spreadcoach.discord.login;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.exception.DiscordException;
import org.spreadcoach.discord.logs.PayloadScrubber;

/**
 * Opening the gateway: asks Discord whether it takes the token ({@link TokenCheck#beforeGateway}; a
 * refusal ends the login at once), then logs in through Javacord with the intents the bot needs,
 * through the proxy when there is one, all within one login timeout; a failure becomes one sentence
 * for the operator.
 */
public final class GatewayLogin {
  private GatewayLogin() {}

  /**
   * A logged-in Javacord client.
   *
   * @param token the bot token; never logged
   * @param ticker where the token check schedules its timeout
   * @throws DiscordLoginException with one sentence when Discord is unreachable or refuses the
   *     token ({@link DiscordLoginException#tokenRefused()} tells which)
   */
  public static DiscordApi open(
      String token,
      Optional<ProxySettings> proxy,
      Duration loginTimeout,
      int totalShards,
      int shard,
      ScheduledExecutorService ticker)
      throws DiscordLoginException {
    long deadline = System.nanoTime() + loginTimeout.toNanos();
    TokenCheck.beforeGateway(token, proxy, ticker, loginTimeout, deadline);
    DiscordApiBuilder builder =
        new DiscordApiBuilder()
            .setToken(token)
            .setIntents(
                Intent.GUILDS,
                Intent.GUILD_MESSAGES,
                Intent.GUILD_MESSAGE_REACTIONS,
                Intent.DIRECT_MESSAGES,
                Intent.DIRECT_MESSAGE_REACTIONS,
                Intent.MESSAGE_CONTENT)
            .setWaitForUsersOnStartup(false)
            // Javacord's own shutdown hook would disconnect in parallel with the orderly stop
            // (events in flight still answering); the bot disconnects once they are done.
            .setShutdownHookRegistrationEnabled(false)
            .setTotalShards(totalShards)
            .setCurrentShard(shard);
    proxy.ifPresent(
        p -> {
          builder.setProxySelector(p.selector());
          p.basicAuthorization()
              .ifPresent(
                  authorization ->
                      builder.setProxyAuthenticator(
                          (route, request, response) ->
                              // Answer the proxy's 407 once; a second refusal means the password is
                              // wrong.
                              response.getCode() == 407
                                      && request.getHeaders("Proxy-Authorization").isEmpty()
                                  ? Map.of("Proxy-Authorization", List.of(authorization))
                                  : null));
        });
    try {
      return builder.login().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new DiscordLoginException(
          "Discord took the token but its gateway did not let the bot in within "
              + loginTimeout.toSeconds()
              + " s: a proxy or firewall that blocks websockets (wss://gateway.discord.gg) is the "
              + "usual cause; the log lines above name what failed.");
    } catch (ExecutionException e) {
      throw loginRefused(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordLoginException("Interrupted while logging in to Discord.");
    }
  }

  /** Why Javacord's login failed, in one sentence for the operator. */
  static DiscordLoginException loginRefused(Throwable cause) {
    if (cause instanceof DiscordException d
        && d.getResponse().map(r -> r.getCode() == 401).orElse(false)) {
      return DiscordLoginException.tokenRefused(
          "it answered 401 Unauthorized to GET /oauth2/applications/@me");
    }
    if (cause instanceof IllegalStateException
        && String.valueOf(cause.getMessage()).startsWith("Websocket closed before READY")) {
      return new DiscordLoginException(
          "Discord closed the gateway before the bot was in: most often the Message Content "
              + "intent is not switched on for this bot (Discord closes with 4014; Developer Portal"
              + " > Bot > Privileged Gateway Intents), or the token was reset meanwhile (4004).");
    }
    return new DiscordLoginException(
        "Discord refused the login (" + PayloadScrubber.causes(cause) + ").");
  }
}
