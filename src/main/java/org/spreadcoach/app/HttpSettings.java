package org.spreadcoach.app;

import static org.spreadcoach.config.Constraint.between;

import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * The health and metrics endpoint (section {@code http}): off unless a port is given.
 *
 * @param port the port, or null for no endpoint
 * @param host the address it listens on
 */
public record HttpSettings(Integer port, String host) {

  public static final Key<Integer> PORT =
      Key.optionalInteger(
          "http.port",
          between(0, 65_535),
          "port for /healthz and /metrics (also --http-port); off when unset");
  public static final Key<String> HOST =
      Key.text(
          "http.host",
          "127.0.0.1",
          "address the health and metrics endpoint listens on (0.0.0.0 in a container)");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(PORT, HOST);

  public HttpSettings {
    PORT.require(port);
  }

  /** The settings {@code config} holds. */
  public static HttpSettings from(Config config) {
    return new HttpSettings(config.get(PORT), config.get(HOST));
  }

  /** These settings with the port from {@code --http-port}, when the flag is given. */
  public HttpSettings withPort(Integer flag) {
    return flag == null ? this : new HttpSettings(flag, host);
  }
}
