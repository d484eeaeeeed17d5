-- The one write path: wegwijs.sync_push(device, changes). SECURITY DEFINER, so officers need no
-- write privilege on any table; it checks the caller's rights itself (session_user is the
-- officer's login role). Pushes are serialised with a transaction-level advisory lock, so
-- sequence numbers become visible in order: a pull with "seq > cursor" never skips one.

CREATE FUNCTION wegwijs.mag_dossier(p_dossier text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM wegwijs.officer o JOIN wegwijs.sync_dossier d ON d.id = p_dossier
        WHERE o.naam = session_user AND o.rol = 'klantmanager'
          AND d.gemeentecode = o.gemeentecode
    ) OR EXISTS (
        SELECT 1 FROM wegwijs.dossier_deling g
        WHERE g.dossier_id = p_dossier AND g.officer = session_user
    )
$$;

CREATE FUNCTION wegwijs.mijn_rol() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT rol FROM wegwijs.officer WHERE naam = session_user
$$;

-- Who may write a row of this scope (NULL: allowed; else the Dutch reason).
CREATE FUNCTION wegwijs._weiger(
    p_me wegwijs.officer, p_cfg wegwijs.sync_tabel, p_op text, p_dossier text, p_gemeente text
) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = wegwijs, pg_temp AS $$
BEGIN
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

-- A reference to a row made elsewhere under the same natural key points at the first row.
CREATE FUNCTION wegwijs._canon(p_tabel text, p_id text) RETURNS text
LANGUAGE sql STABLE SET search_path = wegwijs, pg_temp AS $$
    SELECT coalesce(
        (SELECT row_id FROM wegwijs.sync_alias WHERE tabel = p_tabel AND alias_id = p_id), p_id)
$$;

CREATE FUNCTION wegwijs._map_refs(p_tabel text, p_vals jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = wegwijs, pg_temp AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT veld, ref_tabel FROM wegwijs.sync_ref WHERE tabel = p_tabel LOOP
        IF jsonb_typeof(p_vals -> r.veld) = 'string' THEN
            p_vals := p_vals || jsonb_build_object(
                r.veld, wegwijs._canon(r.ref_tabel, p_vals ->> r.veld));
        END IF;
    END LOOP;
    RETURN p_vals;
END $$;

CREATE FUNCTION wegwijs._sleutel(p_cfg wegwijs.sync_tabel, p_vals jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    k text;
    parts text[] := '{}';
BEGIN
    IF cardinality(p_cfg.sleutel) = 0 THEN
        RETURN NULL;
    END IF;
    FOREACH k IN ARRAY p_cfg.sleutel LOOP
        IF p_vals -> k IS NULL OR jsonb_typeof(p_vals -> k) = 'null' THEN
            RETURN NULL;
        END IF;
        parts := parts || (p_vals ->> k);
    END LOOP;
    RETURN array_to_string(parts, chr(31));
END $$;

CREATE FUNCTION wegwijs._row_values(p_tabel text, p_row text) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = wegwijs, pg_temp AS $$
    SELECT coalesce(jsonb_object_agg(veld, jsonb_build_object('w', waarde, 's', seq)), '{}')
    FROM wegwijs.sync_field WHERE tabel = p_tabel AND row_id = p_row
$$;

-- Write one field's new value (the change was accepted).
CREATE FUNCTION wegwijs._put(
    p_row wegwijs.sync_row, p_cfg wegwijs.sync_tabel, p_veld text, p_waarde jsonb,
    p_seq bigint, p_change uuid, p_apparaat text
) RETURNS void
LANGUAGE plpgsql SET search_path = wegwijs, pg_temp AS $$
DECLARE
    f_scope text := p_row.scope;
    f_dossier text := p_row.dossier_id;
BEGIN
    IF p_cfg.tabel = 'inzet' AND p_veld = 'inburgeraar_id' THEN
        -- who a key person helped belongs to that dossier, not to the pool
        f_scope := CASE WHEN jsonb_typeof(p_waarde) = 'string' THEN 'dossier' ELSE 'pool' END;
        f_dossier := CASE WHEN f_scope = 'dossier' THEN p_waarde #>> '{}' END;
    END IF;
    INSERT INTO wegwijs.sync_field AS f
        (tabel, row_id, veld, waarde, seq, change_id, apparaat, officer, scope, dossier_id, coord)
    VALUES (p_cfg.tabel, p_row.row_id, p_veld, p_waarde, p_seq, p_change, p_apparaat,
            session_user, f_scope, f_dossier,
            p_cfg.coordinator = ARRAY['*'] OR p_veld = ANY (p_cfg.coordinator))
    ON CONFLICT (tabel, row_id, veld) DO UPDATE
        SET waarde = EXCLUDED.waarde, seq = EXCLUDED.seq, change_id = EXCLUDED.change_id,
            apparaat = EXCLUDED.apparaat, officer = EXCLUDED.officer,
            scope = EXCLUDED.scope, dossier_id = EXCLUDED.dossier_id;
    IF p_cfg.tabel = 'inburgeraar' AND p_veld = 'gemeentecode' THEN
        INSERT INTO wegwijs.sync_dossier (id, gemeentecode) VALUES (p_row.row_id, p_waarde #>> '{}')
        ON CONFLICT (id) DO UPDATE SET gemeentecode = EXCLUDED.gemeentecode;
    END IF;
END $$;

CREATE FUNCTION wegwijs._conflict(
    p_soort text, p_row wegwijs.sync_row, p_veld text, p_waarde jsonb, p_seq bigint,
    p_ch jsonb, p_apparaat text
) RETURNS uuid
LANGUAGE plpgsql SET search_path = wegwijs, pg_temp AS $$
DECLARE
    cur wegwijs.sync_field;
    cid uuid := gen_random_uuid();
    srv_op text;
BEGIN
    SELECT * INTO cur FROM wegwijs.sync_field
    WHERE tabel = p_row.tabel AND row_id = p_row.row_id AND veld = p_veld;
    SELECT gemaakt_op INTO srv_op FROM wegwijs.sync_change WHERE change_id = cur.change_id;
    INSERT INTO wegwijs.sync_conflict (
        id, seq, soort, tabel, row_id, veld, scope, dossier_id, coord,
        server_waarde, server_change, server_officer, server_apparaat, server_op,
        ander_waarde, ander_change, ander_officer, ander_apparaat, ander_op)
    VALUES (
        cid, p_seq, p_soort, p_row.tabel, p_row.row_id, p_veld,
        coalesce(cur.scope, p_row.scope), coalesce(cur.dossier_id, p_row.dossier_id),
        coalesce(cur.coord, p_row.coord),
        cur.waarde, cur.change_id, cur.officer, cur.apparaat, srv_op,
        p_waarde, (p_ch ->> 'id')::uuid, session_user, p_apparaat, p_ch ->> 'gemaakt_op');
    RETURN cid;
END $$;

-- A PIP version that is vastgesteld or gewijzigd: only its status may still become gewijzigd
-- (and the reason of that change be written); the same rule as the laptop's trigger. The laptop
-- that fixed it sends its own last edits in the order made (its trigger checked them), so the
-- rule is for changes made elsewhere, without knowing.
CREATE FUNCTION wegwijs._pip_vast(p_row text, p_veld text, p_waarde jsonb, p_apparaat text)
RETURNS boolean
LANGUAGE sql STABLE SET search_path = wegwijs, pg_temp AS $$
    SELECT coalesce((
        SELECT f.waarde #>> '{}' IN ('vastgesteld', 'gewijzigd') AND f.apparaat <> p_apparaat
        FROM wegwijs.sync_field f
        WHERE f.tabel = 'pip' AND f.row_id = p_row AND f.veld = 'status'), false)
    AND NOT (p_veld IN ('wijziging_soort', 'wijziging_reden', 'created_at')
             OR (p_veld = 'status' AND p_waarde #>> '{}' = 'gewijzigd'))
$$;

-- One field change; returns the result for the laptop.
CREATE FUNCTION wegwijs._set(
    p_row wegwijs.sync_row, p_cfg wegwijs.sync_tabel, p_veld text, p_waarde jsonb,
    p_basis bigint, p_seq bigint, p_ch jsonb, p_apparaat text, p_oplossing uuid
) RETURNS jsonb
LANGUAGE plpgsql SET search_path = wegwijs, pg_temp AS $$
DECLARE
    cur wegwijs.sync_field;
    cid uuid;
BEGIN
    SELECT * INTO cur FROM wegwijs.sync_field
    WHERE tabel = p_row.tabel AND row_id = p_row.row_id AND veld = p_veld;
    IF p_cfg.tabel = 'pip' AND wegwijs._pip_vast(p_row.row_id, p_veld, p_waarde, p_apparaat) THEN
        cid := wegwijs._conflict('vastgesteld', p_row, p_veld, p_waarde, p_seq, p_ch, p_apparaat);
        RETURN jsonb_build_object('status', 'conflict', 'conflict', cid,
                                  'velden', wegwijs._row_values(p_row.tabel, p_row.row_id));
    END IF;
    IF cur.tabel IS NULL OR cur.waarde IS NOT DISTINCT FROM p_waarde
       OR p_basis >= cur.seq OR cur.apparaat = p_apparaat OR p_oplossing IS NOT NULL THEN
        IF cur.tabel IS NULL OR cur.waarde IS DISTINCT FROM p_waarde
           OR p_oplossing IS NOT NULL THEN
            PERFORM wegwijs._put(p_row, p_cfg, p_veld, p_waarde, p_seq,
                                 (p_ch ->> 'id')::uuid, p_apparaat);
        END IF;
        RETURN NULL;
    END IF;
    cid := wegwijs._conflict('veld', p_row, p_veld, p_waarde, p_seq, p_ch, p_apparaat);
    RETURN jsonb_build_object('conflict', cid);
END $$;

CREATE FUNCTION wegwijs._apply(p_me wegwijs.officer, p_apparaat text, p_ch jsonb, p_seq bigint)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = wegwijs, pg_temp AS $$
DECLARE
    cfg wegwijs.sync_tabel;
    r wegwijs.sync_row;
    t text := p_ch ->> 'tabel';
    op text := p_ch ->> 'op';
    rid text;
    vals jsonb;
    dossier text;
    new_gemeente text;
    k text;
    existing text;
    eerste text;
    reden text;
    kv record;
    res jsonb;
    conflicts jsonb := '[]';
    n int;
    cid uuid;
BEGIN
    SELECT * INTO cfg FROM wegwijs.sync_tabel WHERE tabel = t;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('status', 'geweigerd', 'reden', 'onbekende tabel');
    END IF;
    rid := wegwijs._canon(t, p_ch ->> 'rij');
    SELECT * INTO r FROM wegwijs.sync_row WHERE tabel = t AND row_id = rid;

    IF r.deleted THEN  -- a change to a row removed elsewhere: the removal stands
        RETURN jsonb_build_object('status', 'vervallen', 'rij', rid);
    END IF;

    IF op = 'insert' AND r.tabel IS NULL THEN
        vals := wegwijs._map_refs(t, (p_ch -> 'velden') - 'id');
        IF cfg.scope = 'dossier' THEN
            IF cfg.dossier_via = 'id' THEN
                dossier := rid;
                new_gemeente := vals ->> 'gemeentecode';
            ELSIF cfg.ouder = 'inburgeraar' THEN
                dossier := vals ->> cfg.dossier_via;
            ELSE
                SELECT s.dossier_id INTO dossier FROM wegwijs.sync_row s
                WHERE s.tabel = cfg.ouder AND s.row_id = vals ->> cfg.dossier_via;
            END IF;
        END IF;
        IF EXISTS (SELECT 1 FROM wegwijs.sync_row s WHERE s.deleted AND (
                   (s.tabel = 'inburgeraar' AND s.row_id = dossier)
                   OR (s.tabel = cfg.ouder AND s.row_id = vals ->> cfg.dossier_via))) THEN
            -- part of a dossier (or of a row) removed elsewhere: the removal stands
            RETURN jsonb_build_object('status', 'vervallen', 'rij', rid);
        END IF;
        reden := wegwijs._weiger(p_me, cfg, op, dossier, new_gemeente);
        IF reden IS NOT NULL THEN
            RETURN jsonb_build_object('status', 'geweigerd', 'reden', reden);
        END IF;
        k := wegwijs._sleutel(cfg, vals);
        IF k IS NOT NULL THEN
            SELECT s.row_id INTO existing FROM wegwijs.sync_row s
            WHERE s.tabel = t AND s.sleutel = k AND NOT s.deleted;
        END IF;
        IF existing IS NOT NULL AND t = 'pip' THEN
            -- two versions with one number made on two laptops: keep both, renumber, flag
            SELECT 1 + coalesce(max((f.waarde #>> '{}')::int), 0) INTO n
            FROM wegwijs.sync_field f JOIN wegwijs.sync_row s
                 ON s.tabel = 'pip' AND s.row_id = f.row_id AND NOT s.deleted
            WHERE f.tabel = 'pip' AND f.veld = 'versie' AND s.dossier_id = dossier;
            vals := vals || jsonb_build_object('versie', n);
            k := wegwijs._sleutel(cfg, vals);
            eerste := existing;
            existing := NULL;
            res := jsonb_build_object('velden', jsonb_build_object('versie', n));
        END IF;
        IF existing IS NOT NULL THEN
            -- the same thing made on two laptops: one row; differing fields are conflicts
            INSERT INTO wegwijs.sync_alias (tabel, alias_id, row_id) VALUES (t, rid, existing);
            SELECT * INTO r FROM wegwijs.sync_row WHERE tabel = t AND row_id = existing;
            FOR kv IN SELECT key, value FROM jsonb_each(vals) LOOP
                CONTINUE WHEN kv.key = 'created_at' OR kv.key = ANY (cfg.sleutel);
                res := wegwijs._set(r, cfg, kv.key, kv.value, 0, p_seq, p_ch, p_apparaat, NULL);
                IF res ? 'conflict' THEN
                    conflicts := conflicts || jsonb_build_array(res -> 'conflict');
                END IF;
            END LOOP;
            RETURN jsonb_build_object('status', 'alias', 'rij', existing, 'seq', p_seq,
                                      'conflicten', conflicts,
                                      'velden', wegwijs._row_values(t, existing));
        END IF;
        INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, sleutel, coord, seq)
        VALUES (t, rid, cfg.scope, dossier, k, cardinality(cfg.coordinator) > 0, p_seq)
        RETURNING * INTO r;
        FOR kv IN SELECT key, value FROM jsonb_each(vals) LOOP
            PERFORM wegwijs._put(r, cfg, kv.key, kv.value, p_seq, (p_ch ->> 'id')::uuid,
                                 p_apparaat);
        END LOOP;
        IF res IS NOT NULL THEN
            cid := gen_random_uuid();
            INSERT INTO wegwijs.sync_conflict (
                id, seq, soort, tabel, row_id, veld, scope, dossier_id, coord,
                server_waarde, ander_waarde, ander_change, ander_officer, ander_apparaat,
                ander_op)
            VALUES (cid, p_seq, 'pip_concept', t, rid, 'versie', r.scope, dossier, false,
                    to_jsonb(eerste), to_jsonb(n), (p_ch ->> 'id')::uuid, session_user,
                    p_apparaat, p_ch ->> 'gemaakt_op');
            RETURN res || jsonb_build_object('status', 'hernummerd', 'rij', rid, 'seq', p_seq,
                                             'conflicten', jsonb_build_array(cid));
        END IF;
        RETURN jsonb_build_object('status', 'toegepast', 'rij', rid, 'seq', p_seq);
    END IF;

    IF r.tabel IS NULL THEN  -- a change to a row the server never received (refused earlier)
        RETURN jsonb_build_object('status', 'vervallen', 'rij', rid);
    END IF;
    reden := wegwijs._weiger(p_me, cfg, op, r.dossier_id, NULL);
    IF reden IS NOT NULL THEN
        RETURN jsonb_build_object('status', 'geweigerd', 'reden', reden);
    END IF;

    IF op = 'delete' THEN
        -- tombstone: the row's values are purged here too (retention, verwijder dossier)
        UPDATE wegwijs.sync_row SET deleted = true, seq = p_seq, sleutel = NULL
        WHERE tabel = t AND row_id = rid;
        DELETE FROM wegwijs.sync_field WHERE tabel = t AND row_id = rid;
        UPDATE wegwijs.sync_conflict
        SET server_waarde = NULL, ander_waarde = NULL, status = 'opgelost', seq = p_seq,
            opgelost_door = session_user, opgelost_op = now(),
            oplossing = '{"verwijderd": true}'
        WHERE tabel = t AND row_id = rid;
        RETURN jsonb_build_object('status', 'toegepast', 'rij', rid, 'seq', p_seq);
    END IF;

    IF op = 'oplossen' THEN
        UPDATE wegwijs.sync_conflict
        SET status = 'opgelost', seq = p_seq, opgelost_door = session_user, opgelost_op = now(),
            oplossing = p_ch -> 'velden'
        WHERE id = (p_ch ->> 'conflict')::uuid;
        RETURN jsonb_build_object('status', 'toegepast', 'rij', rid, 'seq', p_seq);
    END IF;

    IF op = 'insert' THEN  -- the same row again: every field as a change on no known version
        vals := wegwijs._map_refs(t, (p_ch -> 'velden') - 'id');
        FOR kv IN SELECT key, value FROM jsonb_each(vals) LOOP
            CONTINUE WHEN kv.key = 'created_at';
            res := wegwijs._set(r, cfg, kv.key, kv.value, 0, p_seq, p_ch, p_apparaat, NULL);
            IF res ? 'conflict' THEN
                conflicts := conflicts || jsonb_build_array(res -> 'conflict');
            END IF;
        END LOOP;
        RETURN jsonb_build_object('status', 'toegepast', 'rij', rid, 'seq', p_seq,
                                  'conflicten', conflicts,
                                  'velden', wegwijs._row_values(t, rid));
    END IF;

    IF op <> 'set' THEN
        RETURN jsonb_build_object('status', 'geweigerd', 'reden', 'onbekende bewerking');
    END IF;
    vals := wegwijs._map_refs(t, jsonb_build_object(p_ch ->> 'veld', p_ch -> 'waarde'));
    res := wegwijs._set(r, cfg, p_ch ->> 'veld', vals -> (p_ch ->> 'veld'),
                        coalesce((p_ch ->> 'basis')::bigint, 0), p_seq, p_ch, p_apparaat,
                        (p_ch ->> 'conflict')::uuid);
    IF (p_ch ->> 'conflict') IS NOT NULL THEN
        UPDATE wegwijs.sync_conflict
        SET status = 'opgelost', seq = p_seq, opgelost_door = session_user, opgelost_op = now(),
            oplossing = jsonb_build_object('waarde', p_ch -> 'waarde')
        WHERE id = (p_ch ->> 'conflict')::uuid;
    END IF;
    IF cfg.sleutel <> '{}' AND (p_ch ->> 'veld') = ANY (cfg.sleutel) THEN
        BEGIN
            UPDATE wegwijs.sync_row SET sleutel = wegwijs._sleutel(cfg,
                (SELECT jsonb_object_agg(veld, waarde) FROM wegwijs.sync_field
                 WHERE tabel = t AND row_id = rid))
            WHERE tabel = t AND row_id = rid;
        EXCEPTION WHEN unique_violation THEN
            NULL;  -- the new key is taken: keep the old one
        END;
    END IF;
    IF res IS NULL THEN
        RETURN jsonb_build_object('status', 'toegepast', 'rij', rid, 'seq', p_seq);
    END IF;
    RETURN jsonb_build_object('status', 'conflict', 'rij', rid, 'seq', p_seq,
                              'conflicten', jsonb_build_array(res -> 'conflict'),
                              'velden', coalesce(res -> 'velden',
                                                 wegwijs._row_values(t, rid)));
END $$;

CREATE FUNCTION wegwijs.sync_push(p_apparaat text, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    me wegwijs.officer;
    ch jsonb;
    res jsonb;
    s bigint;
    results jsonb := '[]';
BEGIN
    SELECT * INTO me FROM wegwijs.officer WHERE naam = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'geen Wegwijs-account op deze server' USING ERRCODE = '42501';
    END IF;
    IF p_apparaat !~ '^[0-9a-f-]{36}$' THEN
        RAISE EXCEPTION 'ongeldig apparaat' USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(727001);
    FOR ch IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        SELECT c.resultaat INTO res FROM wegwijs.sync_change c
        WHERE c.change_id = (ch ->> 'id')::uuid;
        IF NOT FOUND THEN  -- applied at most once: a change sent again gets its old answer
            s := nextval('wegwijs.sync_seq');
            res := wegwijs._apply(me, p_apparaat, ch, s);
            INSERT INTO wegwijs.sync_change
                (seq, change_id, apparaat, officer, tabel, row_id, op, gemaakt_op, resultaat)
            VALUES (s, (ch ->> 'id')::uuid, p_apparaat, session_user, ch ->> 'tabel',
                    ch ->> 'rij', ch ->> 'op', coalesce(ch ->> 'gemaakt_op', ''),
                    res - 'velden');
        END IF;
        results := results || jsonb_build_array(res || jsonb_build_object('id', ch ->> 'id'));
    END LOOP;
    RETURN results;
END $$;

-- Share a dossier with a klantmanager of another municipality (vervanging). Its fields are
-- renumbered so the colleague's next pull receives the whole dossier.
CREATE FUNCTION wegwijs.deel_dossier(p_dossier text, p_officer text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    s bigint;
BEGIN
    IF NOT (wegwijs.mag_dossier(p_dossier) OR wegwijs.mijn_rol() = 'beheerder') THEN
        RAISE EXCEPTION 'u mag dit dossier niet delen' USING ERRCODE = '42501';
    END IF;
    PERFORM pg_advisory_xact_lock(727001);
    INSERT INTO wegwijs.dossier_deling (dossier_id, officer) VALUES (p_dossier, p_officer)
    ON CONFLICT DO NOTHING;
    s := nextval('wegwijs.sync_seq');
    UPDATE wegwijs.sync_field SET seq = s WHERE dossier_id = p_dossier;
    UPDATE wegwijs.sync_row SET seq = s WHERE dossier_id = p_dossier AND deleted;
END $$;
