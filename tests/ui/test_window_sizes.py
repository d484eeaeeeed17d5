"""Window sizes: never larger than the screen, and remembered per screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from ui import screen_fit


def test_a_size_is_bounded_by_the_screen_and_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen_fit.use_settings(tmp_path / "venster.ini")
    try:
        first = QDialog()
        first.setObjectName("proefvenster")
        qtbot.addWidget(first)
        room = screen_fit.available(first)
        given = screen_fit.fit_window(first, room.width() + 500, room.height() + 500)
        assert given.width() <= room.width() and given.height() <= room.height()
        first.show()
        first.resize(420, 310)
        first.hide()  # the officer closes it; the size is kept for this screen
        again = QDialog()
        again.setObjectName("proefvenster")
        qtbot.addWidget(again)
        screen_fit.fit_window(again, 900, 700)
        assert (again.width(), again.height()) == (420, 310)
        ini = (tmp_path / "venster.ini").read_text("utf-8")
        assert "proefvenster" in ini and "Reem" not in ini
    finally:
        screen_fit._settings_file = None
