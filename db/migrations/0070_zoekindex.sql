-- Search as the officer types: a trigram index (FTS5) over the search key finds the rows that
-- contain a word of three or more characters without scanning the register (1,000,000 people:
-- a LIKE '%word%' scan re-read the whole index on every keystroke). The index stores no copy
-- of the text (external content) and is kept current by triggers. VACUUM keeps the rowids of
-- inburgeraar (SQLite's transfer copy); tests/db/test_search_index.py checks it.
CREATE VIRTUAL TABLE inburgeraar_zoek USING fts5(
    zoeksleutel, content = 'inburgeraar', content_rowid = 'rowid', tokenize = 'trigram'
);

INSERT INTO inburgeraar_zoek (inburgeraar_zoek) VALUES ('rebuild');

CREATE TRIGGER inburgeraar_zoek_na_insert AFTER INSERT ON inburgeraar BEGIN
    INSERT INTO inburgeraar_zoek (rowid, zoeksleutel) VALUES (new.rowid, new.zoeksleutel);
END;

CREATE TRIGGER inburgeraar_zoek_na_delete AFTER DELETE ON inburgeraar BEGIN
    INSERT INTO inburgeraar_zoek (inburgeraar_zoek, rowid, zoeksleutel)
    VALUES ('delete', old.rowid, old.zoeksleutel);
END;

CREATE TRIGGER inburgeraar_zoek_na_update AFTER UPDATE OF zoeksleutel ON inburgeraar BEGIN
    INSERT INTO inburgeraar_zoek (inburgeraar_zoek, rowid, zoeksleutel)
    VALUES ('delete', old.rowid, old.zoeksleutel);
    INSERT INTO inburgeraar_zoek (rowid, zoeksleutel) VALUES (new.rowid, new.zoeksleutel);
END;

-- Sorting by gemeente or status within a filter walks an index in order instead of sorting.
CREATE INDEX inburgeraar_gemeente_naam ON inburgeraar (gemeentecode, sorteernaam, id);
CREATE INDEX inburgeraar_status_naam ON inburgeraar (status, sorteernaam, id);
DROP INDEX inburgeraar_gemeente;
DROP INDEX inburgeraar_status;
