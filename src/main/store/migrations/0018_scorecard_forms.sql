-- Evaluation forms, versioned like scripts (issue 14): one row per version of
-- a form, never changed once stored; saving an edited form adds the next
-- version, and evaluations keep naming the slug and version they were scored
-- against. `title` is the form's name in each language ({en, ru, uk});
-- `questions` the questions in order (src/shared/scorecards/scorecard-form.ts).
-- The shipped service-standard form is installed as version 1 at start, like
-- the shipped scripts. `created_by` is NULL for what Parley ships.
CREATE TABLE scorecard_forms (
  id         INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL,
  version    INTEGER NOT NULL CHECK (version > 0),
  title      TEXT NOT NULL CHECK (json_valid(title)),
  questions  TEXT NOT NULL CHECK (json_valid(questions)),
  created_at INTEGER NOT NULL,
  created_by TEXT,
  UNIQUE (slug, version)
) STRICT;
