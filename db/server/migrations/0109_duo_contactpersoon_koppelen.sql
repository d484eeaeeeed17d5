-- The contactpersoon at DUO (0106): POST /contactpersonen registers the gemeente's
-- contactpersoon and DUO answers with its number; DUO then needs to know for whom: POST
-- /contactpersonen/{id}/personen/{bsn} (Contactpersoon API, postContactpersoonByBsn). The
-- gateway queues that follow-up itself when DUO confirms the first, with the dossier's BSN read
-- through this function only (SECURITY DEFINER, as duo_te_melden_resultaten).

CREATE FUNCTION wegwijs.duo_bsn_van_dossier(p_dossier text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT i.sleutel FROM wegwijs.sync_row i
    WHERE i.tabel = 'inburgeraar' AND i.row_id = p_dossier AND NOT i.deleted
$$;

REVOKE ALL ON FUNCTION wegwijs.duo_bsn_van_dossier(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.duo_bsn_van_dossier(text) TO wegwijs_duo_gateway;
