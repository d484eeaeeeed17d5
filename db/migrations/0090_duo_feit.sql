-- What DUO changed in a dossier, as the regional server's DUO gateway recorded it (bron: DUO).
-- Rows arrive by the normal sync; the officer only marks one handled. `gegevens` is DUO's
-- facts as JSON (e.g. the LBT result, DUO's termijn), `omschrijving` the Dutch history line.
CREATE TABLE duo_feit (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id  TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    soort           TEXT NOT NULL,
    gegevens        TEXT NOT NULL DEFAULT '{}',
    omschrijving    TEXT NOT NULL,
    waarschuwing    TEXT NOT NULL DEFAULT '',
    gebeurtenis_id  TEXT,
    bericht_id      TEXT NOT NULL,
    vastgelegd_op   TEXT NOT NULL,
    afgehandeld     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX duo_feit_inburgeraar ON duo_feit (inburgeraar_id, vastgelegd_op);
