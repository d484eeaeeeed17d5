"""Reach by route: the newest PIP version's leerroute, counted; undecided stays undecided."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService
from app.security.roles import Role
from app.sleutelpersonen.inzet_service import InzetService
from app.sleutelpersonen.service import SleutelpersoonService
from tests.conftest import TODAY, valid_form
from tests.support.pip import complete_inhoud
from tests.support.security import act_as
from tests.support.sleutelpersonen import persoon_form
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)


def _inburgeraar(inburgeraars: InburgeraarService, n: int) -> str:
    c = inburgeraars.save(
        valid_form(
            bsn=("999990019", "999990020", "999990032", "999990044")[n], v_nummer=f"99123456{n:02d}"
        )
    )
    assert c.id
    return c.id


def test_reach_by_route_uses_the_newest_pip_and_shows_only_counts(
    inburgeraars: InburgeraarService,
) -> None:
    store = inburgeraars.session
    act_as(store, Role.KLANTMANAGER, Role.COORDINATOR)
    person = SleutelpersoonService(store).save(persoon_form(), today=TODAY)
    pips = PipService(store)
    amended, onderwijs, undecided, not_supported = (_inburgeraar(inburgeraars, n) for n in range(4))
    first = pips.vaststellen(str(pips.create(amended, complete_inhoud()).id), date(2025, 5, 1))
    second = pips.wijzigen(amended, "routewissel", "Blijkt de Z-route nodig te hebben.")
    pips.save(second, replace(first.inhoud, route=replace(first.inhoud.route, leerroute="Z")))
    pips.create(onderwijs, complete_inhoud(route="O", advies="O"))
    pips.create(not_supported, complete_inhoud())
    inzet = InzetService(store)
    for cid in (amended, onderwijs, undecided):
        inzet.add(
            {
                "sleutelpersoon_id": person.id,
                "inburgeraar_id": cid,
                "datum": TODAY.isoformat(),
                "soort": "intakegesprek",
                "rollen": ["verbinder"],
                "uren": "1",
            },
            TODAY,
        )
    act_as(store, Role.COORDINATOR)  # the coordinator reads the reach, not the PIPs
    b = inzet.bereik(TODAY)
    assert b.totaal == 3
    assert dict(b.per["route"]) == {
        "Z-route": 1,
        "Onderwijsroute": 1,
        "nog niet bepaald": 1,
    }
    assert set(inzet.repo.supported_routes().values()) <= {"", "B", "O", "Z"}
