-- The newcomers' voice through key persons (issue 17):
-- * a signaal is followed up: theme, urgency, owner, action, due date and status
--   (open → in_behandeling → afgerond); closing it records what was done. Existing signalen
--   become open signals with theme 'overig', urgency 'normaal' and a due date 14 days on;
-- * feedback of a key person on an intake gesprek (structured fields plus free text, also given
--   later); never part of the PIP or the handout;
-- * experiences with the offer (taalschool, PVT, MAP, ontzorgen): one questionnaire per
--   newcomer, part of the offer, provider and period (jjjj-Qn).

ALTER TABLE intake_signaal ADD COLUMN thema TEXT NOT NULL DEFAULT 'overig';
ALTER TABLE intake_signaal ADD COLUMN urgentie TEXT NOT NULL DEFAULT 'normaal'
    CHECK (urgentie IN ('hoog', 'normaal', 'laag'));
ALTER TABLE intake_signaal ADD COLUMN eigenaar TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_signaal ADD COLUMN actie TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_signaal ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in_behandeling', 'afgerond'));
ALTER TABLE intake_signaal ADD COLUMN opvolgen_voor TEXT;
ALTER TABLE intake_signaal ADD COLUMN afgerond_op TEXT;
ALTER TABLE intake_signaal ADD COLUMN wat_gedaan TEXT NOT NULL DEFAULT '';

UPDATE intake_signaal SET opvolgen_voor = date(datum, '+14 days') WHERE opvolgen_voor IS NULL;

CREATE INDEX intake_signaal_status ON intake_signaal (status, opvolgen_voor);

CREATE TABLE intake_feedback (
    id                 TEXT PRIMARY KEY,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    gesprek_id         TEXT NOT NULL UNIQUE REFERENCES intake_gesprek (id) ON DELETE CASCADE,
    sleutelpersoon_id  TEXT REFERENCES sleutelpersoon (id) ON DELETE SET NULL,
    datum              TEXT NOT NULL,
    doel_begrepen      TEXT NOT NULL CHECK (doel_begrepen IN ('ja', 'deels', 'nee', 'weet_niet')),
    vrij_gesproken     TEXT NOT NULL CHECK (vrij_gesproken IN ('ja', 'deels', 'nee', 'weet_niet')),
    themas             TEXT NOT NULL DEFAULT '[]',
    anders_doen        TEXT NOT NULL DEFAULT '',
    tips               TEXT NOT NULL DEFAULT '',
    toelichting        TEXT NOT NULL DEFAULT '',
    deelbaar           INTEGER NOT NULL DEFAULT 0 CHECK (deelbaar IN (0, 1))
);

CREATE INDEX intake_feedback_sleutelpersoon ON intake_feedback (sleutelpersoon_id, datum);

CREATE TABLE ervaring (
    id                 TEXT PRIMARY KEY,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id     TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    onderdeel          TEXT NOT NULL CHECK (onderdeel IN ('taalschool', 'pvt', 'map', 'ontzorgen')),
    aanbieder          TEXT NOT NULL CHECK (length(aanbieder) > 0),
    periode            TEXT NOT NULL CHECK (periode GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    datum              TEXT NOT NULL,
    ingevuld_door      TEXT NOT NULL CHECK (ingevuld_door IN ('sleutelpersoon', 'klantmanager')),
    sleutelpersoon_id  TEXT REFERENCES sleutelpersoon (id) ON DELETE SET NULL,
    taal               TEXT NOT NULL DEFAULT 'nl',
    definitie_versie   INTEGER NOT NULL,
    antwoorden         TEXT NOT NULL,
    toelichting        TEXT NOT NULL DEFAULT '',
    deelbaar           INTEGER NOT NULL DEFAULT 0 CHECK (deelbaar IN (0, 1)),
    UNIQUE (inburgeraar_id, onderdeel, aanbieder, periode)
);

CREATE INDEX ervaring_periode ON ervaring (periode, onderdeel, aanbieder);
