package org.spreadcoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.spreadcoach.cli.common.ExitCodes;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.nlu.training.ModelCache;

/**
 * Run by the build (Maven's prepare-package phase): trains the model of the intents in {@code
 * intents/} with the default settings and files it in the class-path directory the jar's {@link
 * ModelCache} looks in, so that a start with those intents, even the very first, loads the model
 * instead of training it. Its key covers the compiled classes, so a model from an older build is
 * never used.
 *
 * <pre>java -cp CLASSPATH org.spreadcoach.cli.BundledModel INTENTS_DIR OUTPUT_DIR</pre>
 */
public final class BundledModel {
  private BundledModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BundledModel INTENTS_DIR OUTPUT_DIR");
      System.exit(ExitCodes.INVALID);
    }
    Path out = Path.of(args[1]);
    if (Files.isDirectory(out)) {
      try (Stream<Path> old = Files.list(out)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    IntentCatalog catalog = new IntentSource().load(Path.of(args[0]), true).orThrow();
    new IntentTrainer(NluSettings.defaults(), ModelCache.in(out)).train(catalog);
  }
}
