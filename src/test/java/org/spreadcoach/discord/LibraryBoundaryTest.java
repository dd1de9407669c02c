package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javacord has ceased development; the bot keeps it, and the HTTP client under it, inside this
 * package, so that replacing it touches nothing else (deploy/README.md promises operators as much).
 */
class LibraryBoundaryTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path DISCORD = MAIN.resolve("org/spreadcoach/discord");

  @Test
  void onlyTheDiscordPackageImportsJavacordOrOkHttp() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertThat(sources).as("the sources are where the test looks").hasSizeGreaterThan(50);
    List<Path> outside =
        sources.stream()
            .filter(f -> !f.startsWith(DISCORD))
            .filter(f -> imports(f, "org.javacord.") || imports(f, "okhttp3."))
            .toList();
    assertThat(outside).isEmpty();
    assertThat(sources.stream().filter(f -> f.startsWith(DISCORD)))
        .anyMatch(f -> imports(f, "org.javacord."));
  }

  private static boolean imports(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream()
          .anyMatch(
              l -> l.startsWith("import " + prefix) || l.startsWith("import static " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
