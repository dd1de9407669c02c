package org.spreadcoach.kb.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.kb.KnowledgeBase;

class SqliteReviewStoreTest extends ReviewStoreContract {
  @TempDir Path dir;

  @Override
  protected KnowledgeBase open() {
    return KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("kb.db"), null, null, 4);
  }
}
