package org.spreadcoach.cli.common;

import java.nio.file.Path;
import java.util.Map;
import org.spreadcoach.app.BotConfig;
import org.spreadcoach.app.IntentsSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentsLocation;
import picocli.CommandLine.Option;

/** {@code --config} and {@code --intents}, taken by every subcommand; both optional. */
public final class CommonOptions {
  private final Map<String, String> env;

  /** Options of a command run with the process environment. */
  public CommonOptions() {
    this(System.getenv());
  }

  /** Options of a command run with {@code env} as its environment (tests pass their own). */
  public CommonOptions(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The environment the command reads secrets and {@code SPREADCOACH_*} overrides from. */
  public Map<String, String> env() {
    return env;
  }

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "YAML config file (default: none; built-in defaults and SPREADCOACH_* "
              + "environment variables)")
  Path configFile;

  @Option(
      names = "--intents",
      paramLabel = "DIR",
      description =
          "directory of intent files (default: config intents.dir, which defaults to "
              + "./intents, or the intents bundled in the jar when that is absent)")
  Path intentsDir;

  /** The config, from the file and the environment. */
  public Config config() {
    return BotConfig.load(configFile, env);
  }

  /** The intents directory and whether the user named it (flag or config). */
  public IntentsLocation intents(Config config) {
    if (intentsDir != null) {
      return new IntentsLocation(intentsDir, true);
    }
    IntentsSettings fromConfig = IntentsSettings.from(config);
    return new IntentsLocation(fromConfig.dir(), fromConfig.named());
  }
}
