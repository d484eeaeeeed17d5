-- "Nieuw van DUO" (0107): an aanmelding taken up ("in behandeling bij …") whose register dialog
-- was cancelled or never saved no longer stays with that officer for ever. It is released
-- (back to 'open', for every klantmanager of the gemeente again) by:
--   - the officer who has it: on cancelling the prefilled register dialog, or "Vrijgeven";
--   - a colleague klantmanager or a beheerder of the same gemeente, once it has been held
--     longer than one working day (wegwijs.duo_werkdag_later: Saturday and Sunday do not
--     count; public holidays do).
-- The server keeps who released it, when, and from whom. The laptops receive since when an
-- aanmelding is held (in_behandeling_sinds), so the list can say so.

ALTER TABLE wegwijs.duo_aanmelding
    ADD COLUMN vrijgegeven_door text,
    ADD COLUMN vrijgegeven_op   timestamptz,
    ADD COLUMN vrijgegeven_van  text;

-- One working day after t (Dutch time): t + 1 day, moved past Saturday and Sunday.
CREATE FUNCTION wegwijs.duo_werkdag_later(t timestamptz) RETURNS timestamptz
LANGUAGE plpgsql STABLE SET search_path = wegwijs, pg_temp AS $$
DECLARE
    r timestamptz := t + interval '1 day';
BEGIN
    WHILE extract(isodow FROM r AT TIME ZONE 'Europe/Amsterdam') IN (6, 7) LOOP
        r := r + interval '1 day';
    END LOOP;
    RETURN r;
END $$;

CREATE OR REPLACE FUNCTION wegwijs._duo_aanmelding_naar_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    s bigint;
    vals jsonb;
BEGIN
    PERFORM pg_advisory_xact_lock(727001);
    INSERT INTO wegwijs.sync_dossier (id, gemeentecode) VALUES (NEW.id, NEW.gemeentecode)
    ON CONFLICT (id) DO NOTHING;
    s := nextval('wegwijs.sync_seq');
    IF NEW.status = 'niet_voor_ons' OR NEW.dossier_id IS NOT NULL THEN
        UPDATE wegwijs.sync_row SET deleted = true, seq = s
        WHERE tabel = 'duo_aanmelding' AND row_id = NEW.id;
        DELETE FROM wegwijs.sync_field WHERE tabel = 'duo_aanmelding' AND row_id = NEW.id;
        RETURN NEW;
    END IF;
    vals := jsonb_build_object(
        'created_at', to_char(NEW.aangemaakt_op AT TIME ZONE 'UTC',
                              'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'gemeentecode', NEW.gemeentecode,
        'bsn', NEW.bsn,
        'gebeurtenis_id', NEW.gebeurtenis_id,
        'omschrijving', NEW.omschrijving,
        'registratie', to_char(NEW.registratie AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'plichtig', CASE WHEN NEW.plichtig IS NULL THEN NULL
                         WHEN NEW.plichtig THEN 1 ELSE 0 END,
        'datum_start_plicht', NEW.datum_start_plicht::text,
        'datum_melding_duo', NEW.datum_melding_duo::text,
        'indeling', NEW.indeling,
        'gedetailleerde_doelgroep', NEW.gedetailleerde_doelgroep,
        'asielrechten', NEW.asielrechten,
        'met_pip_elders', CASE WHEN NEW.met_pip_elders THEN 1 ELSE 0 END,
        'in_behandeling_door', CASE WHEN NEW.status = 'opgenomen' THEN NEW.door END,
        'in_behandeling_sinds', CASE WHEN NEW.status = 'opgenomen' THEN
            to_char(NEW.afgehandeld_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END);
    INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq)
    VALUES ('duo_aanmelding', NEW.id, 'dossier', NEW.id, s)
    ON CONFLICT (tabel, row_id) DO UPDATE SET seq = EXCLUDED.seq;
    INSERT INTO wegwijs.sync_field AS f
        (tabel, row_id, veld, waarde, seq, change_id, apparaat, officer, scope, dossier_id, coord)
    SELECT 'duo_aanmelding', NEW.id, key, value, s, gen_random_uuid(), 'duo-gateway', 'DUO',
           'dossier', NEW.id, false
    FROM jsonb_each(vals)
    ON CONFLICT (tabel, row_id, veld) DO UPDATE
        SET waarde = EXCLUDED.waarde, seq = EXCLUDED.seq, change_id = EXCLUDED.change_id;
    RETURN NEW;
END $$;

-- Release an aanmelding taken up and not yet in the register (same row lock as
-- wegwijs.duo_aanmelding_afhandelen, so a release and a take-up never cross). Returns
-- {"status": "ok", "van": who had it, "sinds"} (also when it was open already: a laptop that
-- lost the answer asks again), or {"status": "te_vroeg", "door", "op", "vrij_vanaf"} (a
-- colleague's, held less than one working day), {"status": "al_afgehandeld", "actie", "door",
-- "op", "reden"} (set aside, or its dossier reached the server: "in_register"), or
-- {"status": "onbekend"} (not there, or another gemeente's: the same answer).
CREATE FUNCTION wegwijs.duo_aanmelding_vrijgeven(p_id text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    me wegwijs.officer;
    a wegwijs.duo_aanmelding;
BEGIN
    SELECT * INTO me FROM wegwijs.officer
    WHERE naam = session_user AND rol IN ('klantmanager', 'beheerder');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'alleen een klantmanager of beheerder geeft aanmeldingen van DUO vrij'
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO a FROM wegwijs.duo_aanmelding
    WHERE id = p_id AND gemeentecode = me.gemeentecode FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('status', 'onbekend');
    END IF;
    IF a.dossier_id IS NOT NULL THEN
        RETURN jsonb_build_object('status', 'al_afgehandeld', 'actie', 'in_register',
                                  'door', a.door, 'op', a.afgehandeld_op, 'reden', a.reden);
    END IF;
    IF a.status = 'open' THEN
        RETURN jsonb_build_object('status', 'ok', 'van', NULL, 'sinds', NULL);
    END IF;
    IF a.status <> 'opgenomen' THEN
        RETURN jsonb_build_object('status', 'al_afgehandeld', 'actie', a.status,
                                  'door', a.door, 'op', a.afgehandeld_op, 'reden', a.reden);
    END IF;
    IF a.door IS DISTINCT FROM session_user
       AND now() < wegwijs.duo_werkdag_later(a.afgehandeld_op) THEN
        RETURN jsonb_build_object('status', 'te_vroeg', 'door', a.door, 'op', a.afgehandeld_op,
                                  'vrij_vanaf', wegwijs.duo_werkdag_later(a.afgehandeld_op));
    END IF;
    UPDATE wegwijs.duo_aanmelding
    SET status = 'open', door = NULL, afgehandeld_op = NULL, reden = '',
        vrijgegeven_door = session_user, vrijgegeven_op = now(), vrijgegeven_van = a.door
    WHERE id = a.id;
    RETURN jsonb_build_object('status', 'ok', 'van', a.door, 'sinds', a.afgehandeld_op);
END $$;

REVOKE ALL ON FUNCTION wegwijs.duo_aanmelding_vrijgeven(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.duo_aanmelding_vrijgeven(text)
    TO wegwijs_klantmanager, wegwijs_beheerder;
