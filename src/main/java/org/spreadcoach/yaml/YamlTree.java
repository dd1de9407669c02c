package org.spreadcoach.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parses YAML text into a {@link Node} tree with line numbers.
 *
 * <p>Thread-safe: the factory is immutable once built and each call makes its own parser.
 */
public final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTree() {}

  /**
   * Parses one YAML document.
   *
   * @param file the file's name for messages
   * @param text the whole document
   * @return the root node; an empty document gives a null scalar on line 1
   * @throws YamlSyntaxException when the text is not YAML, or a mapping repeats a key
   */
  public static Node parse(String file, String text) throws YamlSyntaxException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Node.Scalar(1, null);
      }
      return read(file, parser);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new YamlSyntaxException(
          new Problem(
              file, Math.max(line, 0), "not valid YAML: " + summary(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new YamlSyntaxException(new Problem(file, 0, "cannot read YAML: " + e.getMessage()));
    }
  }

  /**
   * The YAML parser's message without its excerpt and position lines (the line number is reported
   * separately): "while parsing a flow sequence, expected ',' or ']', but got :".
   */
  static String summary(String message) {
    if (message == null) {
      return "unknown error";
    }
    String joined =
        message
            .lines()
            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
            .map(String::strip)
            .collect(Collectors.joining(", "));
    return joined.isEmpty() ? message.strip() : joined;
  }

  private static Node read(String file, JsonParser parser) throws IOException, YamlSyntaxException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMap(file, parser, line);
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(file, parser));
        }
        yield new Node.ListNode(line, items);
      }
      case VALUE_STRING -> new Node.Scalar(line, parser.getText());
      case VALUE_NUMBER_INT -> new Node.Scalar(line, parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> new Node.Scalar(line, parser.getDoubleValue());
      case VALUE_TRUE -> new Node.Scalar(line, true);
      case VALUE_FALSE -> new Node.Scalar(line, false);
      case VALUE_NULL -> new Node.Scalar(line, null);
      // Embedded objects (binary tags) and anything else the intent and config files never use.
      default -> new Node.Scalar(line, parser.getText());
    };
  }

  private static Node readMap(String file, JsonParser parser, int line)
      throws IOException, YamlSyntaxException {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      Node value = read(file, parser);
      Node.Entry earlier = entries.get(key);
      if (earlier != null) {
        throw new YamlSyntaxException(
            new Problem(
                file,
                keyLine,
                "key '"
                    + key
                    + "' appears twice in one map (first on line "
                    + earlier.keyLine()
                    + ")"));
      }
      entries.put(key, new Node.Entry(key, keyLine, value));
    }
    return new Node.MapNode(line, entries);
  }
}
