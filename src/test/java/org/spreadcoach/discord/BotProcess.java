package org.spreadcoach.discord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;

/**
 * The bot as a child JVM, started the way production starts it ({@code java -cp ...
 * org.spreadcoach.cli.Main discord ...}): a fresh JVM (Javacord keeps the gateway URL and rate
 * limiters in static fields), the JVM's own TLS trust store, and a real SIGTERM to stop it. Its
 * stdout and stderr are written to files and their lines offered to the test as they come.
 */
final class BotProcess implements AutoCloseable {
  /**
   * Variables that could steer the child away from what the test gives it (the JVM's own also print
   * a "Picked up ..." line that is not the bot's).
   */
  private static final List<String> INHERITED_NOISE =
      List.of(
          "https_proxy",
          "http_proxy",
          "all_proxy",
          "no_proxy",
          "discord_token",
          "java_tool_options",
          "_java_options",
          "jdk_java_options");

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  /** Every output line so far, and the same lines as a queue to wait on. */
  private final List<String> seen = new ArrayList<>();

  private final BlockingQueue<String> arrivals = new LinkedBlockingQueue<>();
  private final List<Thread> pumps = new ArrayList<>();

  private BotProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    pumps.add(pump(process.getInputStream(), stdout));
    pumps.add(pump(process.getErrorStream(), stderr));
  }

  /**
   * Starts {@code Main args...} in a new JVM with the test's class path.
   *
   * @param jvmOptions options before the class name, such as {@code -Djavax.net.ssl...}
   * @param env added to a copy of this JVM's environment, after proxy, token and {@code
   *     SPREADCOACH_*} variables are removed from it
   * @param logs directory for {@code stdout.log} and {@code stderr.log}
   */
  static BotProcess start(
      List<String> jvmOptions, Map<String, String> env, Path logs, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.spreadcoach.cli.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> childEnv = builder.environment();
    childEnv
        .keySet()
        .removeIf(
            name ->
                INHERITED_NOISE.contains(name.toLowerCase(Locale.ROOT))
                    || name.startsWith("SPREADCOACH_"));
    childEnv.putAll(env);
    Files.createDirectories(logs);
    return new BotProcess(builder.start(), logs.resolve("stdout.log"), logs.resolve("stderr.log"));
  }

  /**
   * Writes what {@code discord} needs into {@code dir}: the small test catalogue as the intents and
   * {@code config} as the config file.
   *
   * @return the arguments of {@code Main} that run the bot with them
   */
  static String[] discordArguments(Path dir, String config) throws IOException {
    Path intents = Files.createDirectories(dir.resolve("intents"));
    TestCatalogs.writeSmall(intents);
    Path file = Files.writeString(dir.resolve("spreadcoach.yaml"), config);
    return new String[] {"discord", "--config", file.toString(), "--intents", intents.toString()};
  }

  /** The environment of a bot reaching Discord through the proxy on 127.0.0.1:{@code port}. */
  static Map<String, String> environment(String token, int proxyPort) {
    return Map.of(
        "DISCORD_TOKEN",
        token,
        "HTTPS_PROXY",
        "http://127.0.0.1:" + proxyPort,
        // The gateway is on 127.0.0.1 too, and goes direct, as curl would take it.
        "NO_PROXY",
        "127.0.0.1,localhost",
        "SPREADCOACH_PSEUDONYM_KEY",
        TestEnv.PSEUDONYM_KEY);
  }

  private Thread pump(InputStream from, Path to) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8));
                  Writer out = Files.newBufferedWriter(to)) {
                String line;
                while ((line = in.readLine()) != null) {
                  out.write(line);
                  out.write('\n');
                  out.flush();
                  synchronized (seen) {
                    seen.add(line);
                  }
                  arrivals.add(line);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "bot-output-" + to.getFileName());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Waits until an output line (stdout or stderr), written at any time since the start, contains
   * {@code text}.
   *
   * @throws AssertionError with the output so far when it does not come in time or the bot exits
   *     first
   */
  String awaitLine(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      synchronized (seen) {
        for (; checked < seen.size(); checked++) {
          if (seen.get(checked).contains(text)) {
            return seen.get(checked);
          }
        }
      }
      // Wakes on the next line, or every half second to notice that the bot has exited.
      String line =
          arrivals.poll(
              Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(500)),
              TimeUnit.NANOSECONDS);
      if (line == null && (!process.isAlive() || System.nanoTime() >= deadline)) {
        throw new AssertionError(
            "the bot did not write '"
                + text
                + "' within "
                + timeout.toSeconds()
                + " s"
                + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")")
                + "; its stderr:\n"
                + stderr());
      }
    }
  }

  /**
   * Sends SIGTERM and waits for the process to end.
   *
   * @return the exit code
   * @throws AssertionError when it is still running after {@code timeout}
   */
  int terminate(Duration timeout) throws InterruptedException {
    // SIGTERM through the handle: Process.destroy() would also close our ends of the child's
    // stdout and stderr, losing what it writes while it stops.
    process.toHandle().destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "the bot was still running "
              + timeout.toSeconds()
              + " s after SIGTERM; its stderr:\n"
              + stderr());
    }
    return finish();
  }

  /** Waits for the process to end by itself, and returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "the bot did not exit within " + timeout.toSeconds() + " s; its stderr:\n" + stderr());
    }
    return finish();
  }

  private int finish() throws InterruptedException {
    for (Thread pump : pumps) {
      pump.join(TimeUnit.SECONDS.toMillis(5));
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stdout() {
    return read(stdout);
  }

  String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
