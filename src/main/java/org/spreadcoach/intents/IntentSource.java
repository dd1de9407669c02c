package org.spreadcoach.intents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spreadcoach.yaml.Problem;

/**
 * Finds the intent files: the directory the user named, or, when the default {@code intents}
 * directory is absent (the jar run elsewhere), the copy bundled in the jar.
 */
public final class IntentSource {
  static final String BUNDLED = "bundled-intents";
  private final IntentLoader loader = new IntentLoader();

  /**
   * Loads intents.
   *
   * @param dir the directory to read
   * @param explicit whether the user named it; a missing default falls back to the bundled copy, a
   *     missing named directory is an error
   */
  public LoadResult load(Path dir, boolean explicit) {
    if (Files.isDirectory(dir) || explicit) {
      LoadResult result = loader.load(dir);
      if (!result.ok()) {
        return result;
      }
      // A directory of one's own intents may leave the everyday text to the bundled corpus.
      Path background = dir.resolve(BackgroundCorpus.DIR);
      if (!Files.isDirectory(background)) {
        LoadResult withBundled =
            withBundled(
                bundled ->
                    withBackground(
                        result,
                        bundled.resolve(BackgroundCorpus.DIR),
                        BUNDLED + "/" + BackgroundCorpus.DIR));
        // A build without bundled intents (some tests) simply has no background.
        return withBundled.ok() ? withBundled : result;
      }
      return withBackground(result, background, background.toString());
    }
    return loadBundled();
  }

  private static LoadResult withBackground(LoadResult result, Path dir, String name) {
    if (!Files.isDirectory(dir)) {
      return result;
    }
    try {
      return new LoadResult(
          result.catalog().withBackground(BackgroundCorpus.read(dir)),
          result.problems(),
          result.warnings());
    } catch (IOException | UncheckedIOException e) {
      return new LoadResult(
          null,
          List.of(new Problem(name, 0, "cannot read the background corpus: " + e.getMessage())));
    }
  }

  /** Where {@link #load} reads from, for log lines. */
  public String describe(Path dir, boolean explicit) {
    return Files.isDirectory(dir) || explicit ? dir.toString() : "the intents bundled in the jar";
  }

  /** The intents packaged with this build, with their background corpus. */
  public LoadResult loadBundled() {
    return withBundled(
        dir -> {
          LoadResult result = readAll(dir);
          return result.ok()
              ? withBackground(
                  result, dir.resolve(BackgroundCorpus.DIR), BUNDLED + "/" + BackgroundCorpus.DIR)
              : result;
        });
  }

  /** What {@code read} makes of the bundled intents directory, inside the jar or on disk. */
  private static LoadResult withBundled(BundledReader read) {
    URL url = IntentSource.class.getClassLoader().getResource(BUNDLED);
    if (url == null) {
      return new LoadResult(
          null,
          List.of(new Problem(BUNDLED, 0, "no bundled intents in this build; pass --intents DIR")));
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read.apply(fs.getPath(BUNDLED));
        } catch (FileSystemAlreadyExistsException e) {
          return read.apply(FileSystems.getFileSystem(uri).getPath(BUNDLED));
        }
      }
      return read.apply(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      return new LoadResult(
          null,
          List.of(new Problem(BUNDLED, 0, "cannot read the bundled intents: " + e.getMessage())));
    }
  }

  /** Reads from the bundled intents directory. */
  @FunctionalInterface
  private interface BundledReader {
    LoadResult apply(Path dir) throws IOException;
  }

  private LoadResult readAll(Path dir) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path p : listing.filter(IntentLoader::isIntentFile).sorted().toList()) {
        files.add(new SourceFile(BUNDLED + "/" + p.getFileName(), Files.readString(p)));
      }
    }
    return loader.load(files);
  }
}
