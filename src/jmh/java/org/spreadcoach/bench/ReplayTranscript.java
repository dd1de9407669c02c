package org.spreadcoach.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;

/**
 * The replay workload: {@link BenchMessages} from 400 users in {@link #CHANNELS} ambient channels
 * that all log to an SQLite knowledge base, half of the messages addressed to the bot. {@link
 * ReplayBenchmark} replays it in process; {@link #main} writes it out for timing the {@code replay}
 * command end to end:
 *
 * <pre>
 * java -cp target/benchmarks.jar org.spreadcoach.bench.ReplayTranscript 100000 /tmp/replay
 * time java -jar target/spreadcoach.jar replay --config /tmp/replay/replay.yaml \
 *     /tmp/replay/transcript.jsonl &gt; /dev/null
 * </pre>
 */
public final class ReplayTranscript {
  static final int CHANNELS = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplayTranscript() {}

  /** Config that opts every channel in to logging, to an SQLite file at {@code db}. */
  static String config(Path db) {
    StringBuilder yaml =
        new StringBuilder()
            .append("kb:\n  url: jdbc:sqlite:")
            .append(db)
            .append('\n')
            .append("channels:\n");
    for (int c = 0; c < CHANNELS; c++) {
      yaml.append("  channel-").append(c).append(": {mode: ambient, log: true}\n");
    }
    return yaml.toString();
  }

  /** Event {@code i} of the transcript, one JSON line. */
  static String event(int i, List<String> texts) throws JsonProcessingException {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "message");
    event.put("channel", "channel-" + (i % CHANNELS));
    event.put("user", "user-" + (i % 400));
    event.put("name", "Person " + (i % 400));
    event.put("text", texts.get(i % texts.size()));
    event.put("mentioned", i % 2 == 0);
    return JSON.writeValueAsString(event);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ReplayTranscript MESSAGES OUTPUT_DIR");
      System.exit(1);
    }
    int messages = Integer.parseInt(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]));
    IntentCatalog catalog = new IntentSource().loadBundled().orThrow();
    List<String> texts = BenchMessages.of(catalog);
    Files.writeString(dir.resolve("replay.yaml"), config(dir.resolve("kb.db").toAbsolutePath()));
    try (Writer out = Files.newBufferedWriter(dir.resolve("transcript.jsonl"))) {
      for (int i = 0; i < messages; i++) {
        out.write(event(i, texts));
        out.write('\n');
      }
    }
  }
}
