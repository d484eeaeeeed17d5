-- The quarterly report "Stem van de nieuwkomer" for the whole region (app/stem/server_bron.py).
-- Officers never SELECT the sync tables for it: these SECURITY DEFINER functions return only
-- what the report counts, coded, with a pseudonym per newcomer (a SHA-256 of the dossier id
-- with a key only the server holds, so rows of one person can be counted once and nobody can
-- turn the pseudonym back into a dossier id), the age at the quarter's end instead of the
-- date of birth, and free text only where the officer marked it shareable. No names, no BSN.
-- Callable by the coördinator and the beheerder (the roles that make the regional report).

CREATE TABLE wegwijs.rapport_sleutel (
    id       int PRIMARY KEY CHECK (id = 1),
    sleutel  text NOT NULL
);
INSERT INTO wegwijs.rapport_sleutel
    VALUES (1, md5(random()::text || clock_timestamp()::text) || md5(random()::text));
REVOKE ALL ON wegwijs.rapport_sleutel FROM PUBLIC;

CREATE FUNCTION wegwijs.rapport_pseudoniem(p_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT encode(sha256(convert_to(s.sleutel || ':' || p_id, 'UTF8')), 'hex')
    FROM wegwijs.rapport_sleutel s WHERE s.id = 1
$$;

-- The live rows of one table with their fields as one jsonb object.
CREATE FUNCTION wegwijs.rapport_rijen(p_tabel text)
RETURNS TABLE (row_id text, dossier_id text, v jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT r.row_id, r.dossier_id, coalesce(
        (SELECT jsonb_object_agg(f.veld, f.waarde) FROM wegwijs.sync_field f
          WHERE f.tabel = r.tabel AND f.row_id = r.row_id), '{}'::jsonb)
    FROM wegwijs.sync_row r
    WHERE r.tabel = p_tabel AND NOT r.deleted
$$;

CREATE FUNCTION wegwijs.rapport_deelbaar(p_v jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(p_v->>'deelbaar', '0') IN ('1', 'true')
$$;

CREATE FUNCTION wegwijs.rapport_signalen(p_first date, p_last date)
RETURNS TABLE (persoon text, gemeentecode text, thema text, status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT wegwijs.rapport_pseudoniem(s.dossier_id), d.gemeentecode,
           coalesce(s.v->>'thema', 'overig'), coalesce(s.v->>'status', 'open')
    FROM wegwijs.rapport_rijen('intake_signaal') s
    JOIN wegwijs.sync_dossier d ON d.id = s.dossier_id
    WHERE s.v->>'datum' BETWEEN p_first::text AND p_last::text
$$;

CREATE FUNCTION wegwijs.rapport_ervaringen(p_periode text)
RETURNS TABLE (persoon text, onderdeel text, aanbieder text, antwoorden text, toelichting text,
               deelbaar boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT wegwijs.rapport_pseudoniem(e.dossier_id), e.v->>'onderdeel', e.v->>'aanbieder',
           coalesce(e.v->>'antwoorden', '{}'),
           CASE WHEN wegwijs.rapport_deelbaar(e.v) THEN coalesce(e.v->>'toelichting', '')
                ELSE '' END,
           wegwijs.rapport_deelbaar(e.v)
    FROM wegwijs.rapport_rijen('ervaring') e
    WHERE e.v->>'periode' = p_periode
$$;

CREATE FUNCTION wegwijs.rapport_feedback(p_first date, p_last date)
RETURNS TABLE (persoon text, doel_begrepen text, vrij_gesproken text, themas text, tips text,
               anders_doen text, toelichting text, deelbaar boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT wegwijs.rapport_pseudoniem(f.dossier_id), f.v->>'doel_begrepen',
           f.v->>'vrij_gesproken', coalesce(f.v->>'themas', '[]'),
           CASE WHEN wegwijs.rapport_deelbaar(f.v) THEN coalesce(f.v->>'tips', '') ELSE '' END,
           CASE WHEN wegwijs.rapport_deelbaar(f.v) THEN coalesce(f.v->>'anders_doen', '')
                ELSE '' END,
           CASE WHEN wegwijs.rapport_deelbaar(f.v) THEN coalesce(f.v->>'toelichting', '')
                ELSE '' END,
           wegwijs.rapport_deelbaar(f.v)
    FROM wegwijs.rapport_rijen('intake_feedback') f
    WHERE f.v->>'datum' BETWEEN p_first::text AND p_last::text
$$;

-- Newcomers a key person met in the quarter (a gesprek with a key person, or an engagement).
CREATE FUNCTION wegwijs.rapport_bereik(p_first date, p_last date)
RETURNS TABLE (persoon text, voorkeurstaal text, land_herkomst text, geslacht text,
               leeftijd int, gemeentecode text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    WITH bereikt AS (
        SELECT g.dossier_id AS id FROM wegwijs.rapport_rijen('intake_gesprek') g
        WHERE g.v->>'datum' BETWEEN p_first::text AND p_last::text
          AND (coalesce(g.v->>'sleutelpersoon_id', '') <> ''
               OR coalesce(g.v->>'sleutelpersoon_naam', '') <> '')
        UNION
        SELECT z.v->>'inburgeraar_id' FROM wegwijs.rapport_rijen('inzet') z
        WHERE z.v->>'datum' BETWEEN p_first::text AND p_last::text
          AND coalesce(z.v->>'inburgeraar_id', '') <> ''
    )
    SELECT wegwijs.rapport_pseudoniem(c.row_id), coalesce(c.v->>'voorkeurstaal', ''),
           coalesce(c.v->>'land_herkomst', ''), coalesce(c.v->>'geslacht', ''),
           CASE WHEN coalesce(c.v->>'geboortedatum', '') ~ '^\d{4}-\d{2}-\d{2}$'
                THEN extract(year FROM age(p_last, (c.v->>'geboortedatum')::date))::int END,
           d.gemeentecode
    FROM bereikt b
    JOIN wegwijs.rapport_rijen('inburgeraar') c ON c.row_id = b.id
    JOIN wegwijs.sync_dossier d ON d.id = c.row_id
$$;

CREATE FUNCTION wegwijs.rapport_gemeenten()
RETURNS TABLE (code text, naam text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wegwijs, pg_temp AS $$
    SELECT g.v->>'code', g.v->>'naam' FROM wegwijs.rapport_rijen('gemeente') g
    WHERE coalesce(g.v->>'code', '') <> ''
$$;

REVOKE ALL ON FUNCTION wegwijs.rapport_pseudoniem(text), wegwijs.rapport_rijen(text),
    wegwijs.rapport_signalen(date, date), wegwijs.rapport_ervaringen(text),
    wegwijs.rapport_feedback(date, date), wegwijs.rapport_bereik(date, date),
    wegwijs.rapport_gemeenten() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wegwijs.rapport_signalen(date, date), wegwijs.rapport_ervaringen(text),
    wegwijs.rapport_feedback(date, date), wegwijs.rapport_bereik(date, date),
    wegwijs.rapport_gemeenten()
    TO wegwijs_coordinator, wegwijs_beheerder;
