-- Roles and row-level security. Three group roles; every officer is a LOGIN role in one of
-- them (wegwijs server user add). Officers only SELECT, through policies; they write only by
-- calling wegwijs.sync_push / wegwijs.audit_push / wegwijs.deel_dossier.
--   klantmanager: dossiers of their own gemeente and those shared with them, the pool, regio;
--   coordinator: the pool with all inzet and hours, regio, and of dossiers only the fields
--                matching needs (sync_field.coord: no BSN, contact, intake answers or PIPs);
--   beheerder:    regio and the pool (accounts and settings), no dossiers.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['wegwijs_klantmanager', 'wegwijs_coordinator', 'wegwijs_beheerder']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

REVOKE ALL ON SCHEMA wegwijs FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA wegwijs FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA wegwijs FROM PUBLIC;
GRANT USAGE ON SCHEMA wegwijs TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder;
GRANT SELECT ON wegwijs.sync_field, wegwijs.sync_row, wegwijs.sync_conflict, wegwijs.officer,
    wegwijs.dossier_deling
    TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder;
GRANT EXECUTE ON FUNCTION wegwijs.sync_push(text, jsonb), wegwijs.deel_dossier(text, text),
    wegwijs.mag_dossier(text), wegwijs.mijn_rol()
    TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder;

ALTER TABLE wegwijs.sync_field ENABLE ROW LEVEL SECURITY;
ALTER TABLE wegwijs.sync_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE wegwijs.sync_conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE wegwijs.officer ENABLE ROW LEVEL SECURITY;
ALTER TABLE wegwijs.dossier_deling ENABLE ROW LEVEL SECURITY;

CREATE POLICY klantmanager_leest ON wegwijs.sync_field FOR SELECT TO wegwijs_klantmanager
    USING (scope <> 'dossier' OR wegwijs.mag_dossier(dossier_id));
CREATE POLICY coordinator_leest ON wegwijs.sync_field FOR SELECT TO wegwijs_coordinator
    USING (scope <> 'dossier' OR coord);
CREATE POLICY beheerder_leest ON wegwijs.sync_field FOR SELECT TO wegwijs_beheerder
    USING (scope <> 'dossier');

CREATE POLICY klantmanager_leest ON wegwijs.sync_row FOR SELECT TO wegwijs_klantmanager
    USING (scope <> 'dossier' OR wegwijs.mag_dossier(dossier_id));
CREATE POLICY coordinator_leest ON wegwijs.sync_row FOR SELECT TO wegwijs_coordinator
    USING (scope <> 'dossier' OR coord);
CREATE POLICY beheerder_leest ON wegwijs.sync_row FOR SELECT TO wegwijs_beheerder
    USING (scope <> 'dossier');

CREATE POLICY klantmanager_leest ON wegwijs.sync_conflict FOR SELECT TO wegwijs_klantmanager
    USING (scope <> 'dossier' OR wegwijs.mag_dossier(dossier_id));
CREATE POLICY coordinator_leest ON wegwijs.sync_conflict FOR SELECT TO wegwijs_coordinator
    USING (scope <> 'dossier' OR coord);
CREATE POLICY beheerder_leest ON wegwijs.sync_conflict FOR SELECT TO wegwijs_beheerder
    USING (scope <> 'dossier');

CREATE POLICY eigen_account ON wegwijs.officer FOR SELECT
    TO wegwijs_klantmanager, wegwijs_coordinator
    USING (naam = session_user);
CREATE POLICY alle_accounts ON wegwijs.officer FOR SELECT TO wegwijs_beheerder USING (true);
CREATE POLICY eigen_deling ON wegwijs.dossier_deling FOR SELECT
    TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder
    USING (officer = session_user OR wegwijs.mag_dossier(dossier_id));

-- Functions are created executable by PUBLIC; only the granted entry points stay callable.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA wegwijs FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.sync_push(text, jsonb), wegwijs.deel_dossier(text, text),
    wegwijs.mag_dossier(text), wegwijs.mijn_rol()
    TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder;
