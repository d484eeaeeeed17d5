"""The waiting extension: the day the information was asked is a checked date field, and the
person stays in Termijnen and `deadlines` with "verlengd, wacht op informatie van … sinds …"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app.deadlines.engine import PipVerlenging, pip_deadline, wacht_tekst
from app.deadlines.service import TermijnService
from app.inburgeraars.service import InburgeraarService
from app.store import StoreLocation, unlock
from app.validation import ValidationError
from tests.app.cli.test_cli import cli
from tests.conftest import PASSPHRASE, valid_form
from ui.pip.deadlines_panel import DeadlinesPanel
from ui.pip.termijnen import TermijnenModel


@pytest.fixture
def person(inburgeraars: InburgeraarService) -> str:
    inburgeraar = inburgeraars.save(valid_form())  # melding DUO 01-03-2025
    assert inburgeraar.id
    return inburgeraar.id


def test_the_service_refuses_a_future_day_a_day_before_the_pip_and_a_reversed_pair(
    inburgeraars: InburgeraarService, person: str
) -> None:
    service = TermijnService(inburgeraars.session)
    cases = {
        date.today() + timedelta(days=1): "toekomst",
        date(2025, 2, 1): "voordat de PIP-termijn begon",
    }
    for gevraagd, words in cases.items():
        with pytest.raises(ValidationError) as exc:
            service.set_pip_verlenging(person, "Medisch advies", "GGD", None, gevraagd)
        assert words in exc.value.errors["gevraagd_op"]
        assert service.pip_verlenging(person) is None  # nothing changed
    with pytest.raises(ValidationError) as exc:
        service.set_pip_verlenging(
            person, "Medisch advies", "GGD", date(2025, 3, 20), date(2025, 4, 1)
        )
    assert "voordat ze is gevraagd" in exc.value.errors["gevraagd_op"]
    service.set_pip_verlenging(person, "Medisch advies", "GGD", None, date(2025, 4, 1))
    stored = service.pip_verlenging(person)
    assert stored is not None and stored.gevraagd_op == date(2025, 4, 1)


def test_the_overview_after_a_full_rebuild_still_says_since_when(
    inburgeraars: InburgeraarService, person: str
) -> None:
    service = TermijnService(inburgeraars.session)
    service.set_pip_verlenging(person, "Medisch advies", "GGD", None, date(2025, 4, 1))
    service.rebuild_all()  # reads every extension at once (it lost gevraagd_op before)
    rows = [r for r in service.overview(date(2025, 5, 1), 30) if r.inburgeraar_id == person]
    pip_row = next(r for r in rows if r.soort == "pip")
    assert pip_row.datum == date(2025, 5, 10)  # the ordinary date, never dropped
    model = TermijnenModel()
    model.set_rows([pip_row])
    shown = model.data(model.index(0, 6))
    assert shown == "verlengd, wacht op informatie van GGD sinds 01-04-2025"


derden = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda t: t.strip() == t and t)


@given(derden, st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_the_short_line_names_the_third_party_whatever_it_is_called(
    derde: str, gevraagd: date
) -> None:
    reasons = pip_deadline(
        date(2020, 1, 1), None, PipVerlenging("Reden (met haakjes)", derde, None, gevraagd)
    ).redenen
    line = wacht_tekst(" ".join(reasons))
    assert line == f"verlengd, wacht op informatie van {derde} sinds {gevraagd:%d-%m-%Y}"
    assert wacht_tekst(pip_deadline(date(2020, 1, 1), None).redenen[0]) == ""


def test_the_panel_has_a_date_field_defaulting_to_today_and_shows_errors(
    qtbot, inburgeraars: InburgeraarService, person: str
) -> None:  # type: ignore[no-untyped-def]
    panel = DeadlinesPanel(TermijnService(inburgeraars.session), person)
    qtbot.addWidget(panel)
    assert panel.gevraagd.text() == date.today().strftime("%d-%m-%Y")
    qtbot.keyClicks(panel.reden, "Medisch advies")
    qtbot.keyClicks(panel.derde, "GGD")
    panel.gevraagd.setText("31-04-2025")
    qtbot.mouseClick(panel.pip_button, Qt.MouseButton.LeftButton)
    assert "bestaat niet" in panel.pip_fields["gevraagd_op"].error.text()
    panel.gevraagd.setText((date.today() + timedelta(days=3)).strftime("%d-%m-%Y"))
    qtbot.mouseClick(panel.pip_button, Qt.MouseButton.LeftButton)
    assert "toekomst" in panel.pip_fields["gevraagd_op"].error.text()
    assert "wacht op informatie" not in panel.list.toPlainText()
    panel.gevraagd.setText("01-04-2025")
    qtbot.mouseClick(panel.pip_button, Qt.MouseButton.LeftButton)
    assert panel.pip_fields["gevraagd_op"].error.isHidden()
    assert "wacht op informatie van GGD sinds 01-04-2025" in panel.list.toPlainText()
    again = DeadlinesPanel(TermijnService(inburgeraars.session), person)  # reopened: filled in
    qtbot.addWidget(again)
    assert again.gevraagd.text() == "01-04-2025" and again.derde.text() == "GGD"


def test_deadlines_prints_the_waiting_line(data_dir: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    try:
        service = InburgeraarService(store)
        inburgeraar = service.save(valid_form())
        assert inburgeraar.id
        TermijnService(service.session).set_pip_verlenging(
            inburgeraar.id, "Medisch advies", "GGD", None, date(2025, 4, 1)
        )
    finally:
        store.close()
    capsys.readouterr()
    assert cli(data_dir, passphrase_file, "deadlines", "--within", "3650") == 0
    out = capsys.readouterr().out
    assert "verlengd, wacht op informatie van GGD sinds 01-04-2025" in out
