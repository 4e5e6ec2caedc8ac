-- An outbox entry the CRM refused for good is held, with the CRM's reason,
-- instead of being retried forever: Settings → CRM connection lists it to be
-- sent again or discarded (discarding is audited).
ALTER TABLE sync_outbox ADD COLUMN held_reason TEXT;
