"""The inzage action in the main window: PDF or JSON by the chosen file, wrong name refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY, valid_form
from tests.support.pdf import all_text
from ui.main_window import MainWindow
from ui.security import export_inzage


@pytest.fixture
def window(qtbot, inburgeraars: InburgeraarService, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    inburgeraars.save(valid_form(), TODAY)
    win = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(win)
    win.show()
    win.table.selectRow(0)
    return win


def test_pdf_by_extension(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    target = export_inzage(window, tmp_path / "inzage.pdf")
    blocked = time.perf_counter() - start
    assert target is not None
    # laid out and written in the background; the file is there a moment before the GUI
    # thread hears that it is done and says so
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "opgeslagen" in window.statusBar().currentMessage(), timeout=5000)
    assert not list(tmp_path.glob("*.deel"))
    text = all_text(target)
    assert "999990019" in text and "Inschrijving" in text
    # the time the GUI thread spent is measured in make bench (tests/bench), not asserted here
    print(f"inzage: GUI thread {blocked * 1000:.1f} ms")


def test_the_dialog_offers_pdf_and_json(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def fake(_parent, _title, _start, filters):  # type: ignore[no-untyped-def]
        offered.append(filters)
        return str(tmp_path / "zonder-extensie"), "JSON, voor systemen (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    target = export_inzage(window)
    assert "*.pdf" in offered[0] and "*.json" in offered[0]
    assert target == tmp_path / "zonder-extensie.json"
    assert target.read_text("utf-8").startswith("{")


def test_wrong_extension_is_refused(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: warnings.append(text))
    assert export_inzage(window, tmp_path / "inzage.txt") is None
    assert ".json of .pdf" in warnings[0]
    assert not (tmp_path / "inzage.txt").exists()
