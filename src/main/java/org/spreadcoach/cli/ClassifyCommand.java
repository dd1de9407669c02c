package org.spreadcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spreadcoach.app.Wiring;
import org.spreadcoach.cli.common.CommonOptions;
import org.spreadcoach.coach.CoachSettings;
import org.spreadcoach.config.Config;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.Recognition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code classify}: one JSON object per stdin line, in order. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description =
        "Reads messages, one per line on stdin, and writes one JSON object per line: "
            + "{\"text\",\"inScope\",\"intent\",\"principle\",\"confidence\",\"ambient\"}; "
            + "ambient says whether an ambient channel would get an unprompted reply (cooldown "
            + "aside).")
public final class ClassifyCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    Config config = common.config();
    IntentModel model = Wiring.train(config, common.intents(config));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (PrintWriter writer =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      run(model, CoachSettings.from(config).ambientThreshold(), System.in, writer);
    }
    return 0;
  }

  /**
   * Classifies every line of {@code in}; malformed UTF-8 is replaced, never fatal.
   *
   * @param ambientThreshold the coach's least confidence for an unprompted reply
   */
  static void run(IntentModel model, double ambientThreshold, InputStream in, Writer out)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      out.write(JSON.writeValueAsString(toJson(line, model.classify(line), ambientThreshold)));
      out.write('\n');
      out.flush();
    }
  }

  static Map<String, Object> toJson(String text, Recognition r, double ambientThreshold) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", text);
    json.put("inScope", r.inScope());
    json.put("intent", r.intent());
    json.put("principle", r.principle());
    json.put("confidence", round(r.confidence()));
    json.put("ambient", r.answeredUnprompted(ambientThreshold));
    // NaN when the model has no open-world gate (an intents directory with no background).
    json.put("domain", Double.isNaN(r.domain()) ? null : round(r.domain()));
    json.put(
        "candidates",
        r.candidates().stream()
            .map(g -> new Candidate(g.label(), round(g.probability())))
            .toList());
    return json;
  }

  /** One of the best intents, as a JSON object (fields in this order). */
  private record Candidate(String intent, double probability) {}

  private static double round(double p) {
    return Math.round(p * 10_000) / 10_000.0;
  }
}
