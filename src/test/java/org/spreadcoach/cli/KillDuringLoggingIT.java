package org.spreadcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;

/**
 * Kills the bot with SIGKILL in the middle of a stream of logged messages: every message it
 * acknowledged (answered on stdout) before the kill is in the database, which opens cleanly.
 */
class KillDuringLoggingIT {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedMessageSurvivesAKill() throws Exception {
    Path intents = Files.createDirectories(dir.resolve("intents"));
    TestCatalogs.writeSmall(intents);
    Path db = dir.resolve("kb.db");
    Path config = dir.resolve("spreadcoach.yaml");
    Files.writeString(
        config, "kb:\n  url: jdbc:sqlite:" + db + "\nchannels:\n  team: {log: true}\n");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "org.spreadcoach.cli.Main",
            "replay",
            "--config",
            config.toString(),
            "--intents",
            intents.toString(),
            "-");
    pb.environment().putAll(TestEnv.env());
    pb.redirectError(dir.resolve("stderr.log").toFile());
    int acknowledged = 60;
    Process bot = pb.start();
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(90),
          () -> {
            try (OutputStream in = bot.getOutputStream()) {
              StringBuilder lines = new StringBuilder();
              for (int i = 0; i < 400; i++) {
                lines
                    .append("{\"type\":\"message\",\"channel\":\"team\",\"user\":\"u")
                    .append(i % 7)
                    .append("\",\"text\":\"message number ")
                    .append(i)
                    .append(" about spreading our pathway\"}\n");
              }
              in.write(lines.toString().getBytes(StandardCharsets.UTF_8));
              in.flush();
              BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8));
              for (int i = 0; i < acknowledged; i++) {
                assertThat(out.readLine()).as("output line %d", i + 1).isNotNull();
              }
              bot.destroyForcibly();
              assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
          });
    } finally {
      bot.destroyForcibly();
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      Set<String> stored = new HashSet<>();
      try (ResultSet rs = s.executeQuery("SELECT text FROM messages")) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
      List<String> expected =
          IntStream.range(0, acknowledged)
              .mapToObj(i -> "message number " + i + " about spreading our pathway")
              .toList();
      assertThat(stored).containsAll(expected);
    }
  }
}
