-- Results marked done on a laptop (laptop table duo_melding: gevolgde uren, contactpersoon) that
-- reached the server by the sync and have no melding to DUO yet, with the dossier's BSN.
-- SECURITY DEFINER: the gateway reads these fields through this function only.

CREATE INDEX sync_field_duo_melding ON wegwijs.sync_field (seq, row_id)
    WHERE tabel = 'duo_melding' AND veld = 'soort';

CREATE FUNCTION wegwijs.duo_te_melden_resultaten(p_limit int)
RETURNS TABLE (melding_id text, dossier_id text, gemeentecode text, soort text, gegevens jsonb,
               bsn text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT f.row_id, r.dossier_id, d.gemeentecode, f.waarde #>> '{}',
        (SELECT g.waarde FROM wegwijs.sync_field g
          WHERE g.tabel = 'duo_melding' AND g.row_id = f.row_id AND g.veld = 'gegevens'),
        (SELECT i.sleutel FROM wegwijs.sync_row i
          WHERE i.tabel = 'inburgeraar' AND i.row_id = r.dossier_id AND NOT i.deleted)
    FROM wegwijs.sync_field f
    JOIN wegwijs.sync_row r ON r.tabel = 'duo_melding' AND r.row_id = f.row_id AND NOT r.deleted
    JOIN wegwijs.sync_dossier d ON d.id = r.dossier_id
    WHERE f.tabel = 'duo_melding' AND f.veld = 'soort'
      AND NOT EXISTS (SELECT 1 FROM wegwijs.duo_uitgaand u
                      WHERE u.soort = f.waarde #>> '{}' AND u.onderwerp_id = f.row_id)
    ORDER BY f.seq
    LIMIT p_limit
$$;

REVOKE ALL ON FUNCTION wegwijs.duo_te_melden_resultaten(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.duo_te_melden_resultaten(int) TO wegwijs_duo_gateway;
