-- "Nieuw van DUO" (server migration 0108): since when a colleague has an aanmelding in
-- behandeling, so the list can say so and a colleague or beheerder of the gemeente can release
-- one held longer than one working day. Written only by the sync.
ALTER TABLE duo_aanmelding ADD COLUMN in_behandeling_sinds TEXT;
