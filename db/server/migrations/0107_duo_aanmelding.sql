-- "Nieuw van DUO": a new inburgeraar DUO notified (SS101/SS128/SS139, or moved in: SS120/SS121)
-- whose BSN the region does not hold yet. DUO sends no name, so no dossier is guessed: the
-- gateway records an aanmelding, the klantmanagers of that gemeente receive it by the normal
-- sync (laptop table duo_aanmelding, db/migrations/0170) and one of them takes it into the
-- register or marks it "niet voor ons". The server decides who was first:
-- wegwijs.duo_aanmelding_afhandelen locks the row, so two officers on two laptops never both
-- take one in; the second is told who did. Taken up, it shows "in behandeling bij …" on the
-- other laptops until the new dossier reaches the server; then, or when set aside, it leaves
-- every laptop (a tombstone: its BSN is not kept on laptops that do not need it); the server
-- keeps the record.
-- When the dossier with that BSN reaches the server, DUO's facts recorded so far (with the BSN,
-- no dossier) are attached to it and synced with it: "bron: DUO" in its history.

CREATE TABLE wegwijs.duo_aanmelding (
    id                        text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    gemeentecode              text NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    bsn                       text NOT NULL,
    gebeurtenis_id            text NOT NULL,
    omschrijving              text NOT NULL,
    registratie               timestamptz NOT NULL,
    plichtig                  boolean,
    datum_start_plicht        date,
    datum_melding_duo         date,
    indeling                  text,
    gedetailleerde_doelgroep  text,
    asielrechten              text,
    met_pip_elders            boolean NOT NULL DEFAULT false,
    bericht_id                uuid NOT NULL,
    status                    text NOT NULL DEFAULT 'open'
                              CHECK (status IN ('open', 'opgenomen', 'niet_voor_ons')),
    door                      text,
    afgehandeld_op            timestamptz,
    reden                     text NOT NULL DEFAULT '',
    dossier_id                text,
    aangemaakt_op             timestamptz NOT NULL DEFAULT now()
);
-- One open aanmelding per person and gemeente: a second notification about them updates it.
CREATE UNIQUE INDEX duo_aanmelding_open ON wegwijs.duo_aanmelding (gemeentecode, bsn)
    WHERE status = 'open';
CREATE INDEX duo_aanmelding_bsn ON wegwijs.duo_aanmelding (bsn) WHERE dossier_id IS NULL;
CREATE INDEX duo_feit_bsn ON wegwijs.duo_feit (bsn) WHERE dossier_id IS NULL;

GRANT SELECT, INSERT, UPDATE ON wegwijs.duo_aanmelding TO wegwijs_duo_gateway;

-- An aanmelding as rows of the laptop table duo_aanmelding, scoped like a dossier of its
-- gemeente (its id is registered in sync_dossier, a code and no personal data), so the
-- row-level policies of 0003/0005 let only klantmanagers of that gemeente read it. Open: every
-- field (written again on each change; taken up: who has it); set aside or its dossier arrived:
-- a tombstone. Same lock as wegwijs.sync_push.
CREATE FUNCTION wegwijs._duo_aanmelding_naar_sync() RETURNS trigger
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
        'in_behandeling_door', CASE WHEN NEW.status = 'opgenomen' THEN NEW.door END);
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

CREATE TRIGGER duo_aanmelding_naar_sync AFTER INSERT OR UPDATE ON wegwijs.duo_aanmelding
    FOR EACH ROW EXECUTE FUNCTION wegwijs._duo_aanmelding_naar_sync();

-- A DUO fact reaches the laptops as before (0105), now also when it is attached to a dossier
-- later (dossier_id set from NULL), and with its handled mark: the aanmelding itself is done.
CREATE OR REPLACE FUNCTION wegwijs._duo_feit_naar_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    s bigint;
    stamp text := to_char(NEW.vastgelegd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    vals jsonb;
BEGIN
    IF NEW.dossier_id IS NULL THEN
        RETURN NEW;  -- an aanmelding or an unknown BSN: stays on the server, in the backlog
    END IF;
    PERFORM pg_advisory_xact_lock(727001);
    s := nextval('wegwijs.sync_seq');
    vals := jsonb_build_object(
        'created_at', stamp,
        'inburgeraar_id', NEW.dossier_id,
        'soort', NEW.soort,
        'gegevens', NEW.gegevens::text,
        'omschrijving', NEW.omschrijving,
        'waarschuwing', NEW.waarschuwing,
        'gebeurtenis_id', NEW.gebeurtenis_id,
        'bericht_id', NEW.bericht_id::text,
        'vastgelegd_op', stamp,
        'afgehandeld', CASE WHEN NEW.afgehandeld THEN 1 ELSE 0 END);
    INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq)
    VALUES ('duo_feit', NEW.id::text, 'dossier', NEW.dossier_id, s);
    INSERT INTO wegwijs.sync_field
        (tabel, row_id, veld, waarde, seq, change_id, apparaat, officer, scope, dossier_id, coord)
    SELECT 'duo_feit', NEW.id::text, key, value, s, gen_random_uuid(), 'duo-gateway', 'DUO',
           'dossier', NEW.dossier_id, false
    FROM jsonb_each(vals);
    RETURN NEW;
END $$;

CREATE TRIGGER duo_feit_naar_sync_gekoppeld AFTER UPDATE OF dossier_id ON wegwijs.duo_feit
    FOR EACH ROW WHEN (OLD.dossier_id IS NULL AND NEW.dossier_id IS NOT NULL)
    EXECUTE FUNCTION wegwijs._duo_feit_naar_sync();

-- An officer takes an aanmelding in ('opnemen') or marks it 'niet_voor_ons' (with a reason).
-- Only a klantmanager of the aanmelding's gemeente; the first one wins (row lock). Returns
-- {"status": "ok", ...the aanmelding} or {"status": "al_afgehandeld", "actie", "door", "op",
-- "reden"} or {"status": "onbekend"} (not there, or not this officer's gemeente: the same
-- answer, so nothing is revealed). Taking in again by the same officer is "ok" (a laptop that
-- lost the answer asks again).
CREATE FUNCTION wegwijs.duo_aanmelding_afhandelen(p_id text, p_actie text, p_reden text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    me wegwijs.officer;
    a wegwijs.duo_aanmelding;
    v_reden text := btrim(coalesce(p_reden, ''));
BEGIN
    SELECT * INTO me FROM wegwijs.officer WHERE naam = session_user AND rol = 'klantmanager';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'alleen een klantmanager neemt aanmeldingen van DUO op'
            USING ERRCODE = '42501';
    END IF;
    IF p_actie NOT IN ('opnemen', 'niet_voor_ons') THEN
        RAISE EXCEPTION 'onbekende actie' USING ERRCODE = '22023';
    END IF;
    IF p_actie = 'niet_voor_ons' AND (v_reden = '' OR length(v_reden) > 500) THEN
        RAISE EXCEPTION 'reden ontbreekt of is te lang' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO a FROM wegwijs.duo_aanmelding
    WHERE id = p_id AND gemeentecode = me.gemeentecode FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('status', 'onbekend');
    END IF;
    IF a.status <> 'open' THEN
        IF a.status = 'opgenomen' AND p_actie = 'opnemen' AND a.door = session_user THEN
            RETURN jsonb_build_object('status', 'ok', 'bsn', a.bsn);
        END IF;
        RETURN jsonb_build_object('status', 'al_afgehandeld', 'actie', a.status,
                                  'door', a.door, 'op', a.afgehandeld_op, 'reden', a.reden);
    END IF;
    UPDATE wegwijs.duo_aanmelding
    SET status = CASE WHEN p_actie = 'opnemen' THEN 'opgenomen' ELSE 'niet_voor_ons' END,
        door = session_user, afgehandeld_op = now(), reden = v_reden
    WHERE id = a.id;
    IF p_actie = 'niet_voor_ons' THEN
        -- DUO's facts about this person stay on the server, marked handled, with the reason
        UPDATE wegwijs.duo_feit SET afgehandeld = true
        WHERE bsn = a.bsn AND dossier_id IS NULL AND gemeentecode = a.gemeentecode;
    END IF;
    RETURN jsonb_build_object('status', 'ok', 'bsn', a.bsn);
END $$;

REVOKE ALL ON FUNCTION wegwijs.duo_aanmelding_afhandelen(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.duo_aanmelding_afhandelen(text, text, text)
    TO wegwijs_klantmanager;

-- A dossier with a BSN reaches the server (by the sync, from the officer who took the
-- aanmelding in, or typed by hand): the aanmelding of that BSN in the officer's gemeente is
-- done, and DUO's facts about that BSN are attached to the dossier (synced with it, bron: DUO),
-- with a line saying who took it in.
CREATE FUNCTION wegwijs._duo_aanmelding_gekoppeld() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    g text;
    a wegwijs.duo_aanmelding;
BEGIN
    SELECT gemeentecode INTO g FROM wegwijs.officer
    WHERE naam = session_user AND rol = 'klantmanager';
    IF g IS NULL THEN
        RETURN NULL;
    END IF;
    FOR a IN SELECT * FROM wegwijs.duo_aanmelding
             WHERE bsn = NEW.sleutel AND gemeentecode = g AND dossier_id IS NULL
               AND status IN ('open', 'opgenomen')
             ORDER BY aangemaakt_op FOR UPDATE
    LOOP
        UPDATE wegwijs.duo_aanmelding
        SET status = 'opgenomen', door = coalesce(door, session_user),
            afgehandeld_op = coalesce(afgehandeld_op, now()), dossier_id = NEW.row_id
        WHERE id = a.id;
        INSERT INTO wegwijs.duo_feit (gemeentecode, dossier_id, soort, gegevens, omschrijving,
                                      gebeurtenis_id, bericht_id, afgehandeld)
        VALUES (g, NEW.row_id, 'opgenomen',
                jsonb_build_object('aanmelding_id', a.id, 'door', coalesce(a.door, session_user)),
                'Opgenomen in het register uit de aanmelding van DUO (' || a.gebeurtenis_id
                    || ') door ' || coalesce(a.door, session_user) || ' (bron: DUO)',
                a.gebeurtenis_id, gen_random_uuid(), true);
    END LOOP;
    UPDATE wegwijs.duo_feit
    SET dossier_id = NEW.row_id, bsn = NULL,
        afgehandeld = afgehandeld OR soort IN ('aanmelding', 'onbekend_bsn')
    WHERE bsn = NEW.sleutel AND dossier_id IS NULL AND gemeentecode = g;
    RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION wegwijs._duo_aanmelding_naar_sync(),
    wegwijs._duo_aanmelding_gekoppeld() FROM PUBLIC;

CREATE TRIGGER duo_aanmelding_gekoppeld AFTER INSERT OR UPDATE OF sleutel ON wegwijs.sync_row
    FOR EACH ROW WHEN (NEW.tabel = 'inburgeraar' AND NEW.sleutel IS NOT NULL AND NOT NEW.deleted)
    EXECUTE FUNCTION wegwijs._duo_aanmelding_gekoppeld();

-- A laptop never writes an aanmelding (the server's own rows, above): the push refuses it.
-- Otherwise the same rules as 0002.
CREATE OR REPLACE FUNCTION wegwijs._weiger(
    p_me wegwijs.officer, p_cfg wegwijs.sync_tabel, p_op text, p_dossier text, p_gemeente text
) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = wegwijs, pg_temp AS $$
BEGIN
    IF p_cfg.tabel = 'duo_aanmelding' THEN
        RETURN 'een aanmelding van DUO verandert alleen de regionale server';
    END IF;
    IF p_cfg.scope = 'regio' THEN
        IF p_op <> 'insert' AND p_me.rol <> 'beheerder' THEN
            RETURN 'alleen een beheerder wijzigt gemeenten en regionale instellingen';
        END IF;
        RETURN NULL;
    ELSIF p_cfg.scope = 'pool' THEN
        RETURN NULL;
    END IF;
    IF p_me.rol = 'coordinator' AND p_cfg.coordinator = ARRAY['*'] THEN
        RETURN NULL;
    END IF;
    IF p_me.rol <> 'klantmanager' THEN
        RETURN 'deze rol wijzigt geen dossiers';
    END IF;
    IF p_gemeente IS NOT NULL THEN  -- a new dossier
        IF p_gemeente = p_me.gemeentecode THEN
            RETURN NULL;
        END IF;
        RETURN 'dossier van een andere gemeente';
    END IF;
    IF p_dossier IS NULL OR NOT wegwijs.mag_dossier(p_dossier) THEN
        RETURN 'dossier van een andere gemeente';
    END IF;
    RETURN NULL;
END $$;
