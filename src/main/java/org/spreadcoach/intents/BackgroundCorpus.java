package org.spreadcoach.intents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The background corpus: everyday text the bot must never answer unprompted (team-channel chatter,
 * everyday questions, talk to a bot), kept apart from the curated intents in {@code background/}
 * beside them as plain text, one utterance per line, {@code #} starting a comment. It teaches the
 * out-of-scope decision what the open world looks like; it is not validated like the intents, only
 * read.
 */
public final class BackgroundCorpus {
  /** The folder inside an intents directory that holds the corpus. */
  public static final String DIR = "background";

  private BackgroundCorpus() {}

  /** Whether a path is a corpus file the loader reads. */
  static boolean isCorpusFile(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path) && !name.startsWith(".") && name.endsWith(".txt");
  }

  /** Every utterance of every {@code *.txt} file directly in {@code dir}, files in name order. */
  static List<String> read(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path file : listing.filter(BackgroundCorpus::isCorpusFile).sorted().toList()) {
        lines.addAll(parse(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return lines;
  }

  /** The utterances of one file's text. */
  static List<String> parse(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
