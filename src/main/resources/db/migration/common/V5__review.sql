-- The maintainers' review queue: what a maintainer decided about a queued message. One row per
-- message, deleted with it (forget, retention), so a decision never outlives what it is about and
-- the queue, computed from the messages that still exist, loses forgotten items too.

CREATE TABLE review_decisions (
  message_id BIGINT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
  decision TEXT NOT NULL,
  intent TEXT,
  at_ms BIGINT NOT NULL,
  applied_ms BIGINT
);
