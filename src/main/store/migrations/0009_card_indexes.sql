-- The customer card reads each source of the timeline newest first, ties
-- broken by id (the cursor's total order). Ascending (customer, time)
-- indexes give exactly that order when walked backwards (the rowid is the
-- index's implicit last column), so no page is sorted after it is read.
DROP INDEX interactions_by_customer;
CREATE INDEX interactions_by_customer ON interactions (customer_id, started_at);
DROP INDEX notes_by_customer;
CREATE INDEX notes_by_customer ON notes (customer_id, created_at);
DROP INDEX promises_by_customer;
CREATE INDEX promises_by_customer ON promises (customer_id, created_at);
-- The card's open promises, soonest due first, without a sort.
CREATE INDEX promises_open_by_customer ON promises (customer_id, due_at) WHERE status = 'open';
-- The card's phones in the order they were added (rowid order within the customer).
CREATE INDEX customer_phones_by_customer ON customer_phones (customer_id);

-- Script runs belonged to a customer only through their call, so the card
-- probed them call by call: thousands of probes for a long-standing
-- customer. The customer is now kept on the run itself, by triggers, so
-- that every writer (the phone, the sync, a call linked to a customer
-- later, a customer deleted) keeps it right without knowing of it.
ALTER TABLE script_runs ADD COLUMN customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL;
UPDATE script_runs SET customer_id = (SELECT customer_id FROM interactions WHERE interactions.id = script_runs.interaction_id);
CREATE INDEX script_runs_by_customer ON script_runs (customer_id, started_at);

CREATE TRIGGER script_runs_take_call_customer AFTER INSERT ON script_runs
BEGIN
  UPDATE script_runs SET customer_id = (SELECT customer_id FROM interactions WHERE id = NEW.interaction_id) WHERE id = NEW.id;
END;

CREATE TRIGGER script_runs_follow_call_to_other_call AFTER UPDATE OF interaction_id ON script_runs
BEGIN
  UPDATE script_runs SET customer_id = (SELECT customer_id FROM interactions WHERE id = NEW.interaction_id) WHERE id = NEW.id;
END;

CREATE TRIGGER script_runs_follow_call_customer AFTER UPDATE OF customer_id ON interactions
BEGIN
  UPDATE script_runs SET customer_id = NEW.customer_id WHERE interaction_id = NEW.id;
END;
