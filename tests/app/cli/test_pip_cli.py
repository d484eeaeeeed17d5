"""wegwijs pip check / pip duo-json / deadlines."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService
from app.store import StoreLocation, unlock
from tests.app.cli.test_cli import cli
from tests.conftest import PASSPHRASE, valid_form
from tests.support.pip import complete_inhoud


@pytest.fixture
def dossier(data_dir: Path, passphrase_file: Path) -> tuple[Path, Path, str]:
    """A store with one person and a concept PIP at A2 (which DUO refuses on a first PIP)."""
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    try:
        inburgeraar = InburgeraarService(store).save(valid_form())
        assert inburgeraar.id
        PipService(store).create(inburgeraar.id, complete_inhoud(niveau="A2"))
    finally:
        store.close()
    return data_dir, passphrase_file, inburgeraar.id


def _fix(data_dir: Path, inburgeraar_id: str) -> None:
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    try:
        pips = PipService(store)
        pip = pips.current(inburgeraar_id)
        assert pip
        pip = pips.save(pip, complete_inhoud())
        pips.vaststellen(str(pip.id), date(2025, 5, 1))
    finally:
        store.close()


def test_check_fails_with_violations_then_passes(dossier, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, cid = dossier
    assert cli(d, pw, "pip", "check", "999990019", "--dagtekening", "01-02-2025") == 1
    out = capsys.readouterr().out
    assert "A2 bij de B1-route" in out and "inburgeringsplicht" in out
    assert cli(d, pw, "pip", "check", cid, "--dagtekening", "31-02-2025") == 2
    _fix(d, cid)
    assert cli(d, pw, "pip", "check", cid) == 0
    assert "Voldoet" in capsys.readouterr().out


def test_duo_json_refuses_a_failing_pip_and_writes_a_passing_one(dossier, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, cid = dossier
    out = tmp_path / "pip.json"
    assert cli(d, pw, "pip", "duo-json", cid, "--out", str(out)) == 1
    assert not out.exists()
    assert "geen vastgestelde" in capsys.readouterr().err
    _fix(d, cid)
    assert cli(d, pw, "pip", "duo-json", cid, "--out", str(out)) == 0
    message = json.loads(out.read_text("utf-8"))
    assert set(message) == {"gemeentecode", "pip"} and message["gemeentecode"] == "0294"
    assert message["pip"]["dagtekeningPip"] == "2025-05-01"
    assert message["pip"]["leerroute"] == "B" and "bsn" not in message["pip"]
    printed = capsys.readouterr().out
    assert "BSN: 999990019" in printed and "POST /personen/999990019/PIP" in printed
    assert cli(d, pw, "pip", "duo-json", cid, "--out", str(out)) == 2  # never overwrites


def test_deadlines_json(dossier, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, cid = dossier
    assert cli(d, pw, "deadlines", "--json", "--within", "30") == 0
    rows = json.loads(capsys.readouterr().out)
    pip_rows = [r for r in rows if r["inburgeraar_id"] == cid and r["soort"] == "pip"]
    assert pip_rows and pip_rows[0]["datum"] == "2025-05-10" and pip_rows[0]["te_laat"]
    _fix(d, cid)
    assert cli(d, pw, "deadlines", "--json", "--within", "3650") == 0
    soorten = {r["soort"] for r in json.loads(capsys.readouterr().out)}
    assert "pip" not in soorten and "inburgeringstermijn" in soorten
    assert cli(d, pw, "deadlines", "--within", "-1") == 2


def test_register_change_is_picked_up(dossier, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, cid = dossier
    later = (date.today() + timedelta(days=10)).strftime("%d-%m-%Y")
    store = unlock(StoreLocation(d), PASSPHRASE)
    try:
        service = InburgeraarService(store)
        inburgeraar = service.get(cid)
        assert inburgeraar
        form = valid_form(
            id=cid,
            version=inburgeraar.version,
            datum_melding_duo=later,
            datum_vestiging="01-01-2025",
        )
        service.save(form, today=date.today() + timedelta(days=20))
    finally:
        store.close()
    assert cli(d, pw, "deadlines", "--json", "--within", "100") == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["soort"] == "pip"]
    assert rows and rows[0]["dagen"] == 80
