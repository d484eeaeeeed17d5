"""`wegwijs intake show`: progress and answers of one intake, as text or JSON."""

from __future__ import annotations

import json

from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.app.cli.test_cli import cli, ready  # noqa: F401  (fixture)
from tests.conftest import PASSPHRASE, valid_form
from tests.support.intake_data import COMPLETE


def test_intake_show_json_and_text(ready, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    d, pw = ready
    store = unlock(StoreLocation(d), PASSPHRASE)
    inburgeraar = InburgeraarService(store).save(valid_form())
    assert inburgeraar.id
    IntakeService(store).save_answers(inburgeraar.id, COMPLETE)
    IntakeService(store).save_answer(inburgeraar.id, "werk.ambitie", "")
    store.close()
    assert cli(d, pw, "intake", "show", "999990019", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["volledig"] is False
    assert data["ontbreekt"] == ["werk.ambitie"]
    assert data["antwoorden"]["lbt.resultaat"] == "B1-route haalbaar"
    assert {"id": "begeleiding", "status": "volledig"} in data["domeinen"]
    assert cli(d, pw, "intake", "show", "999990019") == 0
    out = capsys.readouterr().out
    assert "Nog nodig: 1" in out and "werk.ambitie" in out


def test_intake_show_unknown_inburgeraar(ready, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    d, pw = ready
    assert cli(d, pw, "intake", "show", "999999999") == 2
    assert "Geen inburgeraar gevonden" in capsys.readouterr().err
