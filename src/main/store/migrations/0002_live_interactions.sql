-- A call becomes an interaction when it starts ringing or is dialled, not when
-- it ends: the screen pop, the note drafted during the call and the script run
-- attach to it at once. Until the call is over it has no outcome. Calls the
-- agent's Not Ready forwarding sent on are 'forwarded'.
-- SQLite cannot change a CHECK or NOT NULL in place: the table is rebuilt
-- (foreign keys are off while migrations run, and checked before commit).
CREATE TABLE interactions_rebuilt (
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
  outcome          TEXT CHECK (outcome IN ('answered', 'missed', 'declined', 'busy', 'forwarded', 'failed', 'voicemail')),
  disposition_code TEXT REFERENCES disposition_codes (code),
  customer_wanted  TEXT,
  we_offered       TEXT,
  CHECK (outcome IS NOT NULL OR ended_at IS NULL)
) STRICT;
INSERT INTO interactions_rebuilt SELECT * FROM interactions;
DROP TABLE interactions;
ALTER TABLE interactions_rebuilt RENAME TO interactions;
CREATE INDEX interactions_by_customer ON interactions (customer_id, started_at DESC);
CREATE INDEX interactions_by_call_id ON interactions (sip_call_id);
