-- Co-coaching rounds. Open rounds live here, not only in memory, so a restart resumes them with
-- their advice and timer. People appear only as keyed pseudonyms; no names are kept.

CREATE TABLE rounds (
  id ${pk},
  channel TEXT NOT NULL,
  topic TEXT NOT NULL,
  spreader TEXT NOT NULL,
  facilitator TEXT NOT NULL,
  opened_ms BIGINT NOT NULL,
  ends_ms BIGINT NOT NULL,
  warned SMALLINT NOT NULL,
  closed_ms BIGINT,
  store SMALLINT NOT NULL,
  reflection TEXT,
  thread TEXT
);
-- One open round per channel, enforced by the database for every process sharing it.
CREATE UNIQUE INDEX rounds_one_open_per_channel ON rounds (channel) WHERE closed_ms IS NULL;
CREATE INDEX rounds_thread ON rounds (thread);
CREATE INDEX rounds_ends ON rounds (ends_ms);

CREATE TABLE round_advice (
  id ${pk},
  round_id BIGINT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  author TEXT,
  text TEXT NOT NULL,
  anonymous SMALLINT NOT NULL,
  principle TEXT,
  at_ms BIGINT NOT NULL,
  UNIQUE (round_id, author)
);
CREATE INDEX round_advice_author ON round_advice (author);
