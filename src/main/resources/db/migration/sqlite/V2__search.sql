-- Full-text search with FTS5 over external content: the index follows the tables through
-- triggers, so deleting a row (forget, retention) removes it from the index too.

CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id',
  tokenize='porter unicode61');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE advice_fts USING fts5(text, content='advice', content_rowid='id',
  tokenize='porter unicode61');
CREATE TRIGGER advice_fts_insert AFTER INSERT ON advice BEGIN
  INSERT INTO advice_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER advice_fts_delete AFTER DELETE ON advice BEGIN
  INSERT INTO advice_fts (advice_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER advice_fts_update AFTER UPDATE OF text ON advice BEGIN
  INSERT INTO advice_fts (advice_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO advice_fts (rowid, text) VALUES (new.id, new.text);
END;
