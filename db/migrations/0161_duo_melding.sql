-- Results the gemeente reports to DUO, marked done by an officer on a laptop: the gevolgde uren
-- (per kind) and the contactpersoon. A row syncs to the regional server, whose DUO gateway sends
-- it once (server migration 0106); DUO's answer comes back as a duo_feit "<soort>_antwoord" with
-- the row's id as onderwerp_id. `gegevens` is the melding as JSON (Wegwijs's own shape).
CREATE TABLE duo_melding (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id  TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    soort           TEXT NOT NULL CHECK (soort IN ('uren', 'contactpersoon')),
    gegevens        TEXT NOT NULL DEFAULT '{}',
    gemarkeerd_op   TEXT NOT NULL,
    gemarkeerd_door TEXT NOT NULL DEFAULT ''
);

CREATE INDEX duo_melding_inburgeraar ON duo_melding (inburgeraar_id, gemarkeerd_op);
