package org.spreadcoach.nlu.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The features a model was trained on: the short code the maxent model knows each one by, and the
 * value a feature gets in a message. Immutable once built from the training documents.
 *
 * <p>Values are either counts (each occurrence counts one, as in OpenNLP's doccat) or, with tf-idf,
 * sublinear term frequency times inverse document frequency, scaled so each message's vector has
 * length one. With counts a long message or a word split into many character n-grams outvotes the
 * rest; normalised tf-idf lets rare, telling features carry the weight. A feature never seen in
 * training still counts towards a message's length (at the highest idf), so a message made mostly
 * of unknown words scores flat and looks out of scope, which is what it usually is.
 *
 * <p>Codes are numbered by falling document frequency and written so that their alphabetical order
 * is that order. OpenNLP numbers a model's predicates alphabetically and its quasi-Newton trainer
 * reads parameters at {@code outcome * predicates + predicate}; with the frequent features first,
 * most reads fall in a small, cache-resident band of each outcome's parameters. On CLINC150 that
 * made training several times faster with the same model (see BENCHMARKS.md).
 */
public final class FeatureVocabulary {
  private final Map<String, Entry> entries;
  private final float unseenIdf;
  private final boolean tfidf;

  /** A known feature: its code in the model and its inverse document frequency. */
  private record Entry(String code, float idf) {}

  private FeatureVocabulary(Map<String, Entry> entries, float unseenIdf, boolean tfidf) {
    this.entries = entries;
    this.unseenIdf = unseenIdf;
    this.tfidf = tfidf;
  }

  /**
   * Learns the vocabulary of {@code documents}; features in fewer than {@code minDocs} documents
   * are left out, as if never seen.
   */
  public static FeatureVocabulary learn(List<List<String>> documents, int minDocs, boolean tfidf) {
    int[] once = new int[documents.size()];
    Arrays.fill(once, 1);
    return learn(documents, once, minDocs, tfidf);
  }

  /**
   * As {@link #learn(List, int, boolean)} for documents each given {@code times[i]} times: the
   * vocabulary of the list with every document repeated so, without repeating the work.
   */
  public static FeatureVocabulary learn(
      List<List<String>> documents, int[] times, int minDocs, boolean tfidf) {
    if (times.length != documents.size()) {
      throw new IllegalArgumentException(
          times.length + " counts for " + documents.size() + " documents");
    }
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (int i = 0; i < times.length; i++) {
      int t = times[i];
      new HashSet<>(documents.get(i)).forEach(f -> df.merge(f, t, Integer::sum));
      n += t;
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= Math.max(1, minDocs)) {
        kept.add(e);
      }
    }
    // Most frequent first; ties by name so the same documents always give the same codes.
    kept.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int width = Integer.toString(Math.max(1, kept.size() - 1), Character.MAX_RADIX).length();
    Map<String, Entry> entries = new HashMap<>(kept.size() * 2);
    for (int rank = 0; rank < kept.size(); rank++) {
      Map.Entry<String, Integer> e = kept.get(rank);
      entries.put(e.getKey(), new Entry(code(rank, width), idf(n, e.getValue())));
    }
    return new FeatureVocabulary(Map.copyOf(entries), idf(n, 0), tfidf);
  }

  // Base 36 digits sort as their values do ('0' < '9' < 'a' < 'z'), so padding fixes the order.
  private static String code(int rank, int width) {
    String digits = Integer.toString(rank, Character.MAX_RADIX);
    return "0".repeat(width - digits.length()) + digits;
  }

  // The smoothed form: as if one extra document held every feature, so no idf is infinite.
  private static float idf(int documents, int withFeature) {
    return (float) (Math.log((documents + 1.0) / (withFeature + 1.0)) + 1.0);
  }

  /** The known features of {@code features}, once each by code, with their values. */
  public Vector vectorise(List<String> features) {
    String[] sorted = features.toArray(String[]::new);
    Arrays.sort(sorted);
    String[] codes = new String[sorted.length];
    float[] values = new float[sorted.length];
    int known = 0;
    double norm = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j].equals(sorted[i])) {
        j++;
      }
      Entry entry = entries.get(sorted[i]);
      double value =
          tfidf ? (1.0 + Math.log(j - i)) * (entry == null ? unseenIdf : entry.idf()) : j - i;
      norm += value * value;
      if (entry != null) {
        codes[known] = entry.code();
        values[known] = (float) value;
        known++;
      }
      i = j;
    }
    if (tfidf && norm > 0) {
      float scale = (float) (1.0 / Math.sqrt(norm));
      for (int k = 0; k < known; k++) {
        values[k] *= scale;
      }
    }
    return new Vector(Arrays.copyOf(codes, known), Arrays.copyOf(values, known));
  }

  /**
   * Equal vocabularies turn the same features into the same vector: two classifiers trained on the
   * same messages (whatever their labels) have equal ones and can score one vector.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVocabulary v
        && tfidf == v.tfidf
        && Float.compare(unseenIdf, v.unseenIdf) == 0
        && entries.equals(v.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries.size(), unseenIdf, tfidf);
  }

  /** Writes the vocabulary so that {@link #read} gives an equal one. */
  public void write(DataOutputStream out) throws IOException {
    out.writeBoolean(tfidf);
    out.writeFloat(unseenIdf);
    out.writeInt(entries.size());
    for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue().code());
      out.writeFloat(e.getValue().idf());
    }
  }

  /** Reads what {@link #write} wrote. */
  public static FeatureVocabulary read(DataInputStream in) throws IOException {
    boolean tfidf = in.readBoolean();
    float unseenIdf = in.readFloat();
    int size = in.readInt();
    if (size < 0) {
      throw new IOException("negative vocabulary size " + size);
    }
    Map<String, Entry> entries = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      entries.put(in.readUTF(), new Entry(in.readUTF(), in.readFloat()));
    }
    return new FeatureVocabulary(Map.copyOf(entries), unseenIdf, tfidf);
  }

  /** Feature codes and their values, position by position (arrays, as OpenNLP takes them). */
  @SuppressWarnings("ArrayRecordComponent")
  public record Vector(String[] codes, float[] values) {}
}
