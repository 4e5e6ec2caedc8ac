-- Every call ends with a reason from one typed list (src/shared/domain/call-ending.ts)
-- and the SIP code behind it, so that "busy", "no such number" and "the server
-- failed" are no longer all stored as 'missed'. Outgoing calls gain two outcomes
-- of their own: nobody answered ('no-answer'), the agent gave up ('cancelled').
-- The longest stretch without audio from the other side is kept with the call:
-- one-way audio is otherwise invisible afterwards.
-- SQLite cannot change a CHECK in place: the table is rebuilt (foreign keys are
-- off while migrations run, and checked before commit).
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
  outcome          TEXT CHECK (outcome IN ('answered', 'missed', 'declined', 'busy', 'forwarded', 'failed', 'voicemail', 'no-answer', 'cancelled')),
  disposition_code TEXT REFERENCES disposition_codes (code),
  customer_wanted  TEXT,
  we_offered       TEXT,
  end_reason       TEXT CHECK (end_reason IN (
                     'local-hangup', 'remote-hangup', 'hangup-unconfirmed', 'transferred', 'busy', 'not-found', 'unavailable',
                     'rejected', 'no-answer', 'server-error', 'no-common-codec', 'malformed-sdp', 'media-failed', 'connection-lost',
                     'cancelled', 'caller-cancelled', 'declined', 'turned-away', 'forwarded', 'no-microphone', 'not-registered', 'failed')),
  sip_code         INTEGER CHECK (sip_code BETWEEN 100 AND 699),
  longest_no_audio_s INTEGER CHECK (longest_no_audio_s >= 0),
  CHECK (outcome IS NOT NULL OR ended_at IS NULL)
) STRICT;
INSERT INTO interactions_rebuilt (
  id, external_id, customer_id, direction, from_number, to_number, sip_call_id, started_at, answered_at, ended_at,
  agent, outcome, disposition_code, customer_wanted, we_offered
)
SELECT
  id, external_id, customer_id, direction, from_number, to_number, sip_call_id, started_at, answered_at, ended_at,
  agent, outcome, disposition_code, customer_wanted, we_offered
FROM interactions;
DROP TABLE interactions;
ALTER TABLE interactions_rebuilt RENAME TO interactions;
CREATE INDEX interactions_by_customer ON interactions (customer_id, started_at DESC);
CREATE INDEX interactions_by_call_id ON interactions (sip_call_id);
