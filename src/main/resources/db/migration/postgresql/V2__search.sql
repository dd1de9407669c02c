-- Full-text search with a generated tsvector column and a GIN index on each searchable table;
-- the vector lives in the row, so deleting a row removes it from the index too.

ALTER TABLE messages ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX messages_search ON messages USING GIN (search);

ALTER TABLE advice ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX advice_search ON advice USING GIN (search);
