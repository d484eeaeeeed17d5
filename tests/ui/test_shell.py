"""The typed shell: parts install through it and get handles back (ui/shell.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY, valid_form
from tests.ui.search_helpers import type_search
from ui.main_window import MainWindow
from ui.pip import PipPart
from ui.stem import StemPart


def test_parts_register_tabs_and_actions_and_get_handles(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    pip = window.parts.need(PipPart)
    assert window.pip_action is pip.action and pip.action in window.menu("inburgeraar").actions()
    assert window.termijnen is pip.termijnen and window.tabs.indexOf(pip.termijnen) > 0
    assert window.parts.get(StemPart) is not None
    calls: list[str] = []
    index = window.add_tab(QLabel("nieuw"), "Nieuw deel")
    action = window.add_action(
        "Iets doen", lambda: calls.append("ja"), shortcut="Ctrl+Shift+Y", name="iets", toolbar=True
    )
    assert window.tabs.tabText(index) == "Nieuw deel"
    assert action in window.actions() and action in window.toolbar.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+Y"
    action.trigger()
    assert calls == ["ja"]


def test_open_inburgeraar_shows_a_person_a_search_hides(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    first = inburgeraars.save(valid_form(), TODAY)
    other = inburgeraars.save(
        valid_form(bsn="", v_nummer="", achternaam="Haddad", voornamen="Omar"), TODAY
    )
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    type_search(qtbot, window, "Tesfamariam")
    assert window.model.row_of(str(other.id)) < 0
    window.open_inburgeraar(str(other.id))
    assert window.current_inburgeraar() == other.id
    window.open_inburgeraar(str(first.id))
    assert window.current_inburgeraar() == first.id
