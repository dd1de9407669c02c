package org.spreadcoach.kb.jdbc;

import org.junit.jupiter.api.BeforeAll;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.testing.Postgres;

/** The review store's contract against a real PostgreSQL server, each test in a fresh schema. */
class PostgresReviewStoreTest extends ReviewStoreContract {
  private String url;

  @BeforeAll
  static void serverIsThere() {
    Postgres.assumeAvailable();
  }

  @Override
  protected KnowledgeBase open() {
    if (url == null) {
      url = Postgres.freshSchemaUrl();
    }
    return KnowledgeBases.open(url, null, null, 4);
  }

  @Override
  protected void cleanUp() {
    Postgres.dropSchema(url);
    url = null;
  }
}
