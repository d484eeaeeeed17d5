-- DUO's coarse indeling decides the asylum-dependent rules (intensity, ontzorgen,
-- maatschappelijke begeleiding, Z-route participation hours), not the detailed doelgroep.
-- '' = not recorded: then the default follows from the detailed group. asielrechten holds DUO's
-- asielrechtenWijzigingVerblijfsdoel ('' when none).
ALTER TABLE inburgeraar ADD COLUMN indeling TEXT NOT NULL DEFAULT '';
ALTER TABLE inburgeraar ADD COLUMN asielrechten TEXT NOT NULL DEFAULT '';
