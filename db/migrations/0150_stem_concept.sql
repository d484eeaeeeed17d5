-- Drafts of the "Stem van de nieuwkomer" dialogs (the key person's feedback on a gesprek, the
-- questionnaire about the offer): what is typed is kept as it is typed, so a crash loses
-- nothing; the next time the dialog opens it is put back. One draft per dossier, form and
-- gesprek (sleutel: the gesprek's id; '' for the questionnaire). Local only (not synced), and
-- removed with the dossier (found by inburgeraar_id, like every dossier table).
CREATE TABLE stem_concept (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    inburgeraar_id  TEXT NOT NULL REFERENCES inburgeraar (id) ON DELETE CASCADE,
    soort           TEXT NOT NULL CHECK (soort IN ('feedback', 'ervaring')),
    sleutel         TEXT NOT NULL DEFAULT '',
    waarde          TEXT NOT NULL,
    UNIQUE (inburgeraar_id, soort, sleutel)
);
