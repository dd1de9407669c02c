package org.spreadcoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.testing.ReplayHarness;

/** /privacy and /kb search as people use them, through replay over a logged channel. */
class PrivacyCommandsTest {
  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  @Test
  void statusSaysWhatIsKeptAndForgetMeErasesOnlyTheCaller() throws Exception {
    String out = new ReplayHarness(dir, "channels:\n  team: {log: true}\n").run("""
        {"type":"command","channel":"team","user":"u1","command":"privacy","args":{"sub":"status"}}
        {"type":"command","channel":"other","user":"u1","command":"privacy","args":{"sub":"status"}}
        {"type":"message","channel":"team","user":"u1","text":"which networks could spread our quokka pathway","mentioned":true}
        {"type":"message","channel":"team","user":"u2","text":"which networks could spread our wombat pathway","mentioned":true}
        {"type":"command","channel":"team","user":"m1","roles":["maintainer"],"command":"kb","args":{"sub":"search","query":"quokka"}}
        {"type":"command","channel":"team","user":"u1","command":"privacy","args":{"sub":"forget-me"}}
        {"type":"command","channel":"team","user":"m1","roles":["maintainer"],"command":"kb","args":{"sub":"search","query":"quokka wombat"}}
        {"type":"command","channel":"team","user":"u3","command":"kb","args":{"sub":"search","query":"wombat"}}
        """);

    List<JsonNode> lines = lines(out);
    assertThat(lines.get(0).get("text").asText()).startsWith("This channel is logged")
        .contains("NHS numbers").contains("365 days");
    assertThat(lines.get(1).get("text").asText()).startsWith("This channel is not logged");
    assertThat(lines.get(4).get("text").asText()).contains("quokka pathway");
    assertThat(lines.get(5).get("ok").asBoolean()).isTrue();
    assertThat(lines.get(5).get("text").asText()).contains("deleted 1 stored item(s)");
    assertThat(lines.get(6).get("text").asText()).contains("wombat pathway")
        .doesNotContain("quokka pathway");
    assertThat(lines.get(7).get("ok").asBoolean()).isFalse();
    assertThat(lines.get(7).get("text").asText()).contains("Only maintainers");
  }
}
