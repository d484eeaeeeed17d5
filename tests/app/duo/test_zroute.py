# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""Z-route afronding: marked done on a laptop -> sync -> the gateway sends DUO's
`ResultaatZroute` (PUT /personen/{bsn}/zroute, contract-checked by the mock) -> DUO's answer back
as bevestigd / afgewezen. Bad dates change nothing; the CLI says so with exit 2."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
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


def test_zroute_afronding_goes_to_duo_once_and_comes_back_confirmed(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    service.zroute_gereed(client.id, "14-10-2026", today=date(2026, 11, 1))
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.VERZONDEN and m.omschrijving == "Afronding Z-route: 14-10-2026"

    laptop.sync()
    until(lambda: "/personen/{bsn}/zroute" in mock.persons[BSN].results)
    assert mock.persons[BSN].results["/personen/{bsn}/zroute"] == {
        "datumAfrondingZroute": "2026-10-14"
    }
    until(lambda: rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit WHERE soort = 'zroute_antwoord'"))
    laptop.sync()
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.BEVESTIGD
    assert m.antwoord.startswith("Afronding Z-route: door DUO geregistreerd op ")
    laptop.sync()
    time.sleep(1.0)
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_uitgaand WHERE soort = 'zroute'") == [
        (1,)
    ]


def test_zroute_for_a_person_duo_does_not_know_is_rejected_with_duos_reason(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    service.zroute_gereed(client.id, "01-10-2026", today=date(2026, 11, 1))
    laptop.sync()
    until(lambda: rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit"))
    laptop.sync()
    (m,) = service.for_inburgeraar(client.id)
    assert m.stand is Stand.AFGEWEZEN
    assert "DUO kent deze persoon niet voor deze gemeente" in m.antwoord


def test_bad_zroute_dates_change_nothing_and_the_cli_exits_2(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import run

    client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    service = DuoResultaatService(laptop.session)
    tomorrow = (date.today() + timedelta(days=1)).strftime("%d-%m-%Y")
    for bad, says in (
        ("31-02-2026", "bestaat niet"),
        ("morgen", "dd-mm-jjjj"),
        (tomorrow, "toekomst"),
        ("01-01-2024", "start van de plicht"),  # the plicht started 01-03-2025
    ):
        with pytest.raises(ValidationError) as wrong:
            service.zroute_gereed(client.id, bad)
        assert says in wrong.value.errors["datum"]
    assert service.for_inburgeraar(client.id) == []

    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    base = ["--data-dir", str(tmp_path / "laptop"), "--passphrase-file", str(pw), "duo"]
    assert run([*base, "melden", BSN, "--zroute", tomorrow]) == 2
    assert "toekomst" in capsys.readouterr().err
    assert run([*base, "melden", BSN, "--zroute", "01-10-2025", "--uren", "3"]) == 2
    capsys.readouterr()
    assert run([*base, "melden", BSN, "--zroute", "01-10-2025"]) == 0
    capsys.readouterr()
    assert run([*base, "meldingen", BSN, "--json"]) == 0
    (m,) = json.loads(capsys.readouterr().out)
    assert m["soort"] == "zroute" and m["omschrijving"] == "Afronding Z-route: 01-10-2025"


def test_the_rebuilt_melding_table_keeps_its_sync_triggers(laptop: Laptop, tmp_path: Path) -> None:
    """Migration 0171 rebuilds duo_melding; a mark made right after, before any sync, still
    reaches the outbox (the store remakes the sync triggers after migrating)."""
    from app.store import unlock

    conn = laptop.store.conn
    assert (
        conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'sync_%_duo_melding'"
        ).fetchone()[0]
        == 3
    )
    # as on a laptop that had 0161 only: 0171 runs again at the next opening
    conn.execute("DELETE FROM schema_migratie WHERE naam = '0171_duo_melding_soorten'")
    laptop.close()
    session = unlock(laptop.location, STORE_PASSPHRASE)
    try:
        c = session.store.conn
        assert (
            c.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE 'sync_%_duo_melding'"
            ).fetchone()[0]
            == 3
        )
        client = InburgeraarService(session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
        assert client.id
        DuoResultaatService(session).zroute_gereed(client.id, "01-10-2025")
        assert (
            c.execute(
                "SELECT count(*) FROM sync_uit WHERE tabel = 'duo_melding' AND op = 'insert'"
            ).fetchone()[0]
            == 1
        )
    finally:
        session.close()
    laptop.session = unlock(laptop.location, STORE_PASSPHRASE)  # the fixture closes it
