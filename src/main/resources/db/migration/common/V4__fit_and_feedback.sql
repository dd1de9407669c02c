-- What peer advice is ranked by and what maintainers review: the intent each piece of advice
-- speaks to and whether it may be served at all (a joke in a round is kept in its summary, never
-- served); what the recogniser made of each message (its best three intents and how sure the
-- open-world gate was); and the link from a stored reply to the platform message people react to,
-- with the advice that reply offered, so a thumbs up or down reaches the advice too.

ALTER TABLE advice ADD COLUMN intent TEXT;
ALTER TABLE advice ADD COLUMN servable SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE round_advice ADD COLUMN intent TEXT;
ALTER TABLE round_advice ADD COLUMN servable SMALLINT NOT NULL DEFAULT 1;

ALTER TABLE messages ADD COLUMN candidates TEXT;
ALTER TABLE messages ADD COLUMN domain DOUBLE PRECISION;

ALTER TABLE replies ADD COLUMN ref TEXT;
ALTER TABLE replies ADD COLUMN platform_id TEXT;
CREATE INDEX replies_ref ON replies (ref);
CREATE INDEX replies_platform ON replies (platform_id);

CREATE TABLE reply_advice (
  reply_id BIGINT NOT NULL REFERENCES replies (id) ON DELETE CASCADE,
  advice_id BIGINT NOT NULL REFERENCES advice (id) ON DELETE CASCADE
);
CREATE INDEX reply_advice_reply ON reply_advice (reply_id);
CREATE INDEX reply_advice_advice ON reply_advice (advice_id);
