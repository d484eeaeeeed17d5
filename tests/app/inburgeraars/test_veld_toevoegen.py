"""Adding a register field is one catalogue entry plus a migration: the app's side (form,
store, list rows, the CLI's JSON, the inzage, the sync conflict labels). The UI's side is in
tests/ui/inburgeraars/test_veld_toevoegen.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.inburgeraars.json_shape import form_from_json, inburgeraar_to_json
from app.inburgeraars.model import waarde
from app.inburgeraars.service import ListFilter
from app.security.inzage_inhoud import inzage_delen
from app.server.conflict_rows import field_label
from app.session import Session
from app.validation import ValidationError
from tests.app.cli.test_cli import cli
from tests.conftest import PASSPHRASE, TODAY, valid_form


def test_the_new_field_is_parsed_stored_and_read_back(session_met_huisarts: Session) -> None:
    service = session_met_huisarts.inburgeraars
    saved = service.save(valid_form(huisarts="  Dr.  Jansen, Almelo "), TODAY)
    assert saved.id is not None
    again = service.get(saved.id)
    assert again is not None and waarde(again, "huisarts") == "Dr. Jansen, Almelo"


def test_the_new_field_is_validated_like_the_others(session_met_huisarts: Session) -> None:
    service = session_met_huisarts.inburgeraars
    with pytest.raises(ValidationError) as err:
        service.save(valid_form(huisarts="=HYPERLINK(1)"), TODAY)
    assert set(err.value.errors) == {"huisarts"}
    assert service.total() == 0


def test_the_new_field_is_in_the_json_both_ways(session_met_huisarts: Session) -> None:
    service = session_met_huisarts.inburgeraars
    saved = service.save(valid_form(huisarts="Dr. Jansen"), TODAY)
    data = inburgeraar_to_json(saved)
    assert data["huisarts"] == "Dr. Jansen"
    form = form_from_json({k: v for k, v in data.items() if k not in ("id", "version")})
    assert form["huisarts"] == "Dr. Jansen"


def test_the_new_field_is_a_list_column_in_list_json(session_met_huisarts: Session) -> None:
    service = session_met_huisarts.inburgeraars
    service.save(valid_form(huisarts="Dr. Jansen"), TODAY)
    (row,) = service.page(ListFilter(), 0, 10)
    assert row.huisarts == "Dr. Jansen"
    assert row.as_json()["huisarts"] == "Dr. Jansen"


def test_the_cli_shows_the_new_field(
    session_met_huisarts: Session, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    service = session_met_huisarts.inburgeraars
    saved = service.save(valid_form(huisarts="Dr. Jansen", bsn="111222333"), TODAY)
    data_dir = session_met_huisarts.data_dir
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE)
    assert cli(data_dir, secret, "client", "show", str(saved.id)) == 0
    assert json.loads(capsys.readouterr().out)["huisarts"] == "Dr. Jansen"
    assert cli(data_dir, secret, "client", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["huisarts"] == "Dr. Jansen"


def test_the_inzage_and_the_conflicts_name_the_new_field(session_met_huisarts: Session) -> None:
    service = session_met_huisarts.inburgeraars
    saved = service.save(valid_form(huisarts="Dr. Jansen"), TODAY)
    assert saved.id is not None
    _naam, delen = inzage_delen(session_met_huisarts, saved.id)
    regels = [r for d in delen for b in d.blokken for r in b.regels]
    assert ("Naam van de huisarts", "Dr. Jansen") in regels
    assert field_label("inburgeraar", "huisarts") == "Naam van de huisarts"
