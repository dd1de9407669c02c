-- Shared by SQLite and PostgreSQL. ${pk} is the dialect's auto-increment primary key.
-- Times are epoch milliseconds; flags are 0/1 so one JDBC mapping serves both databases.
-- Authors are keyed pseudonyms (HMAC of the platform user id), never raw ids or names.

CREATE TABLE messages (
  id ${pk},
  at_ms BIGINT NOT NULL,
  channel TEXT NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  intent TEXT,
  principle TEXT,
  nearest TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  in_scope SMALLINT NOT NULL,
  addressed SMALLINT NOT NULL
);
CREATE INDEX messages_author ON messages (author);
CREATE INDEX messages_at ON messages (at_ms);

CREATE TABLE replies (
  id ${pk},
  message_id BIGINT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  at_ms BIGINT NOT NULL,
  channel TEXT NOT NULL,
  text TEXT NOT NULL,
  intent TEXT,
  principle TEXT
);
CREATE INDEX replies_message ON replies (message_id);

CREATE TABLE advice (
  id ${pk},
  at_ms BIGINT NOT NULL,
  principle TEXT,
  text TEXT NOT NULL,
  author TEXT,
  source TEXT NOT NULL,
  round_id BIGINT,
  curated_key TEXT UNIQUE
);
CREATE INDEX advice_author ON advice (author);
CREATE INDEX advice_principle ON advice (principle);

CREATE TABLE feedback (
  id ${pk},
  at_ms BIGINT NOT NULL,
  channel TEXT NOT NULL,
  reply_ref TEXT NOT NULL,
  author TEXT NOT NULL,
  value SMALLINT NOT NULL,
  UNIQUE (reply_ref, author)
);
CREATE INDEX feedback_author ON feedback (author);
