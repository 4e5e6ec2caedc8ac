-- Supervision (issue 13): the CRM's public keys that sign monitoring grants
-- (sync item `supervision-key`), the grants' nonces already used (each grant
-- is accepted once), and the monitoring sessions with their mode periods.

CREATE TABLE supervision_keys (
  kid         TEXT NOT NULL PRIMARY KEY,
  -- The raw 32-byte Ed25519 public key, base64, as the feed gives it.
  public_key  TEXT NOT NULL,
  valid_from  INTEGER NOT NULL,
  -- NULL: until the CRM says otherwise (a rotated key gets one).
  valid_until INTEGER,
  updated_at  INTEGER NOT NULL
);

-- A nonce is kept until its grant could no longer be accepted anyway
-- (expiry plus the clock skew allowed), then forgotten.
CREATE TABLE supervision_grant_nonces (
  nonce      TEXT NOT NULL PRIMARY KEY,
  used_at    INTEGER NOT NULL,
  keep_until INTEGER NOT NULL
);
CREATE INDEX supervision_grant_nonces_by_keep_until ON supervision_grant_nonces (keep_until);

-- One row per session and side: a console records the side it was on.
CREATE TABLE supervision_sessions (
  id             INTEGER PRIMARY KEY,
  session_id     TEXT NOT NULL,
  side           TEXT NOT NULL CHECK (side IN ('supervisor', 'agent')),
  supervisor_id  TEXT NOT NULL,
  agent_id       TEXT NOT NULL,
  call_id        TEXT NOT NULL,
  interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
  started_at     INTEGER NOT NULL,
  ended_at       INTEGER,
  end_reason     TEXT,
  UNIQUE (session_id, side)
);

CREATE TABLE supervision_mode_periods (
  id         INTEGER PRIMARY KEY,
  session    INTEGER NOT NULL REFERENCES supervision_sessions (id) ON DELETE CASCADE,
  mode       TEXT NOT NULL CHECK (mode IN ('listen', 'whisper', 'barge')),
  started_at INTEGER NOT NULL,
  ended_at   INTEGER
);
CREATE INDEX supervision_mode_periods_by_session ON supervision_mode_periods (session);
