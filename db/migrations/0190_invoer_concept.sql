-- Crash drafts: what an officer typed and the app did not save yet, written the moment it is
-- typed (one short statement per change), so a crash, a kill or a power cut of the process
-- loses nothing. The next time the same form opens it puts the draft back. One row per form
-- (soort) and key (sleutel: e.g. "<inburgeraar id>/<question id>" for an intake answer, the
-- record's id for a dialog, "nieuw" for a new record). Local only (never synced): the real save
-- goes through the normal path (audit, sync) and removes the draft. inburgeraar_id ties a
-- draft to the dossier it belongs to (found by inzage, removed with the dossier); NULL for a
-- draft that belongs to no dossier yet (a new registration) or to a sleutelpersoon.
CREATE TABLE invoer_concept (
    soort           TEXT NOT NULL CHECK (soort IN
                        ('intake', 'inschrijving', 'sleutelpersoon', 'pip', 'duo_resultaten')),
    sleutel         TEXT NOT NULL,
    inburgeraar_id  TEXT REFERENCES inburgeraar (id) ON DELETE CASCADE,
    waarde          TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (soort, sleutel)
);

CREATE INDEX invoer_concept_inburgeraar ON invoer_concept (inburgeraar_id);
