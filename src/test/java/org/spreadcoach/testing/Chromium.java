package org.spreadcoach.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The headless browser the page tests drive: Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs when absent. Where they are missing the tests skip and say so,
 * except in CI ({@code CI=true}), where that is a failure, as for {@link Postgres}.
 */
public final class Chromium {
  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips the test (or fails it in CI) unless the browser, and the driver when asked, are here. */
  public static void assumeInstalled(boolean withDriver) {
    boolean installed = Files.isExecutable(BROWSER) && (!withDriver || Files.isExecutable(DRIVER));
    if (installed) {
      return;
    }
    String why =
        "needs "
            + BROWSER
            + (withDriver ? " and " + DRIVER : "")
            + " (Debian's chromium"
            + (withDriver ? " and chromium-driver" : "")
            + "; .ci/run installs them)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI must run the browser tests: " + why);
    }
    Assumptions.abort(why);
  }
}
