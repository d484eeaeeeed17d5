-- "Nieuw van DUO" (server migration 0107): a new inburgeraar DUO notified whose BSN the region
-- does not hold yet, as the sync brings it to the klantmanagers of that gemeente. Written only
-- by the sync (the server decides who takes one in); a handled one is removed by the sync.
-- No reference to inburgeraar: there is no dossier yet.
CREATE TABLE duo_aanmelding (
    id                        TEXT PRIMARY KEY,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    version                   INTEGER NOT NULL DEFAULT 1,
    gemeentecode              TEXT NOT NULL,
    bsn                       TEXT NOT NULL,
    gebeurtenis_id            TEXT NOT NULL,
    omschrijving              TEXT NOT NULL,
    registratie               TEXT NOT NULL,
    plichtig                  INTEGER,
    datum_start_plicht        TEXT,
    datum_melding_duo         TEXT,
    indeling                  TEXT,
    gedetailleerde_doelgroep  TEXT,
    asielrechten              TEXT,
    met_pip_elders            INTEGER NOT NULL DEFAULT 0,
    in_behandeling_door       TEXT  -- a colleague took it up; gone once the dossier arrived
);

CREATE INDEX duo_aanmelding_registratie ON duo_aanmelding (registratie);
