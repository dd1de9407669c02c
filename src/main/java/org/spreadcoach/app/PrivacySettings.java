package org.spreadcoach.app;

import java.nio.file.Path;
import java.util.List;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;

/**
 * Where the secret behind author pseudonyms is kept (section {@code privacy}).
 *
 * @param keyFile the owner-only key file, created on first start unless {@link #KEY_ENV} is set
 */
public record PrivacySettings(Path keyFile) {

  /** The variable that holds the pseudonym key instead of the file; never a config key. */
  public static final String KEY_ENV = "SPREADCOACH_PSEUDONYM_KEY";

  public static final Key<String> KEY_FILE =
      Key.text(
          "privacy.keyFile",
          "data/pseudonym.key",
          "secret for author pseudonyms, created owner-only on first start unless "
              + KEY_ENV
              + " is set");

  /** The keys above, for the config schema. */
  public static final List<Key<?>> KEYS = List.of(KEY_FILE);

  /** The settings {@code config} holds. */
  public static PrivacySettings from(Config config) {
    return new PrivacySettings(Path.of(config.get(KEY_FILE)));
  }
}
