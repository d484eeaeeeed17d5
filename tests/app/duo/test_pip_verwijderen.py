# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""PIP bij DUO verwijderen: a PIP DUO registered, asked deleted by the officer on a laptop ->
sync -> the gateway sends DELETE /personen/{bsn}/PIP once (contract-checked by the mock) ->
DUO's answer back as bevestigd / afgewezen with DUO's reason. Refused on the laptop (nothing
stored) while DUO has no PIP, has set the termijn, or the deletion is on its way; the CLI exits
2 then."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.duo.resultaten import DuoResultaatService, Stand
from app.errors import ValidationError
from app.inburgeraars.service import InburgeraarService
from app.pip.model import Pvt
from app.pip.service import PipService
from app.security.roles import PermissionDeniedError, Role, acting_as
from tests.conftest import valid_form
from tests.support.duo.feiten import pulled_duo_fact
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows, until
from tests.support.laptops import STORE_PASSPHRASE, Laptop
from tests.support.pip import complete_inhoud

BSN = "999990019"
PLICHT = {"indicatorInburgeringsplicht": True, "begindatum": "2025-03-01"}


def _pip_registered_at_duo(laptop: Laptop, mock: MockDuo, duo_db: DuoDb) -> str:
    """A vastgestelde PIP sent to DUO and confirmed, the answer synced back; the client id."""
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    pips = PipService(laptop.session)
    inhoud = replace(
        complete_inhoud(), pvt=Pvt("Workshops over kernwaarden", 12, date(2025, 4, 20), True)
    )
    pip = pips.create(client.id, inhoud)
    pips.ter_ondertekening(str(pip.id))
    pips.vaststellen(str(pip.id), date(2025, 5, 1))
    laptop.sync()
    until(lambda: rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit WHERE soort = 'pip_antwoord'"))
    laptop.sync()
    assert mock.persons[BSN].pip is not None
    return client.id


def _local_fact(
    laptop: Laptop | InburgeraarService, client_id: str, soort: str, gegevens: dict[str, object]
) -> None:
    pulled_duo_fact(
        laptop.store, client_id, soort, gegevens, "Inburgeringstermijn van DUO (bron: DUO)"
    )


def test_a_registered_pip_is_deleted_at_duo_once_and_comes_back_confirmed(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN, plicht=PLICHT)
    client_id = _pip_registered_at_duo(laptop, mock, duo_db)
    service = DuoResultaatService(laptop.session)
    service.pip_verwijderen(client_id)
    (m,) = service.for_inburgeraar(client_id)
    assert m.stand is Stand.VERZONDEN and m.omschrijving == "PIP bij DUO verwijderen"
    with pytest.raises(ValidationError) as twice:  # on its way: not asked a second time
        service.pip_verwijderen(client_id)
    assert "al naar DUO verzonden" in twice.value.errors["pip"]

    laptop.sync()
    until(lambda: mock.persons[BSN].pip is None)
    until(
        lambda: rows(
            duo_db, "SELECT 1 FROM wegwijs.duo_feit WHERE soort = 'pip_verwijderen_antwoord'"
        )
    )
    laptop.sync()
    (m,) = service.for_inburgeraar(client_id)
    assert m.stand is Stand.BEVESTIGD
    assert m.antwoord.startswith("PIP verwijderen: door DUO geregistreerd op ")
    laptop.sync()
    time.sleep(1.0)
    assert rows(
        duo_db, "SELECT count(*) FROM wegwijs.duo_uitgaand WHERE soort = 'pip_verwijderen'"
    ) == [(1,)]
    deletes = [e for e in mock.exchanges if e.method == "DELETE"]
    assert len(deletes) == 1 and deletes[0].status == 200
    # DUO has no PIP any more: asking again is refused, nothing stored
    with pytest.raises(ValidationError) as gone:
        service.pip_verwijderen(client_id)
    assert "geen PIP" in gone.value.errors["pip"]
    assert len(service.for_inburgeraar(client_id)) == 1


def test_duos_refusal_of_the_deletion_comes_back_with_its_reason(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    """DUO set the termijn before the laptop heard of it: DUO refuses (403) and says why."""
    mock, _ = mock_duo
    mock.person(BSN, plicht=PLICHT)
    client_id = _pip_registered_at_duo(laptop, mock, duo_db)
    mock.persons[BSN].termijn = {"datumEindeInburgeringstermijn": "2028-03-01"}
    service = DuoResultaatService(laptop.session)
    service.pip_verwijderen(client_id)
    laptop.sync()
    until(
        lambda: rows(
            duo_db, "SELECT 1 FROM wegwijs.duo_feit WHERE soort = 'pip_verwijderen_antwoord'"
        )
    )
    laptop.sync()
    (m,) = service.for_inburgeraar(client_id)
    assert m.stand is Stand.AFGEWEZEN
    assert "De inburgeringstermijn is al vastgesteld." in m.antwoord
    assert mock.persons[BSN].pip is not None


def test_a_deletion_duo_does_not_allow_is_refused_and_the_cli_exits_2(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import run

    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    with pytest.raises(ValidationError) as none:
        service.pip_verwijderen(client.id)
    assert "geen PIP" in none.value.errors["pip"]
    # a PIP DUO rejected is not registered either
    _local_fact(laptop, client.id, "pip_antwoord", {"onderwerp_id": "p-0", "status": "afgewezen"})
    with pytest.raises(ValidationError):
        service.pip_verwijderen(client.id)
    _local_fact(laptop, client.id, "pip_antwoord", {"onderwerp_id": "p-1", "status": "bevestigd"})
    _local_fact(laptop, client.id, "termijn", {"laatste_dag": "2028-03-01"})
    with pytest.raises(ValidationError) as late:
        service.pip_verwijderen(client.id)
    assert "inburgeringstermijn al vastgesteld" in late.value.errors["pip"]
    assert service.for_inburgeraar(client.id) == []

    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    base = ["--data-dir", str(tmp_path / "laptop"), "--passphrase-file", str(pw), "duo"]
    assert run([*base, "melden", BSN, "--verwijder-pip"]) == 2
    err = capsys.readouterr().err
    assert "inburgeringstermijn al vastgesteld" in err and "Er is niets veranderd" in err
    assert run([*base, "melden", BSN, "--verwijder-pip", "--zroute", "01-10-2025"]) == 2
    assert "--verwijder-pip" in capsys.readouterr().err
    assert run([*base, "melden", "000000000", "--verwijder-pip"]) == 2
    capsys.readouterr()
    assert service.for_inburgeraar(client.id) == []


def test_pip_verwijderen_is_allowed_by_the_rebuilt_melding_table(laptop: Laptop) -> None:
    """Migration 0175 adds the soort to duo_melding's CHECK; an unknown soort is still refused."""
    import sqlcipher3

    conn = laptop.store.conn
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'duo_melding'"
    ).fetchone()[0]
    assert "'pip_verwijderen'" in sql
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    with pytest.raises(sqlcipher3.IntegrityError), laptop.store.transaction() as c:
        c.execute(
            "INSERT INTO duo_melding (id, created_at, updated_at, inburgeraar_id, soort,"
            " gemarkeerd_op) VALUES ('x', 'a', 'a', ?, 'iets_anders', 'a')",
            (client.id,),
        )


def test_whether_the_deletion_can_be_asked_now_is_said_with_its_reason(
    inburgeraars: InburgeraarService,
) -> None:
    """What the dialog asks before its "are you sure?": None when it can, else DUO's rule in
    Dutch; only for who may change the dossier, and it stores nothing."""
    client = inburgeraars.save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(inburgeraars.session)
    refusal = service.pip_verwijderen_refusal
    assert refusal("bestaat-niet") == "Deze inburgeraar bestaat niet (meer)."
    assert refusal(client.id) == "DUO heeft geen PIP van deze inburgeraar geregistreerd."
    _local_fact(
        inburgeraars, client.id, "pip_antwoord", {"onderwerp_id": "p-1", "status": "bevestigd"}
    )
    assert refusal(client.id) is None
    assert service.for_inburgeraar(client.id) == []  # asking stored nothing
    with (
        acting_as(inburgeraars.session, "coördinator", Role.COORDINATOR),
        pytest.raises(PermissionDeniedError),
    ):
        refusal(client.id)
    service.pip_verwijderen(client.id)
    assert "al naar DUO verzonden" in (refusal(client.id) or "")
    _local_fact(inburgeraars, client.id, "termijn", {"laatste_dag": "2028-03-01"})
    assert "inburgeringstermijn al vastgesteld" in (refusal(client.id) or "")
    assert len(service.for_inburgeraar(client.id)) == 1
