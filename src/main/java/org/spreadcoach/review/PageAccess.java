package org.spreadcoach.review;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.spreadcoach.review.apply.ApplyPreview;

/**
 * Who may use the review page. The one-time token in the printed URL is exchanged, on first use,
 * for an HttpOnly SameSite=Strict session cookie; every request without a valid session is refused.
 * A POST must also carry the session's CSRF value and, when the browser sends them, a same-origin
 * {@code Origin} and {@code Sec-Fetch-Site}. The {@code Host} header must name this machine, which
 * turns away DNS-rebinding pages. Nothing here logs the token.
 */
final class PageAccess {
  static final String COOKIE = "spreadcoach_review";

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final String host;
  private volatile String token;

  /** A browser that presented the token: its CSRF value and what the page keeps for it. */
  static final class Session {
    final String csrf;
    volatile ApplyPreview preview;
    volatile ApplyPreview saved;
    volatile String notice;

    Session(String csrf) {
      this.csrf = csrf;
    }
  }

  /**
   * @param host the address the server listens on
   */
  PageAccess(String host) {
    this.host = host;
    this.token = randomValue();
  }

  /** The token still to be used, or null once it has been. */
  String token() {
    return token;
  }

  /**
   * Exchanges the token for a new session when {@code presented} is it: the {@code Set-Cookie}
   * value to send, once; empty for a wrong or used token.
   */
  Optional<String> exchange(String presented) {
    synchronized (this) {
      String expected = token;
      if (expected == null || !constantTimeEquals(expected, presented)) {
        return Optional.empty();
      }
      // One use: a link copied from history or a screen share opens nothing.
      token = null;
    }
    String id = randomValue();
    sessions.put(id, new Session(randomValue()));
    return Optional.of(COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
  }

  /** The session the request's cookie names, or null. */
  Session session(Headers headers) {
    for (String header : headers.getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";", -1)) {
        String[] kv = part.strip().split("=", 2);
        if (kv.length == 2 && kv[0].equals(COOKIE)) {
          Session s = sessions.get(kv[1]);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }

  /** Whether a POST came from this page: the session's CSRF value, and no other site's origin. */
  boolean formIsOurs(Headers headers, String base, Session session, String csrf) {
    String origin = headers.getFirst("Origin");
    String hostHeader = headers.getFirst("Host");
    String asAddressed = hostHeader == null ? base : "http://" + hostHeader;
    if (origin != null && !origin.equals(base) && !origin.equals(asAddressed)) {
      return false;
    }
    String site = headers.getFirst("Sec-Fetch-Site");
    return (site == null || site.equals("same-origin")) && constantTimeEquals(session.csrf, csrf);
  }

  /** Whether the {@code Host} header names this machine (or there is none). */
  boolean hostAllowed(Headers headers) {
    String h = headers.getFirst("Host");
    if (h == null) {
      return true;
    }
    String name = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.split(":", -1)[0];
    return name.equals("localhost")
        || name.equals("127.0.0.1")
        || name.equals("[::1]")
        || name.equals(host)
        || ("[" + host + "]").equals(name)
        || host.equals("0.0.0.0");
  }

  /** A fresh unguessable value (tokens, sessions, CSRF values, script nonces). */
  String randomValue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean constantTimeEquals(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
