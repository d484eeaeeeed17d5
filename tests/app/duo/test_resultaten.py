# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""Results the gemeente reports: gevolgde uren and the contactpersoon, marked done on a laptop →
sync → the gateway sends them to (mock) DUO, contract-checked → DUO's answer back on the laptop
as sent / confirmed / rejected."""

from __future__ import annotations

import time

import pytest

from app.duo.resultaten import DuoResultaatService, Stand
from app.errors import ValidationError
from app.inburgeraars.service import InburgeraarService
from tests.conftest import valid_form
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows, until
from tests.support.laptops import Laptop

BSN = "999990019"


def test_uren_and_contactpersoon_go_to_duo_once_and_come_back_confirmed(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    service.uren_gereed(client.id, "participatieactiviteiten", "120")
    service.contactpersoon_gereed(client.id, "Anouk Jansen", "a.jansen@gemeente.nl", "0543 123456")
    assert [m.stand for m in service.for_inburgeraar(client.id)] == [Stand.VERZONDEN] * 2

    laptop.sync()
    until(lambda: mock.contactpersonen and mock.persons[BSN].results)
    assert mock.persons[BSN].results["/personen/{bsn}/uren/participatieactiviteiten"] == {
        "uren": 120
    }
    assert mock.contactpersonen == [
        {"naam": "Anouk Jansen", "email": "a.jansen@gemeente.nl", "telefoonnummer": "0543123456"}
    ]
    # the two answers, and that of the contactpersoon's link to the person (sent after it)
    until(lambda: len(rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit")) == 3)
    laptop.sync()
    marked = service.for_inburgeraar(client.id)
    assert [m.stand for m in marked] == [Stand.BEVESTIGD] * 2
    assert marked[0].omschrijving == "Gevolgde uren participatieactiviteiten: 120"
    assert marked[0].antwoord.startswith("Gevolgde uren: door DUO geregistreerd op ")
    assert marked[1].antwoord.endswith("(bron: DUO)")
    # sent once, however often the sync and the scan run again
    laptop.sync()
    time.sleep(1.0)
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_uitgaand") == [(3,)]
    assert len(mock.contactpersonen) == 1 and mock.koppelingen == [(1, BSN)]


def test_uren_duo_refuses_show_as_rejected_with_duos_reason(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id  # DUO does not know this person (the mock has no such BSN)
    service = DuoResultaatService(laptop.session)
    service.uren_gereed(client.id, "bredeintake/taallesknm", 40)
    laptop.sync()
    until(lambda: rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit"))
    laptop.sync()
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.AFGEWEZEN
    assert "DUO kent deze persoon niet voor deze gemeente" in m.antwoord
    # and it stands in Termijnen until handled
    laptop.session.termijnen.sync()
    from datetime import date

    assert [r.soort for r in laptop.session.termijnen.overview(date(2099, 1, 1))].count(
        "duo_afwijzing"
    ) == 1


def test_bad_marks_change_nothing(laptop: Laptop) -> None:
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    with pytest.raises(ValidationError) as bad:
        service.uren_gereed(client.id, "iets", "10000")
    assert set(bad.value.errors) == {"soort", "uren"}
    with pytest.raises(ValidationError) as bad:
        service.contactpersoon_gereed(client.id, "R2D2", "geen-mail", "")
    assert set(bad.value.errors) == {"naam", "email", "telefoon"}
    assert service.for_inburgeraar(client.id) == []
