package org.spreadcoach.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

  @Test
  void remembersTheLineOfEveryKeyAndItem() throws YamlSyntaxException {
    Node root = YamlTree.parse("f.yaml", "a: 1\nlist:\n  - x\n  - y: 2\n    z: three\n");

    Node.MapNode map = (Node.MapNode) root;
    assertThat(map.entries().get("a").keyLine()).isEqualTo(1);
    assertThat(map.entries().get("list").keyLine()).isEqualTo(2);
    Node.ListNode list = (Node.ListNode) map.get("list");
    assertThat(list.items().get(0).line()).isEqualTo(3);
    Node.MapNode item = (Node.MapNode) list.items().get(1);
    assertThat(item.entries().get("z").keyLine()).isEqualTo(5);
    assertThat(((Node.Scalar) item.get("y")).value()).isEqualTo(2L);
  }

  @Test
  void anEmptyDocumentIsANullScalar() throws YamlSyntaxException {
    assertThat(YamlTree.parse("f.yaml", "")).isEqualTo(new Node.Scalar(1, null));
  }

  @Test
  void aRepeatedKeyIsAnError() {
    assertThatThrownBy(() -> YamlTree.parse("f.yaml", "a: 1\nb: 2\na: 3\n"))
        .hasMessage("f.yaml:3: key 'a' appears twice in one map (first on line 1)");
  }

  @Test
  void aSyntaxErrorIsOneLineWithItsPosition() {
    assertThatThrownBy(() -> YamlTree.parse("f.yaml", "a: [1, 2\nb: 3\n"))
        .isInstanceOfSatisfying(
            YamlSyntaxException.class,
            e -> {
              assertThat(e.problem().line()).isEqualTo(2);
              assertThat(e.problem().message()).startsWith("not valid YAML: ").doesNotContain("\n");
            });
  }
}
