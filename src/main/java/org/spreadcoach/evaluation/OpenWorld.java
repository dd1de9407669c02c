package org.spreadcoach.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everyday text that is not about spreading a change, to measure how much of it would draw an
 * unprompted reply: the open world a team channel mostly is. Read from CLINC150's {@code
 * data_full.json} (its {@code test} and {@code oos_test} splits, 5,500 everyday assistant queries,
 * which the bot never trains or tunes on) or from a text file with one message per line.
 *
 * @param source what the text is, for the report
 * @param texts the messages
 */
public record OpenWorld(String source, List<String> texts) {

  public OpenWorld {
    texts = List.copyOf(texts);
  }

  /**
   * Reads {@code file}: a CLINC150 JSON file, or plain text with one message per line ({@code #}
   * starts a comment).
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when a JSON file is not in CLINC150's layout
   */
  public static OpenWorld read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.stripLeading().startsWith("{")) {
      JsonNode root = new ObjectMapper().readTree(text);
      List<String> texts = new ArrayList<>();
      for (String split : List.of("test", "oos_test")) {
        JsonNode list = root.get(split);
        if (list == null || !list.isArray()) {
          throw new IllegalArgumentException(
              file + " is JSON but has no list '" + split + "' (CLINC150's data_full.json has)");
        }
        list.forEach(pair -> texts.add(pair.get(0).asText()));
      }
      return new OpenWorld("CLINC150 test split (" + file.getFileName() + ")", texts);
    }
    List<String> texts =
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    return new OpenWorld(file.getFileName().toString(), texts);
  }
}
