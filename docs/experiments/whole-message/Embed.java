import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds the last column of a TSV with all-MiniLM-L6-v2 (quantised) and writes the 384-float
 * vectors, big-endian, one message after another; then prints the time one message takes alone.
 * java -cp 'target/lib/*' Embed.java IN.tsv OUT.bin
 */
public class Embed {
  public static void main(String[] args) throws IOException {
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    long start = System.nanoTime();
    try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[1]))))) {
      for (int i = 0; i < lines.size(); i += 64) {
        List<TextSegment> batch = new ArrayList<>();
        for (String line : lines.subList(i, Math.min(lines.size(), i + 64))) {
          batch.add(TextSegment.from(line.substring(line.lastIndexOf('\t') + 1)));
        }
        for (Embedding e : model.embedAll(batch).content()) {
          for (float f : e.vector()) {
            out.writeFloat(f);
          }
        }
      }
    }
    System.out.printf("%s: %d messages in %.1f s%n", args[0], lines.size(), (System.nanoTime() - start) / 1e9);
    String one = "is the regional network the way in, or the ICB?";
    for (int i = 0; i < 100; i++) {
      model.embed(one);
    }
    long t = System.nanoTime();
    for (int i = 0; i < 500; i++) {
      model.embed(one);
    }
    System.out.printf("one message alone: %.2f ms (mean of 500, after 100 to warm up)%n", (System.nanoTime() - t) / 1e6 / 500);
  }
}
