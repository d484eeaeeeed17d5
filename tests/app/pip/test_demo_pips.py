"""The demo has PIPs at every stage and deadlines overdue and near, so no view starts empty."""

from __future__ import annotations

from datetime import date

from app.deadlines.service import TermijnService
from app.demo import seed_all
from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService


def test_demo_has_every_stage(inburgeraars: InburgeraarService) -> None:
    seed_all(inburgeraars.session)
    pips = PipService(inburgeraars.session)
    rows = inburgeraars.store.conn.execute("SELECT status, leerroute, versie FROM pip").fetchall()
    statuses = {r[0] for r in rows}
    assert {"concept", "ter_ondertekening", "vastgesteld", "gewijzigd"} <= statuses
    assert {r[1] for r in rows if r[0] == "vastgesteld"} >= {"B", "Z"}
    assert any(r[2] > 1 for r in rows)
    overview = TermijnService(inburgeraars.session).overview(date.today(), 30)
    assert any(r.dagen < 0 for r in overview) and any(r.dagen >= 0 for r in overview)
    for cid in {
        str(r[0]) for r in inburgeraars.store.conn.execute("SELECT inburgeraar_id FROM pip")
    }:
        signed = [v for v in pips.versions(cid) if v.status == "vastgesteld"]
        if signed:
            assert pips.check(signed[-1]) == []
