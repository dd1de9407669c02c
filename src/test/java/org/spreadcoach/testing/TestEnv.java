package org.spreadcoach.testing;

import java.util.Map;

/** The environment tests hand the wiring: a fixed pseudonym key, so no key file is written. */
public final class TestEnv {
  public static final String PSEUDONYM_KEY = "test-pseudonym-key-0123456789abcdef";

  private TestEnv() {}

  public static Map<String, String> env() {
    return Map.of("SPREADCOACH_PSEUDONYM_KEY", PSEUDONYM_KEY);
  }
}
