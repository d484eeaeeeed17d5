-- A newcomer who moved in may already have a PIP from another municipality. Its dagtekening
-- decides the inburgeringstermijn, the route-change date and DUO's "first PIP" rule.
ALTER TABLE inburgeraar ADD COLUMN dagtekening_pip_elders TEXT;
