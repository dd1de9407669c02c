package org.spreadcoach.discord.login;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outbound proxy as {@code curl} reads it: config {@code discord.proxy} first, then {@code
 * https_proxy}, {@code HTTPS_PROXY}, {@code all_proxy}, {@code ALL_PROXY}; hosts in {@code
 * no_proxy} / {@code NO_PROXY} (exact names, domain suffixes such as {@code .nhs.uk} or {@code
 * nhs.uk}, IP addresses, or {@code *} for all) go direct. Many NHS networks allow no direct
 * internet, so this matters.
 */
public final class ProxySettings {
  private final Proxy proxy;
  private final List<String> noProxy;
  private final String credentials;

  private ProxySettings(Proxy proxy, List<String> noProxy, String credentials) {
    this.proxy = proxy;
    this.noProxy = noProxy;
    this.credentials = credentials;
  }

  /**
   * Reads the proxy from config and environment.
   *
   * @return empty when no proxy is configured (connect directly)
   * @throws IllegalArgumentException when a proxy URL cannot be read (message names its source,
   *     never a password)
   */
  public static Optional<ProxySettings> from(String configured, Map<String, String> env) {
    String source = "discord.proxy";
    String url = blankToNull(configured);
    for (String name : List.of("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
      if (url == null) {
        url = blankToNull(env.get(name));
        source = name;
      }
    }
    if (url == null) {
      return Optional.empty();
    }
    String noProxy =
        Optional.ofNullable(blankToNull(env.get("no_proxy")))
            .orElse(Optional.ofNullable(env.get("NO_PROXY")).orElse(""));
    List<String> hosts = new ArrayList<>();
    for (String host : noProxy.split(",", -1)) {
      if (!host.isBlank()) {
        hosts.add(host.strip().toLowerCase(Locale.ROOT));
      }
    }
    return Optional.of(new ProxySettings(parse(url, source), List.copyOf(hosts), credentials(url)));
  }

  /** The {@code user:password} part of a proxy URL, percent-decoded, or null. */
  private static String credentials(String url) {
    String withScheme = url.contains("://") ? url : "http://" + url;
    try {
      String userInfo = new URI(withScheme).getUserInfo();
      return userInfo == null || userInfo.isEmpty() ? null : userInfo;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * The {@code Proxy-Authorization} value for a proxy URL with {@code user:password@}, for proxies
   * that ask for Basic authentication; empty when the URL names no user.
   */
  public Optional<String> basicAuthorization() {
    return Optional.ofNullable(credentials)
        .map(
            c -> "Basic " + Base64.getEncoder().encodeToString(c.getBytes(StandardCharsets.UTF_8)));
  }

  private static Proxy parse(String url, String source) {
    String withScheme = url.contains("://") ? url : "http://" + url;
    try {
      URI uri = new URI(withScheme);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException(source + " has no host name");
      }
      if (!"http".equalsIgnoreCase(uri.getScheme())) {
        throw new IllegalArgumentException(
            source + " must be an http:// proxy (CONNECT), found " + uri.getScheme() + "://");
      }
      int port = uri.getPort() == -1 ? 80 : uri.getPort();
      return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          source + " is not a proxy URL such as " + "http://proxy.example.nhs.uk:8080");
    }
  }

  /** Whether {@code host} goes direct. */
  public boolean bypasses(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (String entry : noProxy) {
      String e = entry.startsWith("*.") ? entry.substring(1) : entry;
      int colon = e.lastIndexOf(':');
      if (colon > 0 && !e.contains("]") && e.indexOf(':') == colon) {
        e = e.substring(0, colon);
      }
      if (e.equals("*") || h.equals(e) || h.endsWith(e.startsWith(".") ? e : "." + e)) {
        return true;
      }
    }
    return false;
  }

  public Proxy proxy() {
    return proxy;
  }

  /** A selector for Javacord's HTTP client and websocket. */
  public ProxySelector selector() {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(bypasses(uri.getHost()) ? Proxy.NO_PROXY : proxy);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // Javacord retries on its own; nothing to remember here.
      }
    };
  }

  @Override
  public String toString() {
    InetSocketAddress a = (InetSocketAddress) proxy.address();
    return a.getHostString()
        + ":"
        + a.getPort()
        + (noProxy.isEmpty() ? "" : " (direct for " + String.join(", ", noProxy) + ")");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
