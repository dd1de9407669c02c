package org.spreadcoach.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.testing.ReplayHarness;

/**
 * A small knowledge base filled through the real write path: a replay over a logged channel with
 * the small test catalogue, two weeks of questions, reactions, a round and a hostile message.
 */
final class ReportFixture {
  /** Stored as a message text; must come out of every report as text, never as markup. */
  static final String HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>";

  static final String TRANSCRIPT =
      """
      {"type":"message","channel":"team","user":"u1","text":"which networks could carry our change","mentioned":true}
      {"type":"message","channel":"team","user":"u2","text":"what evidence will convince other trusts to adopt it","mentioned":true}
      {"type":"reaction","channel":"team","user":"u3","event":1,"value":1}
      {"type":"reaction","channel":"team","user":"u4","event":1,"value":1}
      {"type":"reaction","channel":"team","user":"u3","event":2,"value":-1}
      {"type":"message","channel":"team","user":"u5","text":"anyone want a coffee","mentioned":false}
      {"type":"message","channel":"team","user":"u6","text":"HOSTILE","mentioned":true}
      {"type":"message","channel":"team","user":"u7","text":"HOSTILE","mentioned":true}
      {"type":"clock","advance":"PT168H"}
      {"type":"message","channel":"team","user":"u1","text":"who are the connectors i should talk to","mentioned":true}
      {"type":"command","channel":"team","user":"fac","roles":["facilitator"],"command":"round","args":{"sub":"start","topic":"falls <b>framework</b>","spreader":"spr","minutes":10}}
      {"type":"command","channel":"team","user":"a1","command":"round","args":{"sub":"advice","text":"ask which networks could carry the falls framework"}}
      {"type":"command","channel":"team","user":"a2","command":"round","args":{"sub":"advice","text":"show the commissioners the evidence"}}
      {"type":"command","channel":"team","user":"fac","roles":["facilitator"],"command":"round","args":{"sub":"close"}}
      """
          .replace("HOSTILE", HOSTILE.replace("\"", "\\\""));

  private ReportFixture() {}

  /** Replays the transcript into a SQLite file under {@code dir} and reads its activity. */
  static Activity activity(Path dir) {
    ReplayHarness harness = new ReplayHarness(dir, "channels:\n  team: {log: true}\n");
    harness.run(TRANSCRIPT);
    try (KnowledgeBase kb =
        KnowledgeBases.open("jdbc:sqlite:" + harness.database(), null, null, 2)) {
      return kb.activity(Instant.parse("2026-01-01T00:00:00Z"));
    }
  }

  /** The data block with {@code id} in {@code page}, parsed. */
  static JsonNode data(String page, String id) throws Exception {
    Matcher m =
        Pattern.compile(
                "<script type=\"application/json\" id=\"" + Pattern.quote(id) + "\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(page);
    if (!m.find()) {
      throw new AssertionError("no data block " + id);
    }
    return new ObjectMapper().readTree(m.group(1));
  }

  /** The chart with {@code id} in a parsed data block. */
  static JsonNode chart(JsonNode data, String id) {
    for (JsonNode c : data.get("charts")) {
      if (c.get("id").asText().equals(id)) {
        return c.get("option");
      }
    }
    throw new AssertionError("no chart " + id + " in " + data);
  }
}
