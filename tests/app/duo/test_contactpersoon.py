# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""Changing and removing the contactpersoon at DUO: only one DUO confirmed (its number comes
with DUO's answer), sent once as PUT / DELETE /contactpersonen/{id} (contract-checked by the
mock DUO), DUO's answer back as bevestigd / afgewezen; bad input changes nothing. A confirmed
contactpersoon is linked to the inburgeraar once (POST /contactpersonen/{id}/personen/{bsn})."""

from __future__ import annotations

import time
from pathlib import Path

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
from tests.support.laptops import STORE_PASSPHRASE, Laptop

BSN = "999990019"


def _answers(db: DuoDb, soort: str) -> int:
    return len(rows(db, "SELECT 1 FROM wegwijs.duo_feit WHERE soort = %s", soort))


def test_a_confirmed_contactpersoon_is_changed_then_removed_at_duo(
    laptop: Laptop,
    duo_db: DuoDb,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    first = service.contactpersoon_gereed(
        client.id, "Anouk Jansen", "a.jansen@gemeente.nl", "0543 123456"
    )
    # not confirmed yet: nothing to change at DUO
    with pytest.raises(ValidationError) as early:
        service.contactpersoon_wijzigen(
            client.id, first, "Bram de Vries", "b@gemeente.nl", "0543 1"
        )
    assert "nog niet bevestigd" in early.value.errors["contactpersoon"]

    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_antwoord") == 1)
    laptop.sync()
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.BEVESTIGD and m.duo_id == 1

    # bad input: every field named, nothing marked
    with pytest.raises(ValidationError) as bad:
        service.contactpersoon_wijzigen(client.id, first, "R2D2", "geen-mail", "")
    assert set(bad.value.errors) == {"naam", "email", "telefoon"}
    with pytest.raises(ValidationError):
        service.contactpersoon_verwijderen(client.id, "bestaat-niet")
    assert len(service.for_inburgeraar(client.id)) == 1

    service.contactpersoon_wijzigen(
        client.id, first, "Bram de Vries", "b.devries@gemeente.nl", "0543 654321"
    )
    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_wijzigen_antwoord") == 1)
    assert mock.contactpersonen == [
        {"naam": "Bram de Vries", "email": "b.devries@gemeente.nl", "telefoonnummer": "0543654321"}
    ]

    # through the CLI: remove it; a second removal is refused with exit 2
    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    base = ["--data-dir", str(tmp_path / "laptop"), "--passphrase-file", str(pw), "duo"]
    from app.cli import run

    assert run([*base, "melden", BSN, "--verwijder-contactpersoon", first]) == 0
    capsys.readouterr()
    assert run([*base, "melden", BSN, "--verwijder-contactpersoon", first]) == 2
    assert "al bij DUO verwijderd" in capsys.readouterr().err
    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_verwijderen_antwoord") == 1)
    assert mock.contactpersonen == [{}]
    laptop.sync()
    marked = service.for_inburgeraar(client.id)
    assert [(m.soort, m.stand) for m in marked] == [
        ("contactpersoon", Stand.BEVESTIGD),
        ("contactpersoon_wijzigen", Stand.BEVESTIGD),
        ("contactpersoon_verwijderen", Stand.BEVESTIGD),
    ]
    assert marked[1].omschrijving == "Contactpersoon gewijzigd: Bram de Vries"
    assert marked[2].antwoord.startswith("Contactpersoon verwijderd: door DUO geregistreerd op")
    # each sent once
    laptop.sync()
    time.sleep(1.0)
    assert rows(duo_db, "SELECT soort, methode, pad FROM wegwijs.duo_uitgaand ORDER BY id") == [
        ("contactpersoon", "POST", "/contactpersonen"),
        ("contactpersoon_koppelen", "POST", f"/contactpersonen/1/personen/{BSN}"),
        ("contactpersoon_wijzigen", "PUT", "/contactpersonen/1"),
        ("contactpersoon_verwijderen", "DELETE", "/contactpersonen/1"),
    ]


def test_duo_refusing_a_change_shows_it_rejected(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    first = service.contactpersoon_gereed(client.id, "Anouk Jansen", "a@gemeente.nl", "0543 123456")
    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_antwoord") == 1)
    laptop.sync()
    mock.contactpersonen[0] = {}  # removed at DUO meanwhile (e.g. through DUO's portal)
    service.contactpersoon_wijzigen(
        client.id, first, "Bram de Vries", "b@gemeente.nl", "0543 654321"
    )
    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_wijzigen_antwoord") == 1)
    laptop.sync()
    assert service.for_inburgeraar(client.id)[1].stand is Stand.AFGEWEZEN


def test_a_confirmed_contactpersoon_is_linked_to_the_person_once(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    service.contactpersoon_gereed(client.id, "Anouk Jansen", "a@gemeente.nl", "0543 123456")
    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_koppelen_antwoord") == 1)
    assert mock.koppelingen == [(1, BSN)]
    assert mock.violations == []  # the request kept DUO's contract
    laptop.sync()
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.BEVESTIGD and m.duo_id == 1
    assert m.antwoord.startswith("Contactpersoon gekoppeld: door DUO geregistreerd op")
    assert m.antwoord.endswith("(bron: DUO)")
    # the gateway goes on: nothing is sent twice
    laptop.sync()
    time.sleep(1.0)
    assert mock.koppelingen == [(1, BSN)]
    assert rows(duo_db, "SELECT soort, status FROM wegwijs.duo_uitgaand ORDER BY id") == [
        ("contactpersoon", "bevestigd"),
        ("contactpersoon_koppelen", "bevestigd"),
    ]


def test_a_link_duo_refuses_shows_rejected_and_keeps_duos_number(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo  # DUO does not know this person: 404 on the link
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    service.contactpersoon_gereed(client.id, "Anouk Jansen", "a@gemeente.nl", "0543 123456")
    laptop.sync()
    until(lambda: _answers(duo_db, "contactpersoon_koppelen_antwoord") == 1)
    assert mock.koppelingen == []
    laptop.sync()
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.AFGEWEZEN and m.duo_id == 1  # still changeable / removable at DUO
    assert m.antwoord.startswith("Contactpersoon gekoppeld: ")
