from __future__ import annotations

from dataclasses import replace

import pytest

from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.pip.model import Map, PipInhoud, Pvt, Routekeuze
from app.pip.service import PipService
from tests.conftest import valid_form


@pytest.fixture
def pips(inburgeraars: InburgeraarService) -> PipService:
    return PipService(inburgeraars.session)


@pytest.fixture
def inburgeraar(inburgeraars: InburgeraarService) -> Inburgeraar:
    return inburgeraars.save(valid_form())


def complete_inhoud(route: str = "B", advies: str = "B", **route_kw: object) -> PipInhoud:
    niveau = "" if route == "Z" else "B1"
    inhoud = PipInhoud(
        route=Routekeuze(
            leerroute=route,
            niveau=niveau,
            advies=advies,
            motivering="De leerbaarheidstoets wijst op B1.",
            waarom_niet_andere="Te oud voor de onderwijsroute; Z-route vraagt te weinig.",
        ),
        taalschakeltraject="Taalschakeltraject bij het ROC." if route == "O" else "",
        pvt=Pvt("Workshops over kernwaarden", 12),
        map=Map() if route == "O" else Map("Werkervaring bij de kringloop", 40),
    )
    return replace(inhoud, route=replace(inhoud.route, **route_kw))  # type: ignore[arg-type]
