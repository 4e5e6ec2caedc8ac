-- When a call's record last changed, by the CRM's clock for a copy from the
-- feed or by this console's for a change it queued: an older copy replayed
-- after a newer one is ignored instead of overwriting it (docs/SYNC.md).
-- NULL for calls stored before this version, and for CRMs that do not send it.
ALTER TABLE interactions ADD COLUMN updated_at INTEGER;
