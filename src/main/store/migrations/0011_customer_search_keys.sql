-- Customer search as ru/uk agents type: ё as е, any Ukrainian apostrophe or
-- none, Latin for Cyrillic and back, people before companies. The index holds
-- each word in search form and its Latin skeleton (src/shared/domain/
-- name-search-keys.ts), computed by SQL functions the app registers on every
-- connection; the person's words and the company's are separate columns so
-- that a query can rank people first.
DROP TRIGGER customers_indexed;
DROP TRIGGER customers_reindexed;
DROP TRIGGER customers_unindexed;
DROP TABLE customer_search;

CREATE VIRTUAL TABLE customer_search USING fts5 (
  person, company, email,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER customers_indexed AFTER INSERT ON customers BEGIN
  INSERT INTO customer_search (rowid, person, company, email)
  VALUES (new.id, person_search_text(new.first_name, new.last_name, new.display_name, new.company), search_index_text(new.company), new.email);
END;
CREATE TRIGGER customers_reindexed AFTER UPDATE OF display_name, first_name, last_name, company, email ON customers BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
  INSERT INTO customer_search (rowid, person, company, email)
  VALUES (new.id, person_search_text(new.first_name, new.last_name, new.display_name, new.company), search_index_text(new.company), new.email);
END;
CREATE TRIGGER customers_unindexed AFTER DELETE ON customers BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
END;

INSERT INTO customer_search (rowid, person, company, email)
SELECT id, person_search_text(first_name, last_name, display_name, company), search_index_text(company), email FROM customers;
