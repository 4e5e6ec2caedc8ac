-- Trends at a million customers (docs/BENCHMARKS.md, "Trends"): the promise
-- figures were the dearest part of a report. Their one rollup, keyed by day,
-- agent, queue, tier, language and owner, was read three times (by bucket,
-- by owner, by agent), each read sorted; and the overdue count looked every
-- open promise's call and customer up through the fact view. Now:
--
--  trend_promise_days        the same sums without the owner (the keys of
--                            trend_days, a fifth of the rows): the figures by
--                            bucket and by agent, read in key order.
--  trend_promise_owner_days  with the owner right after the day, so the
--                            figures by owner are read in key order too.
--  trend_open_promises       each open promise with its due time and the
--                            facts it counts under: overdue (open past its due
--                            time *now*, so it cannot be summed ahead) is a
--                            scan of the open promises alone.
--
-- Built from 0014's rollup, which the property test holds equal to the raw
-- rows (tests/unit/store/trend-rollups.test.ts); kept by the same change
-- trigger, so every writer still updates them in its own transaction.

CREATE TABLE trend_promise_owner_days (
  day        INTEGER NOT NULL,
  owner_type TEXT NOT NULL,
  owner_name TEXT NOT NULL,
  agent      TEXT NOT NULL,
  queue      TEXT NOT NULL,
  tier       TEXT NOT NULL,
  language   TEXT NOT NULL,
  made       INTEGER NOT NULL,
  kept       INTEGER NOT NULL,
  broken     INTEGER NOT NULL,
  cancelled  INTEGER NOT NULL,
  open       INTEGER NOT NULL,
  PRIMARY KEY (day, owner_type, owner_name, agent, queue, tier, language)
) STRICT, WITHOUT ROWID;

INSERT INTO trend_promise_owner_days
SELECT day, owner_type, owner_name, agent, queue, tier, language, made, kept, broken, cancelled, open
FROM trend_promise_days
ORDER BY day, owner_type, owner_name, agent, queue, tier, language;

DROP TRIGGER trend_promise_change_applied;
DROP TABLE trend_promise_days;

CREATE TABLE trend_promise_days (
  day       INTEGER NOT NULL,
  agent     TEXT NOT NULL,
  queue     TEXT NOT NULL,
  tier      TEXT NOT NULL,
  language  TEXT NOT NULL,
  made      INTEGER NOT NULL,
  kept      INTEGER NOT NULL,
  broken    INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  open      INTEGER NOT NULL,
  PRIMARY KEY (day, agent, queue, tier, language)
) STRICT, WITHOUT ROWID;

INSERT INTO trend_promise_days
SELECT day, agent, queue, tier, language, sum(made), sum(kept), sum(broken), sum(cancelled), sum(open)
FROM trend_promise_owner_days GROUP BY day, agent, queue, tier, language;

-- Keyed so that the overdue count, grouped by day, owner and agent, reads in
-- key order; found by promise when one changes.
CREATE TABLE trend_open_promises (
  day        INTEGER NOT NULL,
  owner_type TEXT NOT NULL,
  owner_name TEXT NOT NULL,
  agent      TEXT NOT NULL,
  promise_id INTEGER NOT NULL,
  queue      TEXT NOT NULL,
  tier       TEXT NOT NULL,
  language   TEXT NOT NULL,
  due_at     INTEGER NOT NULL,
  PRIMARY KEY (day, owner_type, owner_name, agent, promise_id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX trend_open_promises_by_promise ON trend_open_promises (promise_id);

INSERT INTO trend_open_promises
SELECT f.day, f.owner_type, f.owner_name, f.agent, f.promise_id, f.queue, f.tier, f.language, p.due_at
FROM promises p JOIN trend_promise_facts f ON f.promise_id = p.id
WHERE p.status = 'open';

-- A promise's facts taken away (-1) or added (+1) as they stand (migration
-- 0014 pairs the two around every change). An open promise leaves the open
-- list on -1 and comes back on +1 with its current facts; replacing rather
-- than failing keeps the list right even if a change were ever counted twice.
CREATE TRIGGER trend_promise_change_applied INSTEAD OF INSERT ON trend_promise_changes
BEGIN
  INSERT INTO trend_promise_days
  SELECT day, agent, queue, tier, language, NEW.sign * made, NEW.sign * kept, NEW.sign * broken, NEW.sign * cancelled, NEW.sign * open
  FROM trend_promise_facts WHERE promise_id = NEW.promise_id
  ON CONFLICT DO UPDATE SET
    made = made + excluded.made, kept = kept + excluded.kept, broken = broken + excluded.broken,
    cancelled = cancelled + excluded.cancelled, open = open + excluded.open;
  INSERT INTO trend_promise_owner_days
  SELECT day, owner_type, owner_name, agent, queue, tier, language, NEW.sign * made, NEW.sign * kept, NEW.sign * broken,
         NEW.sign * cancelled, NEW.sign * open
  FROM trend_promise_facts WHERE promise_id = NEW.promise_id
  ON CONFLICT DO UPDATE SET
    made = made + excluded.made, kept = kept + excluded.kept, broken = broken + excluded.broken,
    cancelled = cancelled + excluded.cancelled, open = open + excluded.open;
  DELETE FROM trend_open_promises WHERE NEW.sign < 0 AND promise_id = NEW.promise_id;
  INSERT OR REPLACE INTO trend_open_promises
  SELECT f.day, f.owner_type, f.owner_name, f.agent, f.promise_id, f.queue, f.tier, f.language, p.due_at
  FROM promises p JOIN trend_promise_facts f ON f.promise_id = p.id
  WHERE NEW.sign > 0 AND p.id = NEW.promise_id AND p.status = 'open';
END;

-- A new due time moves no sum, only when the promise falls overdue.
CREATE TRIGGER trend_promise_rescheduled AFTER UPDATE OF due_at ON promises
BEGIN
  UPDATE trend_open_promises SET due_at = NEW.due_at WHERE promise_id = NEW.id;
END;
