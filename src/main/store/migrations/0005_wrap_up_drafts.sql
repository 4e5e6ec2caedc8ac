-- The whole wrap-up is drafted as it is typed, not only the note: disposition,
-- root causes, what the customer wanted and what we offered, and the promises
-- being typed (their due time still the agent's text), as one JSON object the
-- contract's schema checks on the way in and on the way out. NULL for drafts
-- written before this version (only their note was kept).
ALTER TABLE note_drafts ADD COLUMN wrap_up TEXT CHECK (wrap_up IS NULL OR json_valid(wrap_up));
