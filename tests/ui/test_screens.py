"""Render the windows offscreen to PNG (tests/artifacts/) so people can look at them, and check
what an officer sees on them (tests/ui/visible.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.demo import seed_all
from app.inburgeraars.service import InburgeraarService
from tests.support.artifacts import artifact
from tests.ui.visible import assert_shows, usable_button
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.main_window import MainWindow


def save(widget, name: str) -> QImage:  # type: ignore[no-untyped-def]
    pixmap = widget.grab()
    pixmap.save(str(artifact(f"{name}.png")))
    return pixmap.toImage()


def test_main_window_renders_with_demo_data(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    seed_all(inburgeraars.session)
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.table.selectRow(2)
    image = save(window, "main-window")
    assert image.width() == 1280
    name = window.selected_name()
    assert name and window.model.rowCount() > 20
    # the list's columns, the selected person in the detail pane, every tab, the count
    assert_shows(window, "Naam", "Gemeente", "Status", f"<h2>{name}</h2>", "Persoon")
    assert_shows(window, "Inburgeraars", "Termijnen", "Sleutelpersonen", "Beheer")
    assert_shows(window, f"{window.service.total()} inburgeraars")
    usable_button(window, "Nieuwe inburgeraar")


def test_inburgeraar_dialog_renders_with_errors(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    dialog = InburgeraarDialog(inburgeraars)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    save(dialog, "client-dialog-errors")
    # the errors next to the fields, the count per tab and the summary; both buttons usable
    assert_shows(dialog, "Voornamen *", "Vul dit in.", "Kies een geslacht.")
    assert_shows(dialog, "Persoon – 5 te verbeteren", "Inburgering – 3 te verbeteren")
    assert_shows(dialog, "er is niets opgeslagen")
    usable_button(dialog, "Opslaan")
    usable_button(dialog, "Annuleren")
