-- Search in name order without walking the register (issue 11: ≤ 50 ms per keystroke at
-- 1,000,000 people). A second trigram index whose rowid is the person's place in name order
-- (sorteernaam, id), so the first 200 matches of any word come straight from the index in
-- that order (0.2-2 ms at 1,000,000 people, measured); walking the name index took 0.3-0.6 s
-- for a word thousands share whose names sort late.
--
-- Places are spread over 1 .. 2^62 with wide gaps. A new or renamed person takes the middle of
-- the gap between the places of the people just before and after them; when that gap is used
-- up, the person is listed in inburgeraar_plek_open instead (no place, not in this index) and
-- the search checks those few rows itself (db/inburgeraars.py), so the results stay exact.
-- InburgeraarRepository.renumber_places spreads every place again (after a bulk import).
CREATE TABLE inburgeraar_plek (
    inburgeraar_rowid INTEGER PRIMARY KEY,
    plek              INTEGER NOT NULL UNIQUE
);

CREATE TABLE inburgeraar_plek_open (
    inburgeraar_rowid INTEGER PRIMARY KEY
);

CREATE VIRTUAL TABLE inburgeraar_zoek_plek USING fts5(
    zoeksleutel, content = '', contentless_delete = 1, tokenize = 'trigram'
);

INSERT INTO inburgeraar_plek (inburgeraar_rowid, plek)
SELECT rowid,
       row_number() OVER (ORDER BY sorteernaam, id)
           * (4611686018427387904 / ((SELECT count(*) FROM inburgeraar) + 1))
FROM inburgeraar;

INSERT INTO inburgeraar_zoek_plek (rowid, zoeksleutel)
SELECT p.plek, i.zoeksleutel FROM inburgeraar_plek p JOIN inburgeraar i ON i.rowid = p.inburgeraar_rowid;

-- Giving a person a place (or listing them as open): one INSERT into this view, from both
-- triggers below. The place is the middle of the gap between the places of the people just
-- before and after in name order.
CREATE VIEW inburgeraar_plek_geven (inburgeraar_rowid, sorteernaam, id, zoeksleutel) AS
SELECT rowid, sorteernaam, id, zoeksleutel FROM inburgeraar WHERE 0;

CREATE TRIGGER inburgeraar_plek_geven_in INSTEAD OF INSERT ON inburgeraar_plek_geven BEGIN
    INSERT INTO inburgeraar_plek (inburgeraar_rowid, plek)
    SELECT new.inburgeraar_rowid, lo + (hi - lo) / 2
    FROM (
        SELECT coalesce((
            SELECT p.plek FROM inburgeraar i INDEXED BY inburgeraar_naam_zoek
            JOIN inburgeraar_plek p ON p.inburgeraar_rowid = i.rowid
            WHERE (i.sorteernaam, i.id) < (new.sorteernaam, new.id)
            ORDER BY i.sorteernaam DESC, i.id DESC LIMIT 1
        ), 0) AS lo,
        coalesce((
            SELECT p.plek FROM inburgeraar i INDEXED BY inburgeraar_naam_zoek
            JOIN inburgeraar_plek p ON p.inburgeraar_rowid = i.rowid
            WHERE (i.sorteernaam, i.id) > (new.sorteernaam, new.id)
            ORDER BY i.sorteernaam, i.id LIMIT 1
        ), 4611686018427387904) AS hi
    )
    WHERE hi - lo >= 2;
    INSERT INTO inburgeraar_plek_open (inburgeraar_rowid)
    SELECT new.inburgeraar_rowid WHERE NOT EXISTS (
        SELECT 1 FROM inburgeraar_plek WHERE inburgeraar_rowid = new.inburgeraar_rowid
    );
    INSERT INTO inburgeraar_zoek_plek (rowid, zoeksleutel)
    SELECT plek, new.zoeksleutel FROM inburgeraar_plek
    WHERE inburgeraar_rowid = new.inburgeraar_rowid;
END;

-- A person takes a place after being added, and again after a change of the name order or of
-- the search key; the old place goes first.
CREATE TRIGGER inburgeraar_plek_na_insert AFTER INSERT ON inburgeraar BEGIN
    INSERT INTO inburgeraar_plek_geven
    VALUES (new.rowid, new.sorteernaam, new.id, new.zoeksleutel);
END;

CREATE TRIGGER inburgeraar_plek_na_delete AFTER DELETE ON inburgeraar BEGIN
    DELETE FROM inburgeraar_zoek_plek
    WHERE rowid = (SELECT plek FROM inburgeraar_plek WHERE inburgeraar_rowid = old.rowid);
    DELETE FROM inburgeraar_plek WHERE inburgeraar_rowid = old.rowid;
    DELETE FROM inburgeraar_plek_open WHERE inburgeraar_rowid = old.rowid;
END;

CREATE TRIGGER inburgeraar_plek_na_update AFTER UPDATE OF sorteernaam, id, zoeksleutel
ON inburgeraar BEGIN
    DELETE FROM inburgeraar_zoek_plek
    WHERE rowid = (SELECT plek FROM inburgeraar_plek WHERE inburgeraar_rowid = old.rowid);
    DELETE FROM inburgeraar_plek WHERE inburgeraar_rowid = old.rowid;
    DELETE FROM inburgeraar_plek_open WHERE inburgeraar_rowid = old.rowid;
    INSERT INTO inburgeraar_plek_geven
    VALUES (new.rowid, new.sorteernaam, new.id, new.zoeksleutel);
END;
