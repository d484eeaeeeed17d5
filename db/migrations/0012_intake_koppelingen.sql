-- Intake ↔ key persons and never losing typing in the side forms:
-- * a gesprek points at the engagement (inzet) booked with it, so removing the gesprek can
--   remove that booking too;
-- * one draft per intake and form (gesprek, signaal), saved as typed;
-- * corrections and removals of a gesprek or signaal keep their reason (not the removed text).

ALTER TABLE intake_gesprek ADD COLUMN inzet_id TEXT REFERENCES inzet (id) ON DELETE SET NULL;

CREATE TABLE intake_concept (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    intake_id   TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    soort       TEXT NOT NULL CHECK (soort IN ('gesprek', 'signaal')),
    waarde      TEXT NOT NULL,
    UNIQUE (intake_id, soort)
);

CREATE TABLE intake_correctie (
    id           TEXT PRIMARY KEY,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    intake_id    TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    object_type  TEXT NOT NULL CHECK (object_type IN ('intake_gesprek', 'intake_signaal')),
    object_id    TEXT NOT NULL,
    actie        TEXT NOT NULL CHECK (actie IN ('gecorrigeerd', 'verwijderd')),
    reden        TEXT NOT NULL CHECK (length(reden) > 0)
);

CREATE INDEX intake_correctie_intake ON intake_correctie (intake_id);
