package org.spreadcoach.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.nlu.LabelledText;
import org.spreadcoach.nlu.TextClassifier;

/**
 * The CLINC150 intent benchmark (Larson et al., EMNLP 2019) as read from its {@code
 * data_full.json}: an object whose keys ({@code train}, {@code val}, {@code test}, {@code
 * oos_train}, {@code oos_val}, {@code oos_test}) each hold a list of {@code [text, label]} pairs.
 * Out-of-scope queries carry the label {@code oos}; here they become {@link TextClassifier#OOS} so
 * that they read like the bot's own negatives.
 *
 * <p>The file is only ever read from where the user keeps it; the data set is not shipped.
 *
 * @param train in-scope training queries (the oos-threshold protocol trains on these only)
 * @param val in-scope and out-of-scope validation queries, for choosing the threshold
 * @param test in-scope and out-of-scope test queries, for the reported figures
 */
public record OosBenchmarkData(
    List<LabelledText> train, List<LabelledText> val, List<LabelledText> test) {
  /** CLINC's label for out-of-scope queries. */
  public static final String CLINC_OOS = "oos";

  public OosBenchmarkData {
    train = List.copyOf(train);
    val = List.copyOf(val);
    test = List.copyOf(test);
  }

  /**
   * Reads the file.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when it is not in the CLINC150 layout
   */
  public static OosBenchmarkData read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  /** Parses the JSON text of a {@code data_*.json} file. */
  public static OosBenchmarkData parse(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("CLINC150 data must be a JSON object");
    }
    List<LabelledText> train = split(root, "train");
    List<LabelledText> val = split(root, "val");
    val.addAll(split(root, "oos_val"));
    List<LabelledText> test = split(root, "test");
    test.addAll(split(root, "oos_test"));
    if (train.stream().anyMatch(t -> TextClassifier.OOS.equals(t.label()))) {
      throw new IllegalArgumentException(
          "'train' holds out-of-scope queries; the oos-threshold "
              + "protocol trains on in-scope queries only");
    }
    return new OosBenchmarkData(train, val, test);
  }

  private static List<LabelledText> split(JsonNode root, String key) {
    JsonNode list = root.get(key);
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("CLINC150 data has no list '" + key + "'");
    }
    List<LabelledText> out = new ArrayList<>(list.size());
    for (JsonNode pair : list) {
      if (!pair.isArray()
          || pair.size() != 2
          || !pair.get(0).isTextual()
          || !pair.get(1).isTextual()) {
        throw new IllegalArgumentException(
            "'" + key + "' entry " + (out.size() + 1) + " is not a [text, label] pair");
      }
      String label = pair.get(1).asText();
      out.add(
          new LabelledText(
              CLINC_OOS.equals(label) ? TextClassifier.OOS : label, pair.get(0).asText()));
    }
    return out;
  }

  /** How many of {@code samples} are out of scope. */
  static long outOfScope(List<LabelledText> samples) {
    return samples.stream().filter(t -> TextClassifier.OOS.equals(t.label())).count();
  }
}
