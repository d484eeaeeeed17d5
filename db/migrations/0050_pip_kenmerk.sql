-- The kenmerk (zaaknummer) of a vastgesteld PIP version, printed on the letter and quoted in a
-- bezwaar. Given once, when the version is vastgesteld; unique over the whole store.
ALTER TABLE pip ADD COLUMN kenmerk TEXT;
CREATE UNIQUE INDEX pip_kenmerk ON pip (kenmerk) WHERE kenmerk IS NOT NULL;
