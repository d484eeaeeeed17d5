"""The coördinator's register shows names, gemeente and status; no BSN, V-nummer or date of
birth, and a BSN typed in the search finds nobody (issue 12, item 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService, ListFilter
from app.security.roles import Role
from db.connection import Store
from tests.app.security.test_cli_security import _add_inburgeraar, cli, ready  # noqa: F401
from tests.conftest import TODAY, valid_form
from tests.support.security import act_as


def test_the_coordinator_sees_no_bsn_or_birth_date(store: Store) -> None:
    InburgeraarService(store).save(valid_form(), TODAY)
    act_as(store, Role.COORDINATOR)
    rows = InburgeraarService(store).page(ListFilter(), 0, 10)
    assert [(r.naam, r.bsn, r.v_nummer, r.geboortedatum) for r in rows] == [
        ("Selam Tesfamariam", "", "", "")
    ]
    assert InburgeraarService(store).page(ListFilter(text="999990019"), 0, 10) == []
    assert InburgeraarService(store).count(ListFilter(text="999990019")) == 0
    assert len(InburgeraarService(store).page(ListFilter(text="selam"), 0, 10)) == 1
    act_as(store, Role.KLANTMANAGER)
    row = InburgeraarService(store).page(ListFilter(text="999990019"), 0, 10)[0]
    assert (row.bsn, row.geboortedatum) == ("999990019", "1995-03-14")


def test_inburgeraar_list_of_the_coordinator_has_no_bsn(
    ready: tuple[Path, Path, Path],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d, pw, other = ready
    bsn = _add_inburgeraar(d, pw, tmp_path)
    args = ("user", "add", "pieter", "--rol", "coordinator", "--new-passphrase-file", str(other))
    assert cli(d, pw, *args) == 0
    capsys.readouterr()
    assert cli(d, other, "client", "list", user="pieter") == 0
    text = capsys.readouterr().out
    assert "Tesfamariam" in text and bsn not in text
    assert cli(d, other, "client", "list", "--json", user="pieter") == 0
    out = capsys.readouterr().out
    assert bsn not in out and "1995" not in out
    assert json.loads(out)[0]["bsn"] == ""
