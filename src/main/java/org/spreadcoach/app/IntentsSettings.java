package org.spreadcoach.app;

import java.nio.file.Path;
import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * Where the intent files are and whether they are watched (section {@code intents}).
 *
 * @param dir the directory of intent files
 * @param watch whether a change to a file there reloads the intents
 */
public record IntentsSettings(Path dir, boolean watch) {

  public static final Key<String> DIR =
      Key.text(
          "intents.dir",
          "intents",
          "directory of intent files; the bundled ones are used when it does not exist");
  public static final Key<Boolean> WATCH =
      Key.bool(
          "intents.watch",
          true,
          "reload the intents when a file in intents.dir changes (the old model keeps serving if "
              + "the new files are bad)");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(DIR, WATCH);

  /** The settings {@code config} holds. */
  public static IntentsSettings from(Config config) {
    return new IntentsSettings(Path.of(config.get(DIR)), config.get(WATCH));
  }

  /**
   * Whether config names a directory other than the default: a missing named directory is an error,
   * a missing default one means the intents bundled in the jar.
   */
  public boolean named() {
    return !dir.equals(Path.of(DIR.defaultValue()));
  }
}
