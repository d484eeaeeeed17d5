"""Views a role may not use say so plainly instead of crashing (real widgets, offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from app.demo import seed_all
from app.inburgeraars.service import InburgeraarService
from app.security.roles import Role
from tests.support.security import act_as
from tests.ui.test_screens import save
from ui.main_window import MainWindow
from ui.pdf.actions import open_pip


def _window(qtbot, inburgeraars: InburgeraarService, data_dir: Path, *roles: Role) -> MainWindow:  # type: ignore[no-untyped-def]
    seed_all(inburgeraars.session)
    act_as(inburgeraars.session, *roles)
    win = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(win)
    win.resize(1100, 650)
    win.show()
    return win


def _tab(win: MainWindow, title: str) -> int:
    return next(i for i in range(win.tabs.count()) if win.tabs.tabText(i) == title)


def test_coordinator_gets_a_message_for_the_intake_match_and_pip(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, inburgeraars, data_dir, Role.COORDINATOR)
    win.table.selectRow(0)
    assert win.intake.open(win.selected_id()) is None
    assert "geen toegang tot de intake" in win.statusBar().currentMessage()
    assert win.open_match() is None
    assert "klantmanager" in win.statusBar().currentMessage()
    assert open_pip(win) is None
    assert "geen toegang tot het afdrukken" in win.statusBar().currentMessage()
    assert not win.demo_action.isEnabled()
    view = win.sleutelpersonen
    assert view is not None and view.declaraties is not None  # the coordinator's own work


def test_klantmanager_reads_key_persons_but_not_the_claims(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, inburgeraars, data_dir, Role.KLANTMANAGER)
    view = win.sleutelpersonen
    assert view is not None and view.register.model.rowCount() > 0
    assert view.declaraties is None
    claims = view.widget(2)
    assert isinstance(claims, QLabel) and "coördinator" in claims.text()
    buttons = {b.text(): b for b in view.register.findChildren(QPushButton)}
    assert not buttons["Nieuwe sleutelpersoon"].isEnabled()
    assert not buttons["Importeren…"].isEnabled()
    win.tabs.setCurrentIndex(_tab(win, "Sleutelpersonen"))
    view.setCurrentIndex(2)
    save(win, "sleutelpersonen-klantmanager-declaraties")


def test_beheerder_alone_sees_a_plain_sleutelpersonen_tab(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, inburgeraars, data_dir, Role.BEHEERDER)
    assert win.sleutelpersonen is None
    index = _tab(win, "Sleutelpersonen")
    page = win.tabs.widget(index)
    assert isinstance(page, QLabel) and "geen toegang tot sleutelpersonen" in page.text()
    win.tabs.setCurrentIndex(index)
    save(win, "sleutelpersonen-beheerder")
