-- When a call's wrap-up was saved. A draft that arrives after it (a save still
-- in flight, a page journal replayed on reconnect) is stale: it must not bring
-- the call back as an unfinished wrap-up.
ALTER TABLE interactions ADD COLUMN wrapped_up_at INTEGER;
