-- A script run remembers the language and tone the agent used, so that a
-- reopened call shows the script as it was; one run per call (switching
-- scripts mid-call replaces it).
ALTER TABLE script_runs ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'ru', 'uk'));
ALTER TABLE script_runs ADD COLUMN tone TEXT NOT NULL DEFAULT 'friendly' CHECK (tone IN ('friendly', 'formal'));
DROP INDEX script_runs_by_interaction;
CREATE UNIQUE INDEX script_runs_by_interaction ON script_runs (interaction_id);
