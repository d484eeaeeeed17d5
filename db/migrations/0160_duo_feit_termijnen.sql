-- A DUO fact arriving by the sync (DUO's termijn, DUO's answer to a PIP) or marked handled makes
-- the person's deadlines stale: Termijnen shows DUO's termijn and open rejections (app/duo/
-- termijnen.py) from the next recomputation on ('' is older than any change: stale).
CREATE TRIGGER duo_feit_termijnen_i AFTER INSERT ON duo_feit
BEGIN
    UPDATE termijn_bron SET berekend_op = '' WHERE inburgeraar_id = NEW.inburgeraar_id;
END;

CREATE TRIGGER duo_feit_termijnen_u AFTER UPDATE OF afgehandeld ON duo_feit
BEGIN
    UPDATE termijn_bron SET berekend_op = '' WHERE inburgeraar_id = NEW.inburgeraar_id;
END;
