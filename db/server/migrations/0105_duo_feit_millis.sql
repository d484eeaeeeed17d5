-- DUO facts reach the laptops stamped to the millisecond (was: the second), so two facts of
-- one kind recorded within a second (two termijn notifications) keep their order on the laptop:
-- the newest termijn is the one Termijnen shows (app/duo/termijnen.py).

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
        'afgehandeld', 0);
    INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq)
    VALUES ('duo_feit', NEW.id::text, 'dossier', NEW.dossier_id, s);
    INSERT INTO wegwijs.sync_field
        (tabel, row_id, veld, waarde, seq, change_id, apparaat, officer, scope, dossier_id, coord)
    SELECT 'duo_feit', NEW.id::text, key, value, s, gen_random_uuid(), 'duo-gateway', 'DUO',
           'dossier', NEW.dossier_id, false
    FROM jsonb_each(vals);
    RETURN NEW;
END $$;

