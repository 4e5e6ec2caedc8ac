-- Schema v1. Shipped migrations are never edited: add a new numbered file instead.
-- Times are Unix epoch milliseconds (UTC).

CREATE TABLE customers (
  id                 INTEGER PRIMARY KEY,
  external_id        TEXT UNIQUE,
  first_name         TEXT NOT NULL,
  last_name          TEXT NOT NULL,
  display_name       TEXT NOT NULL,
  company            TEXT,
  email              TEXT,
  tier               TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'key', 'vip')),
  preferred_language TEXT CHECK (preferred_language IN ('en', 'ru', 'uk')),
  preferred_tone     TEXT NOT NULL DEFAULT 'friendly' CHECK (preferred_tone IN ('friendly', 'formal')),
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
) STRICT;

CREATE TABLE customer_tags (
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  tag         TEXT NOT NULL,
  PRIMARY KEY (customer_id, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE customer_phones (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  e164        TEXT NOT NULL CHECK (e164 GLOB '+[1-9]*' AND length(e164) BETWEEN 8 AND 16),
  label       TEXT,
  UNIQUE (customer_id, e164)
) STRICT;
-- Covers the screen-pop lookup (number → customers, in order) without touching the table.
CREATE INDEX customer_phones_by_e164 ON customer_phones (e164, customer_id);

CREATE TABLE disposition_codes (
  code       TEXT PRIMARY KEY,
  label_en   TEXT NOT NULL,
  label_ru   TEXT NOT NULL,
  label_uk   TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE root_cause_codes (
  code       TEXT PRIMARY KEY,
  label_en   TEXT NOT NULL,
  label_ru   TEXT NOT NULL,
  label_uk   TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE interactions (
  id               INTEGER PRIMARY KEY,
  external_id      TEXT UNIQUE,
  customer_id      INTEGER REFERENCES customers (id) ON DELETE SET NULL,
  direction        TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  from_number      TEXT NOT NULL,
  to_number        TEXT NOT NULL,
  sip_call_id      TEXT,
  started_at       INTEGER NOT NULL,
  answered_at      INTEGER,
  ended_at         INTEGER,
  agent            TEXT,
  outcome          TEXT NOT NULL CHECK (outcome IN ('answered', 'missed', 'declined', 'busy', 'failed', 'voicemail')),
  disposition_code TEXT REFERENCES disposition_codes (code),
  customer_wanted  TEXT,
  we_offered       TEXT
) STRICT;
CREATE INDEX interactions_by_customer ON interactions (customer_id, started_at DESC);
CREATE INDEX interactions_by_call_id ON interactions (sip_call_id);

CREATE TABLE interaction_root_causes (
  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
  code           TEXT NOT NULL REFERENCES root_cause_codes (code),
  PRIMARY KEY (interaction_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE notes (
  id             INTEGER PRIMARY KEY,
  external_id    TEXT UNIQUE,
  customer_id    INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
  author         TEXT NOT NULL,
  body           TEXT NOT NULL,
  created_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_by_customer ON notes (customer_id, created_at DESC);

-- One draft per call (or per customer when written outside a call); saved as the agent types.
CREATE TABLE note_drafts (
  id             INTEGER PRIMARY KEY,
  customer_id    INTEGER REFERENCES customers (id) ON DELETE CASCADE,
  interaction_id INTEGER REFERENCES interactions (id) ON DELETE CASCADE,
  body           TEXT NOT NULL,
  updated_at     INTEGER NOT NULL,
  UNIQUE (interaction_id),
  CHECK (customer_id IS NOT NULL OR interaction_id IS NOT NULL)
) STRICT;

CREATE TABLE promises (
  id                INTEGER PRIMARY KEY,
  external_id       TEXT UNIQUE,
  customer_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  interaction_id    INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
  description       TEXT NOT NULL,
  owner_type        TEXT NOT NULL CHECK (owner_type IN ('me', 'team', 'person')),
  owner_name        TEXT NOT NULL,
  due_at            INTEGER NOT NULL,
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
  status_changed_at INTEGER NOT NULL,
  created_at        INTEGER NOT NULL
) STRICT;
CREATE INDEX promises_by_customer ON promises (customer_id, created_at DESC);
CREATE INDEX promises_open_by_due ON promises (due_at) WHERE status = 'open';

CREATE TABLE scripts (
  id         INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL,
  version    INTEGER NOT NULL CHECK (version > 0),
  title      TEXT NOT NULL,
  body       TEXT NOT NULL CHECK (json_valid(body)),
  created_at INTEGER NOT NULL,
  created_by TEXT,
  UNIQUE (slug, version)
) STRICT;

CREATE TABLE script_runs (
  id                  INTEGER PRIMARY KEY,
  interaction_id      INTEGER REFERENCES interactions (id) ON DELETE CASCADE,
  script_id           INTEGER NOT NULL REFERENCES scripts (id),
  path                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(path)),
  answers             TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
  missed_checkpoints  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missed_checkpoints)),
  started_at          INTEGER NOT NULL,
  finished_at         INTEGER
) STRICT;
CREATE INDEX script_runs_by_interaction ON script_runs (interaction_id);

CREATE TABLE sync_outbox (
  id              INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  entity          TEXT NOT NULL,
  operation       TEXT NOT NULL,
  payload         TEXT NOT NULL CHECK (json_valid(payload)),
  created_at      INTEGER NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT,
  acked_at        INTEGER
) STRICT;
CREATE INDEX sync_outbox_pending ON sync_outbox (next_attempt_at) WHERE acked_at IS NULL;

CREATE TABLE sync_cursors (
  stream     TEXT PRIMARY KEY,
  cursor     TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT,
  entity_id TEXT,
  details   TEXT CHECK (details IS NULL OR json_valid(details))
) STRICT;
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at INTEGER NOT NULL
) STRICT;

-- Full-text search, kept in step by the triggers below so that every writer
-- (sync, import, demo data, the console itself) is indexed the same way.
-- Contentless: the text lives in the tables above. Words match by prefix,
-- Latin and Cyrillic, case- and accent-insensitive.
CREATE VIRTUAL TABLE customer_search USING fts5 (
  name, email,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Notes are long: only a three-letter prefix index, which is what as-you-type needs.
CREATE VIRTUAL TABLE note_search USING fts5 (
  body,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);

-- Digits of every number, trigram-indexed so that any part of a number matches.
CREATE VIRTUAL TABLE phone_search USING fts5 (
  digits,
  content = '', contentless_delete = 1,
  tokenize = 'trigram'
);

CREATE TRIGGER customers_indexed AFTER INSERT ON customers BEGIN
  INSERT INTO customer_search (rowid, name, email)
  VALUES (new.id, new.display_name || ' ' || coalesce(new.company, ''), new.email);
END;
CREATE TRIGGER customers_reindexed AFTER UPDATE OF display_name, first_name, last_name, company, email ON customers BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
  INSERT INTO customer_search (rowid, name, email)
  VALUES (new.id, new.display_name || ' ' || coalesce(new.company, ''), new.email);
END;
CREATE TRIGGER customers_unindexed AFTER DELETE ON customers BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
END;

CREATE TRIGGER notes_indexed AFTER INSERT ON notes BEGIN
  INSERT INTO note_search (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER notes_reindexed AFTER UPDATE OF body ON notes BEGIN
  DELETE FROM note_search WHERE rowid = old.id;
  INSERT INTO note_search (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER notes_unindexed AFTER DELETE ON notes BEGIN
  DELETE FROM note_search WHERE rowid = old.id;
END;

CREATE TRIGGER phones_indexed AFTER INSERT ON customer_phones BEGIN
  INSERT INTO phone_search (rowid, digits) VALUES (new.id, substr(new.e164, 2));
END;
CREATE TRIGGER phones_reindexed AFTER UPDATE OF e164 ON customer_phones BEGIN
  DELETE FROM phone_search WHERE rowid = old.id;
  INSERT INTO phone_search (rowid, digits) VALUES (new.id, substr(new.e164, 2));
END;
CREATE TRIGGER phones_unindexed AFTER DELETE ON customer_phones BEGIN
  DELETE FROM phone_search WHERE rowid = old.id;
END;
