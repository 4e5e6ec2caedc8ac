-- Trends (the Trends view, src/main/services/trends/) read daily rollups, not
-- the raw calls: a 365-day trend over five million calls must answer within a
-- second. The rollups are kept by triggers on the source tables, so every
-- writer — the phone, the wrap-up, the sync's apply, an import, the demo
-- generator — updates them in its own transaction without knowing of them.
--
-- What each measure means is written once, in the fact views below; the
-- rollups are sums of those facts by day and dimensions, and a property test
-- (tests/unit/store/trend-rollups.test.ts) proves that they equal a plain
-- GROUP BY over the views on random histories.
--
-- A day is a UTC day (epoch ms / 86 400 000). Dimensions: the agent as the
-- call stores them (their display name; the team is joined from the roster
-- when asked, so a move between teams re-groups history), the queue (the
-- number an incoming call dialled; '' for outgoing calls), and the customer's
-- tier and language ('' when the call has no customer or the customer no
-- language).

-- Calls within this many milliseconds (7 days) of each other belong together:
-- a repeat contact, and an offer that did not answer what was wanted.
-- (Written out as 604800000 below: SQLite has no constants.)

CREATE INDEX interactions_by_start ON interactions (started_at);

-- Where a call falls: its day and dimensions (cheap: no look-ups beyond the customer).
CREATE VIEW trend_call_dimensions AS
SELECT
  i.id AS interaction_id,
  i.started_at,
  i.started_at / 86400000 AS day,
  coalesce(i.agent, '') AS agent,
  CASE i.direction WHEN 'inbound' THEN i.to_number ELSE '' END AS queue,
  coalesce(c.tier, '') AS tier,
  coalesce(c.preferred_language, '') AS language
FROM interactions i
LEFT JOIN customers c ON c.id = i.customer_id;

-- One row per call: what it counts for.
--  answered         it was answered (answered_at set), either direction.
--  missed           an incoming call that ended unanswered for any reason but the caller's giving up
--                   (declined, busy, no answer, turned away or forwarded by Not Ready, voicemail, failed).
--  abandoned        an incoming call that ended unanswered because the caller hung up while it rang
--                   (end reason 'caller-cancelled'). Missed and abandoned never overlap.
--  handle_ms        answered → ended (talk time, hold included), counted in `handled`.
--  wrap_up_ms       ended → wrap-up saved, counted in `wrapped_up`.
--  repeat_contact   an incoming call from a customer who had an answered call in the 7 days before it
--                   (the first-contact-resolution proxy: the earlier call did not settle it).
--  wanted_written   the wrap-up says what the customer wanted.
--  mismatch         what was offered did not answer what was wanted: the want is written and either
--                   nothing was offered, or the same customer called in again within 7 days after
--                   (whatever was offered, it did not settle the matter). Text cannot be compared
--                   by a machine; the customer's coming back can.
CREATE VIEW trend_call_facts AS
SELECT
  d.*,
  1 AS calls,
  i.direction = 'inbound' AS inbound,
  i.answered_at IS NOT NULL AS answered,
  (i.direction = 'inbound' AND i.answered_at IS NULL AND i.ended_at IS NOT NULL AND coalesce(i.end_reason, '') <> 'caller-cancelled') AS missed,
  (i.direction = 'inbound' AND i.answered_at IS NULL AND i.ended_at IS NOT NULL AND coalesce(i.end_reason, '') = 'caller-cancelled') AS abandoned,
  CASE WHEN i.ended_at >= i.answered_at THEN i.ended_at - i.answered_at ELSE 0 END AS handle_ms,
  coalesce(i.ended_at >= i.answered_at, 0) AS handled,
  CASE WHEN i.wrapped_up_at >= i.ended_at THEN i.wrapped_up_at - i.ended_at ELSE 0 END AS wrap_up_ms,
  coalesce(i.wrapped_up_at >= i.ended_at, 0) AS wrapped_up,
  (i.direction = 'inbound' AND i.customer_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM interactions p
    WHERE p.customer_id = i.customer_id AND p.answered_at IS NOT NULL
      AND p.started_at >= i.started_at - 604800000 AND p.started_at < i.started_at
  )) AS repeat_contact,
  trim(coalesce(i.customer_wanted, '')) <> '' AS wanted_written,
  (trim(coalesce(i.customer_wanted, '')) <> '' AND (
    trim(coalesce(i.we_offered, '')) = ''
    OR (i.customer_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM interactions n
      WHERE n.customer_id = i.customer_id AND n.direction = 'inbound'
        AND n.started_at > i.started_at AND n.started_at <= i.started_at + 604800000
    ))
  )) AS mismatch
FROM trend_call_dimensions d
JOIN interactions i ON i.id = d.interaction_id;

-- One row per coded call: its disposition, and each of its root causes.
CREATE VIEW trend_code_facts AS
SELECT d.*, 'disposition' AS kind, i.disposition_code AS code
FROM trend_call_dimensions d JOIN interactions i ON i.id = d.interaction_id
WHERE i.disposition_code IS NOT NULL
UNION ALL
SELECT d.*, 'root-cause' AS kind, r.code
FROM trend_call_dimensions d JOIN interaction_root_causes r ON r.interaction_id = d.interaction_id;

-- One row per promise, on the day it was made, under the call it was made on
-- (agent and queue; '' when made outside a call) and its customer's tier and
-- language. Overdue (open past its due time) depends on the clock, so it is
-- read from the open promises themselves, not rolled up.
CREATE VIEW trend_promise_facts AS
SELECT
  p.id AS promise_id,
  p.created_at,
  p.created_at / 86400000 AS day,
  coalesce(i.agent, '') AS agent,
  CASE i.direction WHEN 'inbound' THEN i.to_number ELSE '' END AS queue,
  c.tier,
  coalesce(c.preferred_language, '') AS language,
  p.owner_type,
  p.owner_name,
  1 AS made,
  p.status = 'kept' AS kept,
  p.status = 'broken' AS broken,
  p.status = 'cancelled' AS cancelled,
  p.status = 'open' AS open
FROM promises p
JOIN customers c ON c.id = p.customer_id
LEFT JOIN interactions i ON i.id = p.interaction_id;

CREATE TABLE trend_days (
  day             INTEGER NOT NULL,
  agent           TEXT NOT NULL,
  queue           TEXT NOT NULL,
  tier            TEXT NOT NULL,
  language        TEXT NOT NULL,
  calls           INTEGER NOT NULL,
  inbound         INTEGER NOT NULL,
  answered        INTEGER NOT NULL,
  missed          INTEGER NOT NULL,
  abandoned       INTEGER NOT NULL,
  handle_ms       INTEGER NOT NULL,
  handled         INTEGER NOT NULL,
  wrap_up_ms      INTEGER NOT NULL,
  wrapped_up      INTEGER NOT NULL,
  repeat_contacts INTEGER NOT NULL,
  wanted_written  INTEGER NOT NULL,
  mismatches      INTEGER NOT NULL,
  PRIMARY KEY (day, agent, queue, tier, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE trend_day_codes (
  kind     TEXT NOT NULL CHECK (kind IN ('disposition', 'root-cause')),
  day      INTEGER NOT NULL,
  code     TEXT NOT NULL,
  agent    TEXT NOT NULL,
  queue    TEXT NOT NULL,
  tier     TEXT NOT NULL,
  language TEXT NOT NULL,
  calls    INTEGER NOT NULL,
  PRIMARY KEY (kind, day, code, agent, queue, tier, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE trend_promise_days (
  day        INTEGER NOT NULL,
  agent      TEXT NOT NULL,
  queue      TEXT NOT NULL,
  tier       TEXT NOT NULL,
  language   TEXT NOT NULL,
  owner_type TEXT NOT NULL,
  owner_name TEXT NOT NULL,
  made       INTEGER NOT NULL,
  kept       INTEGER NOT NULL,
  broken     INTEGER NOT NULL,
  cancelled  INTEGER NOT NULL,
  open       INTEGER NOT NULL,
  PRIMARY KEY (day, agent, queue, tier, language, owner_type, owner_name)
) STRICT, WITHOUT ROWID;

INSERT INTO trend_days
SELECT day, agent, queue, tier, language, sum(calls), sum(inbound), sum(answered), sum(missed), sum(abandoned),
       sum(handle_ms), sum(handled), sum(wrap_up_ms), sum(wrapped_up), sum(repeat_contact), sum(wanted_written), sum(mismatch)
FROM trend_call_facts GROUP BY day, agent, queue, tier, language;
INSERT INTO trend_day_codes
SELECT kind, day, code, agent, queue, tier, language, count(*) FROM trend_code_facts GROUP BY kind, day, code, agent, queue, tier, language;
INSERT INTO trend_promise_days
SELECT day, agent, queue, tier, language, owner_type, owner_name, sum(made), sum(kept), sum(broken), sum(cancelled), sum(open)
FROM trend_promise_facts GROUP BY day, agent, queue, tier, language, owner_type, owner_name;

-- The three ways a rollup changes, written once each: inserting (row, sign)
-- into one of these views adds (+1) or takes away (-1) that row's facts as
-- they stand at that moment. A change to a source row takes its facts away
-- before it and adds them back after it.
CREATE VIEW trend_call_changes AS SELECT 0 AS interaction_id, 0 AS sign WHERE 0;
CREATE VIEW trend_root_cause_changes AS SELECT 0 AS interaction_id, '' AS code, 0 AS sign WHERE 0;
CREATE VIEW trend_promise_changes AS SELECT 0 AS promise_id, 0 AS sign WHERE 0;

CREATE TRIGGER trend_call_change_applied INSTEAD OF INSERT ON trend_call_changes
BEGIN
  INSERT INTO trend_days
  SELECT day, agent, queue, tier, language, NEW.sign * calls, NEW.sign * inbound, NEW.sign * answered, NEW.sign * missed,
         NEW.sign * abandoned, NEW.sign * handle_ms, NEW.sign * handled, NEW.sign * wrap_up_ms, NEW.sign * wrapped_up,
         NEW.sign * repeat_contact, NEW.sign * wanted_written, NEW.sign * mismatch
  FROM trend_call_facts WHERE interaction_id = NEW.interaction_id
  ON CONFLICT DO UPDATE SET
    calls = calls + excluded.calls, inbound = inbound + excluded.inbound, answered = answered + excluded.answered,
    missed = missed + excluded.missed, abandoned = abandoned + excluded.abandoned, handle_ms = handle_ms + excluded.handle_ms,
    handled = handled + excluded.handled, wrap_up_ms = wrap_up_ms + excluded.wrap_up_ms, wrapped_up = wrapped_up + excluded.wrapped_up,
    repeat_contacts = repeat_contacts + excluded.repeat_contacts, wanted_written = wanted_written + excluded.wanted_written,
    mismatches = mismatches + excluded.mismatches;
  INSERT INTO trend_day_codes
  SELECT kind, day, code, agent, queue, tier, language, NEW.sign
  FROM trend_code_facts WHERE interaction_id = NEW.interaction_id
  ON CONFLICT DO UPDATE SET calls = calls + excluded.calls;
END;

CREATE TRIGGER trend_root_cause_change_applied INSTEAD OF INSERT ON trend_root_cause_changes
BEGIN
  INSERT INTO trend_day_codes
  SELECT kind, day, code, agent, queue, tier, language, NEW.sign
  FROM trend_code_facts WHERE interaction_id = NEW.interaction_id AND kind = 'root-cause' AND code = NEW.code
  ON CONFLICT DO UPDATE SET calls = calls + excluded.calls;
END;

CREATE TRIGGER trend_promise_change_applied INSTEAD OF INSERT ON trend_promise_changes
BEGIN
  INSERT INTO trend_promise_days
  SELECT day, agent, queue, tier, language, owner_type, owner_name, NEW.sign * made, NEW.sign * kept, NEW.sign * broken,
         NEW.sign * cancelled, NEW.sign * open
  FROM trend_promise_facts WHERE promise_id = NEW.promise_id
  ON CONFLICT DO UPDATE SET
    made = made + excluded.made, kept = kept + excluded.kept, broken = broken + excluded.broken,
    cancelled = cancelled + excluded.cancelled, open = open + excluded.open;
END;

-- A call's facts also depend on the same customer's calls within 7 days
-- either side of it (repeat contact, mismatch): a call that arrives, moves or
-- goes re-counts those neighbours with it.
CREATE TRIGGER trend_call_before_insert BEFORE INSERT ON interactions
BEGIN
  INSERT INTO trend_call_changes
  SELECT id, -1 FROM interactions
  WHERE customer_id = NEW.customer_id AND started_at BETWEEN NEW.started_at - 604800000 AND NEW.started_at + 604800000;
END;

CREATE TRIGGER trend_call_after_insert AFTER INSERT ON interactions
BEGIN
  INSERT INTO trend_call_changes
  SELECT NEW.id, 1
  UNION
  SELECT id, 1 FROM interactions
  WHERE customer_id = NEW.customer_id AND started_at BETWEEN NEW.started_at - 604800000 AND NEW.started_at + 604800000;
END;

-- When a customer is deleted, the foreign key clears the customer of each of
-- their calls one by one; the customer's own trigger has already taken all of
-- those calls away, so here each call is only added back, without a customer.
CREATE TRIGGER trend_call_before_update
BEFORE UPDATE OF customer_id, direction, to_number, started_at, answered_at, ended_at, agent, outcome, disposition_code,
                 customer_wanted, we_offered, end_reason, wrapped_up_at ON interactions
WHEN OLD.customer_id IS NULL OR EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id)
BEGIN
  INSERT INTO trend_call_changes
  SELECT OLD.id, -1
  UNION
  SELECT id, -1 FROM interactions
  WHERE (customer_id = OLD.customer_id AND started_at BETWEEN OLD.started_at - 604800000 AND OLD.started_at + 604800000)
     OR (customer_id = NEW.customer_id AND started_at BETWEEN NEW.started_at - 604800000 AND NEW.started_at + 604800000);
  INSERT INTO trend_promise_changes SELECT id, -1 FROM promises WHERE interaction_id = OLD.id;
END;

CREATE TRIGGER trend_call_after_update
AFTER UPDATE OF customer_id, direction, to_number, started_at, answered_at, ended_at, agent, outcome, disposition_code,
                customer_wanted, we_offered, end_reason, wrapped_up_at ON interactions
WHEN OLD.customer_id IS NULL OR EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id)
BEGIN
  INSERT INTO trend_call_changes
  SELECT NEW.id, 1
  UNION
  SELECT id, 1 FROM interactions
  WHERE (customer_id = OLD.customer_id AND started_at BETWEEN OLD.started_at - 604800000 AND OLD.started_at + 604800000)
     OR (customer_id = NEW.customer_id AND started_at BETWEEN NEW.started_at - 604800000 AND NEW.started_at + 604800000);
  INSERT INTO trend_promise_changes SELECT id, 1 FROM promises WHERE interaction_id = NEW.id;
END;

CREATE TRIGGER trend_call_after_customer_deleted
AFTER UPDATE OF customer_id ON interactions
WHEN OLD.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id)
BEGIN
  INSERT INTO trend_call_changes VALUES (NEW.id, 1);
END;

-- The call's promises are cleared of it by the foreign key afterwards (their
-- own trigger adds them back without a call); its root causes go with it.
CREATE TRIGGER trend_call_before_delete BEFORE DELETE ON interactions
BEGIN
  INSERT INTO trend_call_changes
  SELECT OLD.id, -1
  UNION
  SELECT id, -1 FROM interactions
  WHERE customer_id = OLD.customer_id AND started_at BETWEEN OLD.started_at - 604800000 AND OLD.started_at + 604800000;
  INSERT INTO trend_promise_changes SELECT id, -1 FROM promises WHERE interaction_id = OLD.id;
END;

CREATE TRIGGER trend_call_after_delete AFTER DELETE ON interactions
BEGIN
  INSERT INTO trend_call_changes
  SELECT id, 1 FROM interactions
  WHERE customer_id = OLD.customer_id AND started_at BETWEEN OLD.started_at - 604800000 AND OLD.started_at + 604800000;
END;

CREATE TRIGGER trend_root_cause_after_insert AFTER INSERT ON interaction_root_causes
BEGIN
  INSERT INTO trend_root_cause_changes VALUES (NEW.interaction_id, NEW.code, 1);
END;

CREATE TRIGGER trend_root_cause_before_update BEFORE UPDATE ON interaction_root_causes
BEGIN
  INSERT INTO trend_root_cause_changes VALUES (OLD.interaction_id, OLD.code, -1);
END;

CREATE TRIGGER trend_root_cause_after_update AFTER UPDATE ON interaction_root_causes
BEGIN
  INSERT INTO trend_root_cause_changes VALUES (NEW.interaction_id, NEW.code, 1);
END;

CREATE TRIGGER trend_root_cause_before_delete BEFORE DELETE ON interaction_root_causes
BEGIN
  INSERT INTO trend_root_cause_changes VALUES (OLD.interaction_id, OLD.code, -1);
END;

CREATE TRIGGER trend_promise_after_insert AFTER INSERT ON promises
BEGIN
  INSERT INTO trend_promise_changes VALUES (NEW.id, 1);
END;

-- Skipped when the promise's call is being deleted: the call's trigger took it away already.
CREATE TRIGGER trend_promise_before_update
BEFORE UPDATE OF customer_id, interaction_id, owner_type, owner_name, status, created_at ON promises
WHEN OLD.interaction_id IS NULL OR EXISTS (SELECT 1 FROM interactions WHERE id = OLD.interaction_id)
BEGIN
  INSERT INTO trend_promise_changes VALUES (OLD.id, -1);
END;

CREATE TRIGGER trend_promise_after_update
AFTER UPDATE OF customer_id, interaction_id, owner_type, owner_name, status, created_at ON promises
BEGIN
  INSERT INTO trend_promise_changes VALUES (NEW.id, 1);
END;

-- Takes nothing away when the customer is being deleted (their trigger did).
CREATE TRIGGER trend_promise_before_delete BEFORE DELETE ON promises
BEGIN
  INSERT INTO trend_promise_changes VALUES (OLD.id, -1);
END;

CREATE TRIGGER trend_customer_before_update BEFORE UPDATE OF tier, preferred_language ON customers
BEGIN
  INSERT INTO trend_call_changes SELECT id, -1 FROM interactions WHERE customer_id = OLD.id;
  INSERT INTO trend_promise_changes SELECT id, -1 FROM promises WHERE customer_id = OLD.id;
END;

CREATE TRIGGER trend_customer_after_update AFTER UPDATE OF tier, preferred_language ON customers
BEGIN
  INSERT INTO trend_call_changes SELECT id, 1 FROM interactions WHERE customer_id = NEW.id;
  INSERT INTO trend_promise_changes SELECT id, 1 FROM promises WHERE customer_id = NEW.id;
END;

CREATE TRIGGER trend_customer_before_delete BEFORE DELETE ON customers
BEGIN
  INSERT INTO trend_call_changes SELECT id, -1 FROM interactions WHERE customer_id = OLD.id;
  INSERT INTO trend_promise_changes SELECT id, -1 FROM promises WHERE customer_id = OLD.id;
END;
