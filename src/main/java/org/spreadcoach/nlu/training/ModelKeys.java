package org.spreadcoach.nlu.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import opennlp.tools.util.Version;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.nlu.text.FeatureExtractor;
import org.spreadcoach.nlu.text.FeatureSettings;
import org.spreadcoach.nlu.text.FeatureVocabulary;
import org.spreadcoach.nlu.text.TextNormaliser;
import org.spreadcoach.nlu.training.ModelCache.Part;

/**
 * The keys the {@link ModelCache} files classifiers under: a SHA-256 of everything that decides a
 * trained classifier (the part, its training messages and labels in order, the settings that shape
 * training, the OpenNLP version and the bytecode of the classes that turn text into a model), so
 * that a change to any of them gives a new key and a stale model is never loaded.
 */
final class ModelKeys {
  private ModelKeys() {}

  /** The classes whose code decides what a model is. */
  private static final List<Class<?>> CODE =
      List.of(
          TextNormaliser.class,
          FeatureExtractor.class,
          FeatureVocabulary.class,
          FeatureVocabulary.Vector.class,
          TextClassifier.class,
          FeatureSettings.class,
          ModelCache.class,
          ModelKeys.class);

  /** The code's part of every key, read once per process (the classes cannot change in it). */
  private static final class Code {
    static final byte[] FINGERPRINT = fingerprint();

    private static byte[] fingerprint() {
      MessageDigest sha = sha256();
      update(sha, ModelCache.FORMAT);
      update(sha, Version.currentVersion().toString());
      for (Class<?> c : CODE) {
        update(sha, c.getName());
        sha.update(bytecode(c));
      }
      return sha.digest();
    }
  }

  /** The key of the classifier of {@code part} that {@code samples} and {@code settings} train. */
  static String key(Part part, List<LabelledText> samples, NluSettings settings) {
    MessageDigest sha = family(settings);
    update(sha, part.prefix);
    for (LabelledText sample : samples) {
      update(sha, sample.label());
      update(sha, sample.text());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The digest of the code and of the settings that shape training, the same for every model they
   * train: the start of each key, and (its first bytes) the name of the {@link
   * ModelCache#lastSaved} pointer.
   */
  private static MessageDigest family(NluSettings settings) {
    MessageDigest sha = sha256();
    sha.update(Code.FINGERPRINT);
    // Only what shapes the trained model: the out-of-scope threshold, margin, the temperature and
    // the gate's threshold are applied when scoring, so changing them keeps the model.
    update(
        sha,
        settings.features()
            + "|cutoff="
            + settings.cutoff()
            + "|iterations="
            + settings.iterations()
            + "|l1="
            + settings.l1()
            + "|l2="
            + settings.l2()
            + "|threads="
            + settings.threads());
    return sha;
  }

  static String familyName(Part part, NluSettings settings) {
    return part.prefix + "-" + HexFormat.of().formatHex(family(settings).digest(), 0, 8);
  }

  private static byte[] bytecode(Class<?> c) {
    String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = c.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cannot read the bytecode of " + c.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bytecode of " + c.getName(), e);
    }
  }

  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // Length-prefixed, so ("ab","c") and ("a","bc") differ.
    sha.update(
        new byte[] {
          (byte) (bytes.length >>> 24),
          (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8),
          (byte) bytes.length
        });
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
