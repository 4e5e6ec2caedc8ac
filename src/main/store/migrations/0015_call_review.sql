-- Call review (issue 14): a supervisor opens one call and sees everything it
-- left behind, so the notes and promises of a call are read by the call.
CREATE INDEX notes_by_interaction ON notes (interaction_id) WHERE interaction_id IS NOT NULL;
CREATE INDEX promises_by_interaction ON promises (interaction_id) WHERE interaction_id IS NOT NULL;

-- The call's quality as a whole, summed up by the phone when the call ends
-- (the indicator only ever showed the last seconds): the E-model MOS, the
-- share of packets lost, jitter and round trip. NULL for calls never
-- answered, calls stored before this version, and calls from the CRM's feed.
ALTER TABLE interactions ADD COLUMN quality_mos REAL CHECK (quality_mos IS NULL OR quality_mos BETWEEN 1 AND 5);
ALTER TABLE interactions ADD COLUMN quality_loss_percent REAL CHECK (quality_loss_percent IS NULL OR quality_loss_percent BETWEEN 0 AND 100);
ALTER TABLE interactions ADD COLUMN quality_jitter_ms REAL CHECK (quality_jitter_ms IS NULL OR quality_jitter_ms >= 0);
ALTER TABLE interactions ADD COLUMN quality_round_trip_ms REAL CHECK (quality_round_trip_ms IS NULL OR quality_round_trip_ms >= 0);

-- A call scored against an evaluation form (sync item `evaluation`, docs/SYNC.md).
-- The form is named by slug and version: versions never change once used.
-- The score is stored as computed when the supervisor saved it, so that
-- trends read it without the form. The agent's reply (acknowledged or
-- disputed, with a comment) travels back as a newer copy of the same item:
-- the later `updated_at` wins.
CREATE TABLE evaluations (
  id               INTEGER PRIMARY KEY,
  external_id      TEXT NOT NULL UNIQUE,
  interaction_id   INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
  agent            TEXT NOT NULL,
  evaluator        TEXT NOT NULL,
  form_slug        TEXT NOT NULL,
  form_version     INTEGER NOT NULL CHECK (form_version > 0),
  answers          TEXT NOT NULL CHECK (json_valid(answers)),
  comment          TEXT NOT NULL DEFAULT '',
  score_percent    REAL CHECK (score_percent IS NULL OR score_percent BETWEEN 0 AND 100),
  failed_critical  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(failed_critical)),
  created_at       INTEGER NOT NULL,
  response         TEXT NOT NULL DEFAULT 'none' CHECK (response IN ('none', 'acknowledged', 'disputed')),
  response_comment TEXT NOT NULL DEFAULT '',
  responded_at     INTEGER,
  updated_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX evaluations_by_interaction ON evaluations (interaction_id);
-- The agent's own list, newest first; and trends per agent over a period.
CREATE INDEX evaluations_by_agent ON evaluations (agent, created_at);
CREATE INDEX evaluations_by_time ON evaluations (created_at);
