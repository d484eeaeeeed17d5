-- More results the gemeente reports to DUO from duo_melding (0161): the Z-route afronding
-- (PUT /personen/{bsn}/zroute) and changing or deleting a contactpersoon at DUO
-- (PUT/DELETE /contactpersonen/{id}). SQLite cannot change a CHECK: the table is rebuilt with
-- its rows; the sync's change triggers are made again right after the migrations
-- (db/connection.py), so no mark made meanwhile misses the outbox.
CREATE TABLE duo_melding_nieuw (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id  TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    soort           TEXT NOT NULL CHECK (soort IN ('uren', 'contactpersoon', 'zroute',
                                                   'contactpersoon_wijzigen',
                                                   'contactpersoon_verwijderen')),
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
