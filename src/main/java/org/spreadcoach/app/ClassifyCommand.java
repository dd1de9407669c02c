package org.spreadcoach.app;

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
            + "{\"text\",\"inScope\",\"intent\",\"principle\",\"confidence\"}.")
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
      run(model, System.in, writer);
    }
    return 0;
  }

  /** Classifies every line of {@code in}; malformed UTF-8 is replaced, never fatal. */
  static void run(IntentModel model, InputStream in, Writer out) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      out.write(JSON.writeValueAsString(toJson(line, model.classify(line))));
      out.write('\n');
      out.flush();
    }
  }

  static Map<String, Object> toJson(String text, Recognition r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", text);
    json.put("inScope", r.inScope());
    json.put("intent", r.intent());
    json.put("principle", r.principle());
    json.put("confidence", Math.round(r.confidence() * 10_000) / 10_000.0);
    return json;
  }
}
