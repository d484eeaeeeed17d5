-- Vastgestelde PIPs that reached the server by the sync and have no melding to DUO yet, with
-- what DUO's rules need of the dossier (for the PIP message and DUO's check). SECURITY DEFINER:
-- the gateway reads these fields through this function only, never the sync tables.

-- The gateway asks every few seconds: a partial index keeps that independent of the region's size.
CREATE INDEX sync_field_pip_vastgesteld ON wegwijs.sync_field (seq, row_id)
    WHERE tabel = 'pip' AND veld = 'status' AND waarde = '"vastgesteld"'::jsonb;

CREATE FUNCTION wegwijs.duo_te_melden_pips(p_limit int)
RETURNS TABLE (pip_id text, dossier_id text, gemeentecode text, pip jsonb, inburgeraar jsonb,
               eerdere jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    WITH vast AS (
        SELECT f.row_id, r.dossier_id
        FROM wegwijs.sync_field f
        JOIN wegwijs.sync_row r ON r.tabel = 'pip' AND r.row_id = f.row_id AND NOT r.deleted
        WHERE f.tabel = 'pip' AND f.veld = 'status' AND f.waarde = '"vastgesteld"'::jsonb
          AND NOT EXISTS (SELECT 1 FROM wegwijs.duo_uitgaand u
                          WHERE u.soort = 'pip' AND u.onderwerp_id = f.row_id)
        ORDER BY f.seq
        LIMIT p_limit
    )
    SELECT v.row_id, v.dossier_id, d.gemeentecode,
        (SELECT jsonb_object_agg(p.veld, p.waarde) FROM wegwijs.sync_field p
          WHERE p.tabel = 'pip' AND p.row_id = v.row_id),
        (SELECT jsonb_object_agg(i.veld, i.waarde) FROM wegwijs.sync_field i
          WHERE i.tabel = 'inburgeraar' AND i.row_id = v.dossier_id
            AND i.veld IN ('bsn', 'doelgroep', 'datum_start_plicht', 'datum_vestiging',
                           'dagtekening_pip_elders', 'gemeentecode')),
        (SELECT coalesce(jsonb_agg(jsonb_build_object('versie', pv.waarde, 'dagtekening',
                                                      pd.waarde)), '[]'::jsonb)
           FROM wegwijs.sync_row er
           JOIN wegwijs.sync_field ps ON ps.tabel = 'pip' AND ps.row_id = er.row_id
                                     AND ps.veld = 'status'
           JOIN wegwijs.sync_field pv ON pv.tabel = 'pip' AND pv.row_id = er.row_id
                                     AND pv.veld = 'versie'
           LEFT JOIN wegwijs.sync_field pd ON pd.tabel = 'pip' AND pd.row_id = er.row_id
                                          AND pd.veld = 'dagtekening'
          WHERE er.tabel = 'pip' AND er.dossier_id = v.dossier_id AND NOT er.deleted
            AND er.row_id <> v.row_id
            AND ps.waarde IN ('"vastgesteld"'::jsonb, '"gewijzigd"'::jsonb))
    FROM vast v
    JOIN wegwijs.sync_dossier d ON d.id = v.dossier_id
$$;

REVOKE ALL ON FUNCTION wegwijs.duo_te_melden_pips(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.duo_te_melden_pips(int) TO wegwijs_duo_gateway;
