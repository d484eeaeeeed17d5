# ruff: noqa: F811  (fixtures are imported by name from tests/support)
""" "Nieuw van DUO" end to end: a notification about a BSN the region does not hold -> the server
-> the klantmanagers of that gemeente by the sync -> one of them takes it in -> synced -> gone on
the colleague's laptop. Real PostgreSQL, the real gateway, the mock DUO from DUO's OpenAPI."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.duo.aanmeldingen import DuoAanmeldingError, DuoAanmeldingService
from app.server.cluster import Cluster
from app.validation import ValidationError
from tests.app.duo.test_notifications import DOELGROEP, PLICHT, _wait
from tests.conftest import valid_form
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
    notify,
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows
from tests.support.duo.pki import Pki
from tests.support.laptops import Laptop, Server

BSN = "999990020"
ANDERE_GEMEENTE = "0294"


def _notify(gateway: RunningGateway, pki: Pki, db: DuoDb, code: str, bericht_id: str) -> None:
    body = {"registratieDatumTijd": "2026-02-01T09:30:00+01:00", "gebeurtenisId": code, "bsn": BSN}
    assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
    assert _wait(db, bericht_id) == "verwerkt"


def _server_sees(server: Server, user: str) -> list[Any]:
    """What this account may read of aanmeldingen at the server itself (its role, RLS)."""
    with server.connect_as(user) as conn:
        return list(
            conn.execute(
                "SELECT row_id, veld FROM wegwijs.sync_field WHERE tabel = 'duo_aanmelding'"
            ).fetchall()
        )


@pytest.fixture
def region(pg_cluster: Cluster, pg_database: str, duo_db: DuoDb, tmp_path: Path) -> Any:
    server = Server(pg_cluster, pg_database)
    server.add_user("km.a", gemeente=GEMEENTE)
    server.add_user("km.b", gemeente=GEMEENTE)
    server.add_user("km.elders", gemeente=ANDERE_GEMEENTE)
    server.add_user("coord", gemeente=GEMEENTE, rol="coordinator")
    laptops = {
        name: Laptop(tmp_path / name, server, name) for name in ("km.a", "km.b", "km.elders")
    }
    yield server, laptops
    for lap in laptops.values():
        lap.close()


def test_new_person_from_duo_is_taken_in_once_and_leaves_every_list(
    region: Any, duo_db: DuoDb, gateway: RunningGateway, pki: Pki, mock_duo: tuple[MockDuo, str]
) -> None:
    server, laptops = region
    a, b, elders = laptops["km.a"], laptops["km.b"], laptops["km.elders"]
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    first = str(uuid.uuid4())
    _notify(gateway, pki, duo_db, "SS101", first)
    # the same notification again, and a later event about the same person: one aanmelding
    assert (
        notify(
            gateway,
            pki,
            {
                "registratieDatumTijd": "2026-02-01T09:30:00+01:00",
                "gebeurtenisId": "SS101",
                "bsn": BSN,
            },
            bericht_id=first,
        ).status_code
        == 201
    )
    _notify(gateway, pki, duo_db, "SS139", str(uuid.uuid4()))
    assert rows(duo_db, "SELECT count(*), min(status) FROM wegwijs.duo_aanmelding") == [(1, "open")]

    for lap in (a, b, elders):
        lap.sync()
    on_a = DuoAanmeldingService(a.session).lijst()
    assert len(on_a) == 1
    entry = on_a[0]
    assert entry.bsn == BSN and entry.gebeurtenis_id == "SS139"
    assert entry.plicht_tekst == "inburgeringsplichtig sinds 10-01-2026"
    assert entry.doelgroep_tekst == "Asielstatushouder"
    assert entry.registratie is not None and entry.registratie.isoformat() == "2026-02-01"
    assert [x.id for x in DuoAanmeldingService(b.session).lijst()] == [entry.id]
    # another gemeente's klantmanager and the coördinator never receive it: not on the laptop,
    # and not when they ask the server with their own role
    assert DuoAanmeldingService(elders.session).lijst() == []
    assert _server_sees(server, "km.elders") == []
    assert _server_sees(server, "coord") == []
    assert _server_sees(server, "km.a")
    with server.connect_as("km.elders") as conn:
        answer = conn.execute(
            "SELECT wegwijs.duo_aanmelding_afhandelen(%s, 'opnemen', '')", (entry.id,)
        ).fetchone()
        assert answer is not None and answer[0] == {"status": "onbekend"}
    with server.connect_as("coord") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT wegwijs.duo_aanmelding_afhandelen(%s, 'opnemen', '')", (entry.id,))

    # A takes it in: the register dialog's values come prefilled from DUO
    service_a = DuoAanmeldingService(a.session)
    claimed = service_a.opnemen_starten(entry.id)
    form = service_a.formulier(claimed)
    assert form["bsn"] == BSN and form["datum_start_plicht"] == "10-01-2026"
    assert form["datum_melding_duo"] == "12-01-2026" and form["indeling"] == "Asielstatushouder"
    values = valid_form(v_nummer="", **{k: v for k, v in form.items() if v})
    with pytest.raises(ValidationError) as wrong:
        service_a.opnemen(claimed, {**values, "bsn": "999990019"})
    assert "komt van DUO" in wrong.value.errors["bsn"]
    dossier = service_a.opnemen(claimed, values)
    assert DuoAanmeldingService(a.session).lijst() == []

    # B, who has not synced yet, tries too: a clear answer, nothing created
    with pytest.raises(DuoAanmeldingError) as late:
        DuoAanmeldingService(b.session).opnemen_starten(entry.id)
    assert "wordt al in het register opgenomen door km.a op " in str(late.value)
    assert b.store.conn.execute("SELECT count(*) FROM inburgeraar").fetchone()[0] == 0
    # until A's dossier reaches the server, B's list says who has it
    b.sync()
    (waiting,) = DuoAanmeldingService(b.session).lijst()
    assert waiting.in_behandeling_door == "km.a"

    a.sync()
    history = a.store.conn.execute(
        "SELECT soort, omschrijving FROM duo_feit WHERE inburgeraar_id = ? ORDER BY vastgelegd_op",
        (dossier.id,),
    ).fetchall()
    soorten = [s for s, _ in history]
    assert {"gebeurtenis", "aanmelding", "plicht", "doelgroep", "opgenomen"} <= set(soorten)
    assert all(text.endswith("(bron: DUO)") for _, text in history)
    assert rows(duo_db, "SELECT status, door, dossier_id FROM wegwijs.duo_aanmelding") == [
        ("opgenomen", "km.a", dossier.id)
    ]
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_feit WHERE dossier_id IS NULL") == [(0,)]

    # B syncs: the dossier arrives with DUO's history, the list stays empty; nothing doubled
    b.sync()
    assert DuoAanmeldingService(b.session).lijst() == []
    assert b.store.conn.execute("SELECT count(*) FROM duo_aanmelding").fetchone()[0] == 0
    assert b.store.conn.execute(
        "SELECT count(*) FROM duo_feit WHERE inburgeraar_id = ?", (dossier.id,)
    ).fetchone()[0] == len(history)
    elders.sync()
    assert elders.store.conn.execute("SELECT count(*) FROM duo_feit").fetchone()[0] == 0
    # a repeat of the first notification now changes nothing
    assert (
        notify(
            gateway,
            pki,
            {
                "registratieDatumTijd": "2026-02-01T09:30:00+01:00",
                "gebeurtenisId": "SS101",
                "bsn": BSN,
            },
            bericht_id=first,
        ).status_code
        == 201
    )
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_aanmelding") == [(1,)]


def test_niet_voor_ons_needs_a_reason_and_removes_it_everywhere(
    region: Any,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, laptops = region
    a, b = laptops["km.a"], laptops["km.b"]
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    _notify(gateway, pki, duo_db, "SS120", str(uuid.uuid4()))
    a.sync()
    b.sync()
    (entry,) = DuoAanmeldingService(a.session).lijst()
    for bad in ("", "   ", "x" * 501):
        with pytest.raises(ValidationError):
            DuoAanmeldingService(a.session).niet_voor_ons(entry.id, bad)
    assert rows(duo_db, "SELECT status FROM wegwijs.duo_aanmelding") == [("open",)]
    DuoAanmeldingService(a.session).niet_voor_ons(entry.id, "Woont in Oost Gelre, niet bij ons")
    assert DuoAanmeldingService(a.session).lijst() == []
    assert rows(duo_db, "SELECT status, door, reden FROM wegwijs.duo_aanmelding") == [
        ("niet_voor_ons", "km.a", "Woont in Oost Gelre, niet bij ons")
    ]
    # B, not synced yet, tries the same through the CLI: told who was first (exit 1)
    from app.cli import run
    from tests.support.laptops import STORE_PASSPHRASE

    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    cli_b = ["--data-dir", str(tmp_path / "km.b"), "--passphrase-file", str(pw), "duo"]
    assert run([*cli_b, "niet-voor-ons", entry.id, "--reden", "Ook niet"]) == 1
    assert "al afgehandeld door km.a" in capsys.readouterr().err
    b.sync()
    assert DuoAanmeldingService(b.session).lijst() == []
    # a laptop cannot write an aanmelding itself: the server refuses the push
    with server.connect_as("km.b") as conn:
        result = conn.execute(
            "SELECT wegwijs.sync_push(%s, %s::jsonb)",
            (
                str(uuid.uuid4()),
                json.dumps(
                    [
                        {
                            "id": str(uuid.uuid4()),
                            "tabel": "duo_aanmelding",
                            "rij": entry.id,
                            "op": "set",
                            "veld": "bsn",
                            "waarde": "1",
                        }
                    ]
                ),
            ),
        ).fetchone()
        assert result is not None and result[0][0]["status"] in ("geweigerd", "vervallen")


def test_cli_lists_and_sets_aside_with_exit_2_on_bad_input(
    laptop: Laptop,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli import run
    from tests.support.laptops import STORE_PASSPHRASE

    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    _notify(gateway, pki, duo_db, "SS128", str(uuid.uuid4()))
    laptop.sync()
    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    base = ["--data-dir", str(tmp_path / "laptop"), "--passphrase-file", str(pw), "duo"]
    assert run([*base, "nieuw", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["bsn"] == BSN and entry["gebeurtenis"] == "SS128"
    assert entry["plicht"] == "inburgeringsplichtig sinds 10-01-2026"
    assert run([*base, "niet-voor-ons", entry["id"], "--reden", "  "]) == 2
    assert "Geef een reden op" in capsys.readouterr().err
    assert run([*base, "niet-voor-ons", "bestaat-niet", "--reden", "x"]) == 2
    assert "niets veranderd" in capsys.readouterr().err
    assert rows(duo_db, "SELECT status FROM wegwijs.duo_aanmelding") == [("open",)]
    assert run([*base, "niet-voor-ons", entry["id"], "--reden", "Verhuisd naar Lochem"]) == 0
    assert rows(duo_db, "SELECT status, reden FROM wegwijs.duo_aanmelding") == [
        ("niet_voor_ons", "Verhuisd naar Lochem")
    ]
    assert run([*base, "nieuw"]) == 0
    assert "geen nieuwe meldingen" in capsys.readouterr().out
