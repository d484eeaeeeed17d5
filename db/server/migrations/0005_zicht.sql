-- National scale (issue 13, Performance): one sync's cost independent of the region's size.
--
-- Every field, row and conflict carries who may see it as one indexed value, "zicht":
--   '*'          not dossier-scoped (pool, regio): everyone in the region;
--   a gemeente   the code of the dossier's municipality (sync_dossier), kept by triggers;
--   NULL         a dossier part whose dossier the server does not know (seen by nobody
--                but those it is shared with, as before).
-- A pull then reads (zicht, seq > cursor) through an index for each thing the officer may
-- see, merged in seq order, instead of every change of the region filtered row by row; the
-- row-level policies test zicht against the officer's gemeente and shares, each looked up
-- once per query (an InitPlan), not a function call per row.
-- Idempotent: every step may run again on a server that has it already.

ALTER TABLE wegwijs.sync_field ADD COLUMN IF NOT EXISTS zicht text;
ALTER TABLE wegwijs.sync_row ADD COLUMN IF NOT EXISTS zicht text;
ALTER TABLE wegwijs.sync_conflict ADD COLUMN IF NOT EXISTS zicht text;

CREATE OR REPLACE FUNCTION wegwijs._zicht(p_scope text, p_dossier text) RETURNS text
LANGUAGE sql STABLE SET search_path = wegwijs, pg_temp AS $$
    SELECT CASE WHEN p_scope <> 'dossier' THEN '*'
                ELSE (SELECT gemeentecode FROM wegwijs.sync_dossier WHERE id = p_dossier) END
$$;

CREATE OR REPLACE FUNCTION wegwijs._zicht_zetten() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
BEGIN
    IF NEW.scope <> 'dossier' THEN
        NEW.zicht := '*';
    ELSE
        SELECT gemeentecode INTO NEW.zicht FROM wegwijs.sync_dossier WHERE id = NEW.dossier_id;
    END IF;
    RETURN NEW;
END $$;

-- A dossier's gemeente arrives as one of its fields (often after other fields of the same
-- push): its parts already stored get the gemeente then.
CREATE OR REPLACE FUNCTION wegwijs._zicht_dossier() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
BEGIN
    UPDATE wegwijs.sync_field SET zicht = NEW.gemeentecode
    WHERE dossier_id = NEW.id AND scope = 'dossier' AND zicht IS DISTINCT FROM NEW.gemeentecode;
    UPDATE wegwijs.sync_row SET zicht = NEW.gemeentecode
    WHERE dossier_id = NEW.id AND scope = 'dossier' AND zicht IS DISTINCT FROM NEW.gemeentecode;
    UPDATE wegwijs.sync_conflict SET zicht = NEW.gemeentecode
    WHERE dossier_id = NEW.id AND scope = 'dossier' AND zicht IS DISTINCT FROM NEW.gemeentecode;
    RETURN NULL;
END $$;

-- An update that keeps scope and dossier (every accepted field change: the push's upsert
-- writes both) does not call the function at all.
DROP TRIGGER IF EXISTS zicht ON wegwijs.sync_field;
CREATE TRIGGER zicht BEFORE INSERT ON wegwijs.sync_field
    FOR EACH ROW EXECUTE FUNCTION wegwijs._zicht_zetten();
DROP TRIGGER IF EXISTS zicht_bij_wijziging ON wegwijs.sync_field;
CREATE TRIGGER zicht_bij_wijziging BEFORE UPDATE OF scope, dossier_id ON wegwijs.sync_field
    FOR EACH ROW WHEN (OLD.scope IS DISTINCT FROM NEW.scope
                       OR OLD.dossier_id IS DISTINCT FROM NEW.dossier_id)
    EXECUTE FUNCTION wegwijs._zicht_zetten();
DROP TRIGGER IF EXISTS zicht ON wegwijs.sync_row;
CREATE TRIGGER zicht BEFORE INSERT ON wegwijs.sync_row
    FOR EACH ROW EXECUTE FUNCTION wegwijs._zicht_zetten();
DROP TRIGGER IF EXISTS zicht_bij_wijziging ON wegwijs.sync_row;
CREATE TRIGGER zicht_bij_wijziging BEFORE UPDATE OF scope, dossier_id ON wegwijs.sync_row
    FOR EACH ROW WHEN (OLD.scope IS DISTINCT FROM NEW.scope
                       OR OLD.dossier_id IS DISTINCT FROM NEW.dossier_id)
    EXECUTE FUNCTION wegwijs._zicht_zetten();
DROP TRIGGER IF EXISTS zicht ON wegwijs.sync_conflict;
CREATE TRIGGER zicht BEFORE INSERT ON wegwijs.sync_conflict
    FOR EACH ROW EXECUTE FUNCTION wegwijs._zicht_zetten();
DROP TRIGGER IF EXISTS zicht_bij_wijziging ON wegwijs.sync_conflict;
CREATE TRIGGER zicht_bij_wijziging BEFORE UPDATE OF scope, dossier_id ON wegwijs.sync_conflict
    FOR EACH ROW WHEN (OLD.scope IS DISTINCT FROM NEW.scope
                       OR OLD.dossier_id IS DISTINCT FROM NEW.dossier_id)
    EXECUTE FUNCTION wegwijs._zicht_zetten();
DROP TRIGGER IF EXISTS zicht ON wegwijs.sync_dossier;
CREATE TRIGGER zicht AFTER INSERT OR UPDATE OF gemeentecode ON wegwijs.sync_dossier
    FOR EACH ROW EXECUTE FUNCTION wegwijs._zicht_dossier();

-- The dossier trigger's lookups (and the push's purge of a removed row's conflicts).
CREATE INDEX IF NOT EXISTS sync_row_dossier ON wegwijs.sync_row (dossier_id);
CREATE INDEX IF NOT EXISTS sync_conflict_dossier ON wegwijs.sync_conflict (dossier_id);
CREATE INDEX IF NOT EXISTS sync_conflict_rij ON wegwijs.sync_conflict (tabel, row_id);

-- What is there already.
UPDATE wegwijs.sync_field f SET zicht = wegwijs._zicht(f.scope, f.dossier_id)
WHERE f.zicht IS DISTINCT FROM wegwijs._zicht(f.scope, f.dossier_id);
UPDATE wegwijs.sync_row r SET zicht = wegwijs._zicht(r.scope, r.dossier_id)
WHERE r.zicht IS DISTINCT FROM wegwijs._zicht(r.scope, r.dossier_id);
UPDATE wegwijs.sync_conflict c SET zicht = wegwijs._zicht(c.scope, c.dossier_id)
WHERE c.zicht IS DISTINCT FROM wegwijs._zicht(c.scope, c.dossier_id);

-- The pull's indexes: per zicht in seq order; the coördinator's dossier fields; a shared
-- dossier's parts (sync_field_dossier (dossier_id, seq) exists since 0001).
CREATE INDEX IF NOT EXISTS sync_field_zicht ON wegwijs.sync_field (zicht, seq);
CREATE INDEX IF NOT EXISTS sync_field_coord ON wegwijs.sync_field (seq)
    WHERE coord AND scope = 'dossier';
CREATE INDEX IF NOT EXISTS sync_row_zicht ON wegwijs.sync_row (zicht, tabel) WHERE NOT deleted;

-- The officer's gemeente (klantmanagers only) and the dossiers shared with them, for the
-- policies below and the pull's own query.
CREATE OR REPLACE FUNCTION wegwijs.mijn_gemeente() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT gemeentecode FROM wegwijs.officer WHERE naam = session_user AND rol = 'klantmanager'
$$;

CREATE OR REPLACE FUNCTION wegwijs.mijn_delingen() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT coalesce(array_agg(dossier_id ORDER BY dossier_id), '{}')
    FROM wegwijs.dossier_deling WHERE officer = session_user
$$;

REVOKE ALL ON FUNCTION wegwijs.mijn_gemeente(), wegwijs.mijn_delingen() FROM PUBLIC;
REVOKE ALL ON FUNCTION wegwijs._zicht(text, text), wegwijs._zicht_zetten(),
    wegwijs._zicht_dossier() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.mijn_gemeente(), wegwijs.mijn_delingen()
    TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder;

-- The klantmanager's policies, same meaning as 0003's (scope <> 'dossier' OR
-- mag_dossier(dossier_id)), on indexed columns and with the lookups done once per query.
DROP POLICY IF EXISTS klantmanager_leest ON wegwijs.sync_field;
CREATE POLICY klantmanager_leest ON wegwijs.sync_field FOR SELECT TO wegwijs_klantmanager
    USING (scope <> 'dossier' OR zicht = (SELECT wegwijs.mijn_gemeente())
           OR dossier_id = ANY ((SELECT wegwijs.mijn_delingen())::text[]));
DROP POLICY IF EXISTS klantmanager_leest ON wegwijs.sync_row;
CREATE POLICY klantmanager_leest ON wegwijs.sync_row FOR SELECT TO wegwijs_klantmanager
    USING (scope <> 'dossier' OR zicht = (SELECT wegwijs.mijn_gemeente())
           OR dossier_id = ANY ((SELECT wegwijs.mijn_delingen())::text[]));
DROP POLICY IF EXISTS klantmanager_leest ON wegwijs.sync_conflict;
CREATE POLICY klantmanager_leest ON wegwijs.sync_conflict FOR SELECT TO wegwijs_klantmanager
    USING (scope <> 'dossier' OR zicht = (SELECT wegwijs.mijn_gemeente())
           OR dossier_id = ANY ((SELECT wegwijs.mijn_delingen())::text[]));
