-- Brede intake: one intake per inburgeraar, one row per answered question, the conversations
-- (gesprekken) with their notes, and signals picked up by a key person.
-- Every answer is its own row, written in its own transaction the moment it is given.

CREATE TABLE intake (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id    TEXT NOT NULL UNIQUE REFERENCES inburgeraar (id) ON DELETE CASCADE,
    definitie_versie  INTEGER NOT NULL,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'afgerond')),
    afgerond_op       TEXT,
    afgerond_reden    TEXT NOT NULL DEFAULT '',
    ontbrak_bij_afronden TEXT NOT NULL DEFAULT '[]',
    positie_sectie    TEXT NOT NULL DEFAULT '',
    positie_vraag     TEXT NOT NULL DEFAULT '',
    geopend_sinds     TEXT
);

CREATE TABLE intake_antwoord (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    intake_id         TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    vraag_id          TEXT NOT NULL,
    waarde            TEXT NOT NULL,
    definitie_versie  INTEGER NOT NULL,
    UNIQUE (intake_id, vraag_id)
);

CREATE TABLE intake_gesprek (
    id                      TEXT PRIMARY KEY,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1,
    intake_id               TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    datum                   TEXT NOT NULL,
    plaats                  TEXT NOT NULL,
    klantmanager            TEXT NOT NULL DEFAULT '',
    sleutelpersoon_id       TEXT,
    sleutelpersoon_naam     TEXT NOT NULL DEFAULT '',
    sleutelpersoon_rollen   TEXT NOT NULL DEFAULT '[]',
    tolk                    TEXT NOT NULL DEFAULT '',
    zonder_partner_verteld  INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX intake_gesprek_intake ON intake_gesprek (intake_id, datum);

CREATE TABLE intake_notitie (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    gesprek_id  TEXT NOT NULL REFERENCES intake_gesprek (id) ON DELETE CASCADE,
    tekst       TEXT NOT NULL CHECK (length(tekst) > 0)
);

CREATE INDEX intake_notitie_gesprek ON intake_notitie (gesprek_id);

CREATE TABLE intake_signaal (
    id            TEXT PRIMARY KEY,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    intake_id     TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    gesprek_id    TEXT REFERENCES intake_gesprek (id) ON DELETE SET NULL,
    datum         TEXT NOT NULL,
    gemeld_door   TEXT NOT NULL DEFAULT '',
    tekst         TEXT NOT NULL CHECK (length(tekst) > 0)
);

CREATE INDEX intake_signaal_intake ON intake_signaal (intake_id, datum);
