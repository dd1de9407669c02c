package org.spreadcoach.review;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Speaking HTTP on the JDK's server for the review page: query and form values in (a form is read
 * to at most 64 KiB), pages and redirects out, every response with the same security headers and a
 * Content-Security-Policy that loads nothing from another host.
 */
final class Exchanges {
  private static final int MAX_FORM = 64 * 1024;

  /** The page's policy; a page with charts adds {@code script-src} with its nonce. */
  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private Exchanges() {}

  static Optional<String> query(HttpExchange ex, String name) {
    String raw = ex.getRequestURI().getRawQuery();
    return raw == null ? Optional.empty() : Optional.ofNullable(parse(raw).get(name));
  }

  static Map<String, String> form(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readNBytes(MAX_FORM + 1);
    if (body.length > MAX_FORM) {
      throw new IllegalArgumentException("form too large");
    }
    return parse(new String(body, StandardCharsets.UTF_8));
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> out = new HashMap<>();
    for (String pair : encoded.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      out.putIfAbsent(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return out;
  }

  static void redirect(HttpExchange ex, String to) throws IOException {
    headers(ex);
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(303, -1);
  }

  static void send(HttpExchange ex, int status, String html) throws IOException {
    send(ex, status, html, CSP);
  }

  /** Sends a page under {@code csp}: the page with charts allows its own scripts by nonce. */
  static void send(HttpExchange ex, int status, String html, String csp) throws IOException {
    headers(ex);
    ex.getResponseHeaders().set("Content-Security-Policy", csp);
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void headers(HttpExchange ex) {
    var h = ex.getResponseHeaders();
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    // Not no-referrer: under it a browser sends "Origin: null" with the page's own forms.
    h.set("Referrer-Policy", "same-origin");
    h.set("X-Frame-Options", "DENY");
    h.set("Cache-Control", "no-store");
  }
}
