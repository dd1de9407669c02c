package org.spreadcoach.nlu.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.config.Config;
import org.spreadcoach.config.Key;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.TextClassifier;

/**
 * Keeps trained classifiers on disk, so that a start (or a reload) with unchanged intents loads the
 * model in a few tens of milliseconds instead of training it for seconds.
 *
 * <p>A model has three parts, each filed on its own ({@link Part}): the intent classifier, the
 * open-world gate and the principle ranker. Each is filed under a SHA-256 key ({@link ModelKeys})
 * of everything that decides it: the part, its training messages and their labels in order, the
 * settings that shape training, the OpenNLP version, and the bytecode of the classes that turn text
 * into features and features into a model. Change any of them and the key changes, so a stale model
 * is never used; training is deterministic, so a loaded model scores exactly as a freshly trained
 * one. A file that cannot be read is reported with its path and the model retrained; a directory
 * that cannot be written only costs the next start its speed. The newest {@link #KEEP} files are
 * kept. The build files the bundled intents' model inside the jar, so even a first start with them
 * loads rather than trains.
 *
 * <p>Besides the files by key, the cache remembers which classifier of each part it filed last for
 * the same settings and code ({@link #lastSaved}): the gate trained for an earlier version of the
 * intents, which a start can serve while the exact one trains (see {@code IntentTrainer.prepare}).
 */
public final class ModelCache {
  /** Where the bot keeps its models: a directory, or "off". */
  public static final Key<String> DIR =
      Key.text(
          "nlu.modelCache",
          "data/models",
          "directory where trained models are kept, filed by a hash of the intents, settings and "
              + "code, so a start with unchanged intents loads the model instead of training it; "
              + "off to train at every start");

  private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

  /** Bumped when the file layout changes. */
  static final String FORMAT = "spreadcoach-model-3";

  private static final byte[] MAGIC = FORMAT.getBytes(StandardCharsets.US_ASCII);
  private static final String SUFFIX = ".model";

  /** The pointer to the file of a part filed last, for one settings-and-code family. */
  private static final String LAST_SUFFIX = ".last";

  /** Where models built with the jar live on the class path. */
  static final String BUILT_IN = "/bundled-models/";

  /** How many classifier files the directory keeps (each is a few megabytes). */
  static final int KEEP = 10;

  /** The parts of a model, filed separately because they change separately. */
  public enum Part {
    /** The intent classifier: retrained when the intents' examples or negatives change. */
    INTENTS("intents"),
    /** The open-world gate: retrained when those or the background corpus change. */
    GATE("gate"),
    /** The principle ranker: retrained when the intents' examples or negatives change. */
    PRINCIPLES("principles");

    final String prefix;

    Part(String prefix) {
      this.prefix = prefix;
    }
  }

  private final Path dir;

  /** Opens a built-in model's file by name, or gives null when there is none. */
  private final Function<String, InputStream> builtIn;

  ModelCache(Path dir, Function<String, InputStream> builtIn) {
    this.dir = dir;
    this.builtIn = builtIn;
  }

  /**
   * The bot's cache: {@code dir} (created when first written), backed by the models the build filed
   * inside the jar.
   */
  public static ModelCache withBuiltIn(Path dir) {
    return new ModelCache(dir, name -> ModelCache.class.getResourceAsStream(BUILT_IN + name));
  }

  /**
   * A cache in {@code dir} only, never reading the models on the class path: what the build uses to
   * file the bundled model (it must train, not find the one an earlier build left), and what tests
   * use so that the result does not depend on what {@code target/classes} holds.
   */
  public static ModelCache in(Path dir) {
    return new ModelCache(dir, name -> null);
  }

  /** The cache {@link #DIR} names, backed by the jar's models; no cache when it is "off". */
  public static ModelCache from(Config config) {
    String dir = config.get(DIR);
    return dir.isBlank() || dir.equals("off") ? off() : withBuiltIn(Path.of(dir));
  }

  /** No cache: every model is trained. */
  public static ModelCache off() {
    return new ModelCache(null, name -> null);
  }

  public boolean isOff() {
    return dir == null;
  }

  /**
   * The classifier filed under {@code key}, if there is one that reads cleanly: in the directory,
   * or else among the models built into the jar ({@value #BUILT_IN}, see {@code BundledModel}).
   *
   * @param settings the settings it was trained with (they are part of the key)
   */
  public Optional<TextClassifier> load(Part part, String key, NluSettings settings) {
    if (dir == null) {
      return Optional.empty();
    }
    String name = fileName(part, key);
    Path file = dir.resolve(name);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        TextClassifier classifier = read(in, key, settings);
        touch(file);
        return Optional.of(classifier);
      } catch (IOException | RuntimeException e) {
        LOG.warn("{}: cannot read the cached model ({}); training instead", file, reason(e));
        return Optional.empty();
      }
    }
    try (InputStream in = builtIn.apply(name)) {
      return in == null ? Optional.empty() : Optional.of(read(in, key, settings));
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "{}{} in the jar: cannot read the model ({}); training instead",
          BUILT_IN,
          name,
          reason(e));
      return Optional.empty();
    }
  }

  /**
   * The classifier of {@code part} this cache filed last for {@code settings} (and this code),
   * whatever it was trained on: in the directory, or else the one the build filed in the jar. A
   * pointer or file that cannot be read counts as none (logged at debug: nothing is lost).
   */
  public Optional<TextClassifier> lastSaved(Part part, NluSettings settings) {
    if (dir == null) {
      return Optional.empty();
    }
    String pointer = ModelKeys.familyName(part, settings) + LAST_SUFFIX;
    Optional<TextClassifier> local = lastIn(dir.resolve(pointer), part, settings);
    if (local.isPresent()) {
      return local;
    }
    try (InputStream in = builtIn.apply(pointer)) {
      if (in == null) {
        return Optional.empty();
      }
      String key = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      try (InputStream model = builtIn.apply(fileName(part, key))) {
        return model == null ? Optional.empty() : Optional.of(read(model, key, settings));
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("{}{} in the jar: cannot read the last model ({})", BUILT_IN, pointer, reason(e));
      return Optional.empty();
    }
  }

  private Optional<TextClassifier> lastIn(Path pointer, Part part, NluSettings settings) {
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String key = Files.readString(pointer, StandardCharsets.US_ASCII).strip();
      Path file = dir.resolve(fileName(part, key));
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(read(in, key, settings));
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("{}: cannot read the last model ({})", pointer, reason(e));
      return Optional.empty();
    }
  }

  private static TextClassifier read(InputStream raw, String key, NluSettings settings)
      throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    byte[] magic = in.readNBytes(MAGIC.length);
    byte[] stored = in.readNBytes(key.length());
    if (!Arrays.equals(magic, MAGIC)
        || !key.equals(new String(stored, StandardCharsets.US_ASCII))) {
      throw new IOException("not a model file of this version");
    }
    return TextClassifier.read(in, settings);
  }

  /**
   * Files {@code classifier} under {@code key} and records it as the {@link #lastSaved} of its part
   * and settings; a failure is logged, never thrown.
   */
  public void save(Part part, String key, TextClassifier classifier, NluSettings settings) {
    if (dir == null) {
      return;
    }
    Path file = dir.resolve(fileName(part, key));
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, key.substring(0, 16), ".tmp");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.write(MAGIC);
        out.write(key.getBytes(StandardCharsets.US_ASCII));
        classifier.write(out);
      }
      replace(tmp, file);
      tmp = Files.createTempFile(dir, key.substring(0, 16), ".tmp");
      Files.writeString(tmp, key, StandardCharsets.US_ASCII);
      replace(tmp, dir.resolve(ModelKeys.familyName(part, settings) + LAST_SUFFIX));
      tmp = null;
      prune();
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "{}: cannot cache the trained model ({}); the next start trains again", file, reason(e));
      deleteQuietly(tmp);
    }
  }

  private static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The name {@code part}'s classifier of {@code key} is filed under. */
  static String fileName(Part part, String key) {
    return part.prefix + "-" + key + SUFFIX;
  }

  /** Deletes all but the {@link #KEEP} most recently used models. */
  private void prune() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.list(dir)) {
      models =
          files
              .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
              .sorted(Comparator.comparing(ModelCache::lastUsed).reversed())
              .toList();
    }
    for (Path old : models.subList(Math.min(KEEP, models.size()), models.size())) {
      deleteQuietly(old);
    }
  }

  private static long lastUsed(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Marks a model as just used, so pruning keeps it. */
  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // Only the pruning order suffers.
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.debug("cannot delete {}: {}", file, e.getMessage());
    }
  }

  private static String reason(Exception e) {
    if (e instanceof EOFException) {
      return "the file is cut short";
    }
    if (e instanceof FileSystemException f) {
      String why =
          f.getReason() != null
              ? f.getReason()
              : f instanceof FileAlreadyExistsException
                  ? "exists and is not a directory"
                  : f.getClass().getSimpleName();
      return f.getFile() + ": " + why;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
