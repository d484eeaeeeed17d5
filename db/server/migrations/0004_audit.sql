-- Each laptop's audit trail, received with its sync: wegwijs.audit_push(device, lines, head)
-- stores the new lines and checks that they continue the chain from the last hash it had;
-- a gap, a broken link, a rewritten line or a trail shorter than before is a finding
-- (reported per device by `wegwijs audit verify --server`).

CREATE FUNCTION wegwijs._bevinding(p_apparaat text, p_nummer bigint, p_soort text, p_uitleg text)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = wegwijs, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM wegwijs.audit_bevinding
                   WHERE apparaat = p_apparaat AND volgnummer = p_nummer AND soort = p_soort) THEN
        INSERT INTO wegwijs.audit_bevinding (apparaat, volgnummer, soort, uitleg)
        VALUES (p_apparaat, p_nummer, p_soort, p_uitleg);
    END IF;
    RETURN jsonb_build_object('volgnummer', p_nummer, 'soort', p_soort, 'uitleg', p_uitleg);
END $$;

CREATE FUNCTION wegwijs.audit_push(p_apparaat text, p_lines jsonb, p_head jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
DECLARE
    dev wegwijs.audit_apparaat;
    line jsonb;
    nr bigint;
    stored text;
    found jsonb := '[]';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM wegwijs.officer WHERE naam = session_user) THEN
        RAISE EXCEPTION 'geen Wegwijs-account op deze server' USING ERRCODE = '42501';
    END IF;
    INSERT INTO wegwijs.audit_apparaat (apparaat, officer) VALUES (p_apparaat, session_user)
    ON CONFLICT (apparaat) DO NOTHING;
    SELECT * INTO dev FROM wegwijs.audit_apparaat WHERE apparaat = p_apparaat FOR UPDATE;
    FOR line IN SELECT value FROM jsonb_array_elements(p_lines)
                ORDER BY (value ->> 'volgnummer')::bigint LOOP
        nr := (line ->> 'volgnummer')::bigint;
        IF nr <= dev.laatste_nummer THEN
            SELECT hash INTO stored FROM wegwijs.audit_regel
            WHERE apparaat = p_apparaat AND volgnummer = nr;
            IF stored IS DISTINCT FROM line ->> 'hash' THEN
                found := found || wegwijs._bevinding(p_apparaat, nr, 'herschreven',
                    'regel ' || nr || ' is anders dan de server eerder ontving');
            END IF;
            CONTINUE;
        END IF;
        IF nr <> dev.laatste_nummer + 1 THEN
            found := found || wegwijs._bevinding(p_apparaat, nr, 'gat',
                'regels ' || (dev.laatste_nummer + 1) || ' tot ' || nr || ' ontbreken');
        ELSIF dev.laatste_nummer > 0 AND line ->> 'vorige_hash' IS DISTINCT FROM dev.laatste_hash
        THEN
            found := found || wegwijs._bevinding(p_apparaat, nr, 'keten_breuk',
                'regel ' || nr || ' sluit niet aan op de laatst ontvangen regel');
        END IF;
        INSERT INTO wegwijs.audit_regel (apparaat, volgnummer, regel, hash, vorige_hash)
        VALUES (p_apparaat, nr, line, line ->> 'hash', coalesce(line ->> 'vorige_hash', ''));
        dev.laatste_nummer := nr;
        dev.laatste_hash := line ->> 'hash';
    END LOOP;
    IF p_head IS NOT NULL AND jsonb_typeof(p_head) = 'object' THEN
        nr := (p_head ->> 'volgnummer')::bigint;
        IF nr < dev.laatste_nummer THEN
            found := found || wegwijs._bevinding(p_apparaat, nr, 'ingekort',
                'het logboek eindigt bij ' || nr || ', de server ontving al tot '
                || dev.laatste_nummer);
        ELSIF nr = dev.laatste_nummer AND p_head ->> 'hash' IS DISTINCT FROM dev.laatste_hash
        THEN
            found := found || wegwijs._bevinding(p_apparaat, nr, 'herschreven',
                'de laatste regel is anders dan de server ontving');
        END IF;
    ELSIF dev.laatste_nummer > 0 THEN
        found := found || wegwijs._bevinding(p_apparaat, 0, 'ingekort',
            'het logboek op de laptop is leeg');
    END IF;
    UPDATE wegwijs.audit_apparaat
    SET laatste_nummer = dev.laatste_nummer, laatste_hash = dev.laatste_hash,
        bijgewerkt_op = now()
    WHERE apparaat = p_apparaat;
    RETURN found;
END $$;

REVOKE ALL ON FUNCTION wegwijs.audit_push(text, jsonb, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION wegwijs._bevinding(text, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.audit_push(text, jsonb, jsonb)
    TO wegwijs_klantmanager, wegwijs_coordinator, wegwijs_beheerder;
