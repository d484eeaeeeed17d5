-- The gateway's own PostgreSQL role: it may touch the queues and the DUO facts, and find a
-- dossier by BSN through one function; nothing else (no sync table, no officer, no audit).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wegwijs_duo_gateway') THEN
        CREATE ROLE wegwijs_duo_gateway NOLOGIN;
    END IF;
END $$;

-- The dossier of a BSN in the region: (dossier_id, gemeentecode), or no row. Reads the sync
-- store when it is there (inburgeraar rows are keyed by BSN), so the gateway needs no right on
-- it. SECURITY DEFINER: runs as the owner; the gateway only gets EXECUTE.
CREATE FUNCTION wegwijs.duo_dossier_van(p_bsn text)
RETURNS TABLE (dossier_id text, gemeentecode text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
BEGIN
    IF to_regclass('wegwijs.sync_row') IS NOT NULL
       AND to_regclass('wegwijs.sync_dossier') IS NOT NULL THEN
        RETURN QUERY EXECUTE
            'SELECT r.row_id, d.gemeentecode FROM wegwijs.sync_row r
               JOIN wegwijs.sync_dossier d ON d.id = r.row_id
              WHERE r.tabel = ''inburgeraar'' AND r.sleutel = $1 AND NOT r.deleted'
            USING p_bsn;
    END IF;
END $$;

REVOKE ALL ON FUNCTION wegwijs.duo_dossier_van(text) FROM PUBLIC;
GRANT USAGE ON SCHEMA wegwijs TO wegwijs_duo_gateway;
GRANT SELECT, INSERT, UPDATE ON wegwijs.duo_uitgaand, wegwijs.duo_inkomend
    TO wegwijs_duo_gateway;
GRANT SELECT, INSERT, UPDATE ON wegwijs.duo_feit TO wegwijs_duo_gateway;
GRANT USAGE ON SEQUENCE wegwijs.duo_uitgaand_id_seq, wegwijs.duo_feit_seq_seq
    TO wegwijs_duo_gateway;
GRANT EXECUTE ON FUNCTION wegwijs.duo_dossier_van(text) TO wegwijs_duo_gateway;
