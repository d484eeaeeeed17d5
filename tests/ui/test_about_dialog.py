"""Help → Over Wegwijs shows the version, the icon and the licences of what ships."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.version import app_version
from db.connection import Store
from tests.ui.test_screens import save
from tests.ui.visible import usable_button
from ui.about_dialog import AboutDialog
from ui.help_dialog import HelpDialog, guide_text
from ui.icons import app_icon
from ui.main_window import MainWindow


def test_about_shows_version_and_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_label.text() == f"Versie {app_version()}"
    text = dialog.licences.toPlainText()
    for expected in ("ReportLab", "platformdirs", "MIT", "SQLCipher", "LGPL"):
        assert expected in text
    save(dialog, "about")
    assert dialog.version_label.isVisible() and dialog.licences.isVisible()
    usable_button(dialog, "Sluiten")


def test_f1_opens_the_guide_and_about_is_in_the_help_menu(
    qtbot, store: Store, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.menus["help"].actions() == [window.help_action, window.about_action]
    assert window.menus["help"].title() == "&Help"
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    (guide,) = [w for w in window.findChildren(HelpDialog) if w.isVisible()]
    text = guide.browser.toPlainText()
    assert "Gebruikershandleiding Wegwijs" in text and "Wijzigingen opslaan?" in text
    guide.done(0)
    window.about_action.trigger()
    dialogs = [w for w in window.findChildren(AboutDialog) if w.isVisible()]
    assert len(dialogs) == 1
    assert app_version() in dialogs[0].version_label.text()


def test_the_shipped_guide_is_the_one_in_docs() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "gebruikershandleiding.md"
    assert guide_text() == docs.read_text("utf-8"), (
        "copy docs/gebruikershandleiding.md to resources/help/"
    )


def test_app_icon_is_drawn_from_the_svg(qtbot) -> None:  # type: ignore[no-untyped-def]
    image = app_icon().pixmap(64, 64).toImage()
    assert not image.isNull()
    assert image.pixelColor(32, 32).alpha() > 0  # drawn in the middle
    assert image.pixelColor(0, 0).alpha() < image.pixelColor(32, 32).alpha()


def test_bad_central_defaults_are_reported_at_start(
    qtbot,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui import application

    bad = tmp_path / "wegwijs-defaults.json"
    bad.write_text('{"gemeentecode": 197}', "utf-8")
    monkeypatch.setenv("WEGWIJS_DEFAULTS", str(bad))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    problem = application.warn_about_defaults()
    assert problem is not None and "'gemeentecode' moet tekst zijn" in problem
    assert shown and "standaardinstellingen" in shown[0]
    monkeypatch.delenv("WEGWIJS_DEFAULTS")
    shown.clear()
    assert application.warn_about_defaults() is None and shown == []
