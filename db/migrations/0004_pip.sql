-- PIP versions, PIP-deadline extensions, DUO extensions of the termijn, and computed deadlines.
-- A PIP version that is vastgesteld or gewijzigd is never edited in place: the trigger refuses
-- any change of its content or dagtekening (the service refuses it first, with a Dutch message).

CREATE TABLE pip (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id   TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    versie           INTEGER NOT NULL CHECK (versie >= 1),
    status           TEXT NOT NULL
                     CHECK (status IN ('concept', 'ter_ondertekening', 'vastgesteld', 'gewijzigd')),
    dagtekening      TEXT,
    leerroute        TEXT NOT NULL DEFAULT '',
    wijziging_soort  TEXT NOT NULL DEFAULT '',
    wijziging_reden  TEXT NOT NULL DEFAULT '',
    inhoud           TEXT NOT NULL,
    UNIQUE (inburgeraar_id, versie)
);

CREATE INDEX pip_status ON pip (status);

CREATE TRIGGER pip_vastgesteld_onveranderlijk
BEFORE UPDATE OF inhoud, dagtekening, leerroute, versie, inburgeraar_id ON pip
WHEN OLD.status IN ('vastgesteld', 'gewijzigd')
BEGIN
    SELECT RAISE(ABORT, 'pip vastgesteld: niet wijzigbaar');
END;

CREATE TRIGGER pip_status_terug
BEFORE UPDATE OF status ON pip
WHEN OLD.status IN ('vastgesteld', 'gewijzigd') AND NEW.status NOT IN ('gewijzigd')
BEGIN
    SELECT RAISE(ABORT, 'pip vastgesteld: status kan niet terug');
END;

CREATE TABLE pip_verlenging (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id   TEXT NOT NULL UNIQUE REFERENCES inburgeraar (id) ON DELETE CASCADE,
    reden            TEXT NOT NULL CHECK (length(reden) > 0),
    derde            TEXT NOT NULL CHECK (length(derde) > 0),
    info_ontvangen   TEXT
);

CREATE TABLE duo_verlenging (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id   TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    dagen            INTEGER NOT NULL CHECK (dagen BETWEEN 1 AND 3650),
    reden            TEXT NOT NULL CHECK (length(reden) > 0),
    besluit_datum    TEXT
);

CREATE INDEX duo_verlenging_inburgeraar ON duo_verlenging (inburgeraar_id);

-- Derived: the deadlines per inburgeraar as the engine computed them, with the person's name,
-- gemeente and klantmanager copied in, so the overview of a whole region is one range scan over
-- a covering index (no join, no random page reads). Rebuilt per inburgeraar whenever its data
-- changes (see termijn_bron).
CREATE TABLE termijn (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id   TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    soort            TEXT NOT NULL,
    datum            TEXT,
    reden            TEXT NOT NULL,
    afgerond         INTEGER NOT NULL DEFAULT 0,
    naam             TEXT NOT NULL DEFAULT '',
    gemeentecode     TEXT NOT NULL DEFAULT '',
    klantmanager     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX termijn_overzicht ON termijn
    (afgerond, datum, soort, inburgeraar_id, naam, gemeentecode, klantmanager, reden);
CREATE INDEX termijn_inburgeraar ON termijn (inburgeraar_id);

-- When each person's deadlines were last computed: a person edited later is recomputed.
CREATE TABLE termijn_bron (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id   TEXT NOT NULL UNIQUE REFERENCES inburgeraar (id) ON DELETE CASCADE,
    berekend_op      TEXT NOT NULL
);
