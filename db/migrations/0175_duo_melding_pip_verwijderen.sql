-- One more result the gemeente reports to DUO from duo_melding (0161, 0171): deleting the PIP
-- DUO registered (DELETE /personen/{bsn}/PIP), allowed by DUO while it has no termijn.
-- SQLite cannot change a CHECK: the table is rebuilt with its rows, as in 0171; the sync's
-- change triggers are made again right after the migrations (db/connection.py).
CREATE TABLE duo_melding_nieuw (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id  TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    soort           TEXT NOT NULL CHECK (soort IN ('uren', 'contactpersoon', 'zroute',
                                                   'contactpersoon_wijzigen',
                                                   'contactpersoon_verwijderen',
                                                   'pip_verwijderen')),
    gegevens        TEXT NOT NULL DEFAULT '{}',
    gemarkeerd_op   TEXT NOT NULL,
    gemarkeerd_door TEXT NOT NULL DEFAULT ''
);

INSERT INTO duo_melding_nieuw (id, created_at, updated_at, version, inburgeraar_id, soort,
                               gegevens, gemarkeerd_op, gemarkeerd_door)
SELECT id, created_at, updated_at, version, inburgeraar_id, soort, gegevens, gemarkeerd_op,
       gemarkeerd_door
FROM duo_melding;

DROP TABLE duo_melding;

ALTER TABLE duo_melding_nieuw RENAME TO duo_melding;

CREATE INDEX duo_melding_inburgeraar ON duo_melding (inburgeraar_id, gemarkeerd_op);
