-- The Termijnen view reads one page at a time, sorted in SQL (issue 11): an index for the two
-- common orders (date, the default, and name) over the open deadlines only (partial: the rest
-- of the table is done or undated), so their first page is a short walk instead of a sort of
-- the whole window. Names sort on lower(): ASCII letters fold; ties in date order. Kind and
-- gemeente are few values: their page is read per value in the order of the shown names
-- (db/pip.py); klantmanager and toelichting sort the window in SQL. Each index makes every
-- recomputation's write longer, which the officer's saves wait for: two is the balance.
CREATE INDEX termijn_open_datum ON termijn (datum, lower(naam), id, soort)
    WHERE afgerond = 0 AND datum IS NOT NULL;
CREATE INDEX termijn_open_naam ON termijn (lower(naam), datum, id, soort)
    WHERE afgerond = 0 AND datum IS NOT NULL;
