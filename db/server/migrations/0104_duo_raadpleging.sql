-- "Gegevens DUO ophalen": an officer's laptop asks DUO's current facts about one dossier through
-- the regional server; the laptop never talks to DUO itself. The laptop calls
-- wegwijs.duo_raadpleeg (a request row), the gateway consults DUO and writes the answer into the
-- row, the laptop reads it with wegwijs.duo_raadpleging_antwoord, which deletes the row: DUO's
-- answer is personal data and stays on the server only for the moments in between. Requests
-- nobody collected are removed after an hour (by the next request).

CREATE TABLE wegwijs.duo_raadpleging (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    dossier_id      text NOT NULL,
    gemeentecode    text NOT NULL,
    bsn             text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
    officer         text NOT NULL,
    status          text NOT NULL DEFAULT 'gevraagd'
                    CHECK (status IN ('gevraagd', 'beantwoord', 'mislukt')),
    antwoord        jsonb,
    reden           text NOT NULL DEFAULT '',
    gevraagd_op     timestamptz NOT NULL DEFAULT now(),
    beantwoord_op   timestamptz
);
CREATE INDEX duo_raadpleging_open ON wegwijs.duo_raadpleging (gevraagd_op)
    WHERE status = 'gevraagd';

-- A klantmanager asks for a dossier they may see (own gemeente or shared); returns the request's
-- id, NULL when the dossier has no BSN on the server or is not theirs. Wakes the gateway.
CREATE FUNCTION wegwijs.duo_raadpleeg(p_dossier text) RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    v_bsn text;
    v_gemeente text;
    v_id uuid;
BEGIN
    IF wegwijs.mijn_rol() IS DISTINCT FROM 'klantmanager' OR NOT wegwijs.mag_dossier(p_dossier)
    THEN
        RETURN NULL;
    END IF;
    SELECT r.sleutel, d.gemeentecode INTO v_bsn, v_gemeente
      FROM wegwijs.sync_row r JOIN wegwijs.sync_dossier d ON d.id = r.row_id
     WHERE r.tabel = 'inburgeraar' AND r.row_id = p_dossier AND NOT r.deleted;
    IF v_bsn IS NULL OR v_bsn !~ '^[0-9]{9}$' THEN
        RETURN NULL;
    END IF;
    DELETE FROM wegwijs.duo_raadpleging WHERE gevraagd_op < now() - interval '1 hour';
    INSERT INTO wegwijs.duo_raadpleging (dossier_id, gemeentecode, bsn, officer)
    VALUES (p_dossier, v_gemeente, v_bsn, session_user)
    RETURNING id INTO v_id;
    PERFORM pg_notify('wegwijs_duo_raadpleging', v_id::text);
    RETURN v_id;
END $$;

-- The answer to the officer's own request: no row while the gateway is still asking DUO. An
-- answered request is deleted as it is read (read once).
CREATE FUNCTION wegwijs.duo_raadpleging_antwoord(p_id uuid)
RETURNS TABLE (status text, antwoord jsonb, reden text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
BEGIN
    RETURN QUERY
        DELETE FROM wegwijs.duo_raadpleging q
         WHERE q.id = p_id AND q.officer = session_user AND q.status <> 'gevraagd'
        RETURNING q.status, q.antwoord, q.reden;
END $$;

-- The officer gave up waiting: the request is withdrawn (the gateway skips it).
CREATE FUNCTION wegwijs.duo_raadpleging_intrekken(p_id uuid) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    DELETE FROM wegwijs.duo_raadpleging WHERE id = p_id AND officer = session_user
$$;

REVOKE ALL ON FUNCTION wegwijs.duo_raadpleeg(text), wegwijs.duo_raadpleging_antwoord(uuid),
    wegwijs.duo_raadpleging_intrekken(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.duo_raadpleeg(text), wegwijs.duo_raadpleging_antwoord(uuid),
    wegwijs.duo_raadpleging_intrekken(uuid) TO wegwijs_klantmanager;
GRANT SELECT, UPDATE ON wegwijs.duo_raadpleging TO wegwijs_duo_gateway;
