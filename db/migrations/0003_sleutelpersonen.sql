-- Sleutelpersonen: the regional pool of key persons, their engagements (inzet), monthly expense
-- claims (declaratie), match decisions (koppeling) and conflict-of-interest exclusions.
-- Lists (talen, landen, themas, rollen, beschikbaarheid) are JSON arrays: they are always read
-- and written as a whole with their key person, and the matcher loads the pool into memory.

CREATE TABLE sleutelpersoon (
    id                  TEXT PRIMARY KEY,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    voornaam            TEXT NOT NULL CHECK (length(voornaam) > 0),
    achternaam          TEXT NOT NULL CHECK (length(achternaam) > 0),
    soort               TEXT NOT NULL CHECK (soort IN ('sleutelpersoon', 'cultuurverbinder', 'beide')),
    training            TEXT NOT NULL DEFAULT '',
    training_datum      TEXT,
    geslacht            TEXT NOT NULL CHECK (geslacht IN ('M', 'V', 'X')),
    geboortejaar        INTEGER,
    talen               TEXT NOT NULL DEFAULT '[]',
    landen              TEXT NOT NULL DEFAULT '[]',
    gemeentecode        TEXT NOT NULL,
    rijbewijs           INTEGER NOT NULL DEFAULT 0,
    auto                INTEGER NOT NULL DEFAULT 0,
    alleen_ov           INTEGER NOT NULL DEFAULT 0,
    max_reisafstand_km  INTEGER NOT NULL DEFAULT 25,
    themas              TEXT NOT NULL DEFAULT '[]',
    rollen              TEXT NOT NULL DEFAULT '[]',
    beschikbaarheid     TEXT NOT NULL DEFAULT '[]',
    capaciteit_uren     INTEGER NOT NULL DEFAULT 8 CHECK (capaciteit_uren BETWEEN 0 AND 200),
    gezinsmigrant       INTEGER NOT NULL DEFAULT 0,
    betaald             INTEGER NOT NULL DEFAULT 0,
    werk_telefoon       TEXT NOT NULL DEFAULT '',
    werk_email          TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN ('actief', 'gepauzeerd', 'gestopt')),
    status_datum        TEXT NOT NULL,
    zoeksleutel         TEXT NOT NULL,
    sorteernaam         TEXT NOT NULL
);

CREATE INDEX sleutelpersoon_naam ON sleutelpersoon (sorteernaam, id);
CREATE INDEX sleutelpersoon_gemeente ON sleutelpersoon (gemeentecode);
CREATE INDEX sleutelpersoon_status ON sleutelpersoon (status);

CREATE TABLE inzet (
    id                  TEXT PRIMARY KEY,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    sleutelpersoon_id   TEXT NOT NULL REFERENCES sleutelpersoon (id) ON DELETE CASCADE,
    datum               TEXT NOT NULL,
    soort               TEXT NOT NULL,
    inburgeraar_id      TEXT REFERENCES inburgeraar (id) ON DELETE SET NULL,
    activiteit          TEXT NOT NULL DEFAULT '',
    rollen              TEXT NOT NULL DEFAULT '[]',
    minuten             INTEGER NOT NULL CHECK (minuten BETWEEN 0 AND 1440),
    km                  INTEGER NOT NULL DEFAULT 0 CHECK (km BETWEEN 0 AND 1000),
    onkosten_cent       INTEGER NOT NULL DEFAULT 0 CHECK (onkosten_cent >= 0),
    onkosten_omschrijving TEXT NOT NULL DEFAULT ''
);

CREATE INDEX inzet_persoon_datum ON inzet (sleutelpersoon_id, datum);
CREATE INDEX inzet_datum ON inzet (datum);
CREATE INDEX inzet_inburgeraar ON inzet (inburgeraar_id);

CREATE TABLE declaratie (
    id                  TEXT PRIMARY KEY,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    sleutelpersoon_id   TEXT NOT NULL REFERENCES sleutelpersoon (id) ON DELETE CASCADE,
    maand               TEXT NOT NULL CHECK (maand GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    km                  INTEGER NOT NULL,
    km_tarief_cent      INTEGER NOT NULL,
    onkosten_cent       INTEGER NOT NULL,
    totaal_cent         INTEGER NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('goedgekeurd')),
    goedgekeurd_door    TEXT NOT NULL DEFAULT '',
    goedgekeurd_op      TEXT NOT NULL,
    UNIQUE (sleutelpersoon_id, maand)
);

CREATE TABLE koppeling (
    id                  TEXT PRIMARY KEY,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id      TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    sleutelpersoon_id   TEXT NOT NULL REFERENCES sleutelpersoon (id),
    voorgesteld_id      TEXT,
    score               REAL,
    afwijking_reden     TEXT NOT NULL DEFAULT '',
    besloten_door       TEXT NOT NULL DEFAULT '',
    actief              INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX koppeling_inburgeraar ON koppeling (inburgeraar_id, actief);
CREATE INDEX koppeling_sleutelpersoon ON koppeling (sleutelpersoon_id, actief);

CREATE TABLE sleutelpersoon_uitsluiting (
    id                  TEXT PRIMARY KEY,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id      TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    sleutelpersoon_id   TEXT NOT NULL REFERENCES sleutelpersoon (id) ON DELETE CASCADE,
    reden               TEXT NOT NULL CHECK (length(reden) > 0),
    UNIQUE (inburgeraar_id, sleutelpersoon_id)
);
