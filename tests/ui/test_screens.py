"""Render the windows offscreen to PNG (tests/artifacts/) so people can look at them, and check
that what was rendered is not blank."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.clients.service import ClientService
from app.demo import seed_all
from ui.clients.client_dialog import ClientDialog
from ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def distinct_colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def save(widget, name: str) -> QImage:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    pixmap = widget.grab()
    pixmap.save(str(ARTIFACTS / f"{name}.png"))
    return pixmap.toImage()


def test_main_window_renders_with_demo_data(qtbot, clients: ClientService, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_all(clients.session)
    window = MainWindow(clients.session, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.table.selectRow(2)
    image = save(window, "main-window")
    assert image.width() == 1280
    assert distinct_colours(image) > 20


def test_client_dialog_renders_with_errors(qtbot, clients: ClientService) -> None:  # type: ignore[no-untyped-def]
    dialog = ClientDialog(clients)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    image = save(dialog, "client-dialog-errors")
    assert distinct_colours(image) > 5
