"""The Qt half of ``wegwijs --self-test``: draw the real windows offscreen and check them.

Runs the steps of :mod:`app.selftest` followed by the steps below, in a temporary folder that is
removed afterwards, and returns 0 only when no step failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from app.selftest import Context, Step, StepSkipped, core_steps, exit_code, run_steps

MIN_COLOURS = 4  # a drawn window has text, lines and backgrounds; a blank one has one colour


def distinct_colours(image: object, step: int = 7) -> int:
    """How many different colours a grid of sample points shows (QImage in, count out)."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) >= 64:
                return len(seen)
    return len(seen)


def _check_drawn(widget: object, what: str) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.show()
    QApplication.processEvents()
    image = widget.grab().toImage()
    if image.isNull() or distinct_colours(image) < MIN_COLOURS:
        raise RuntimeError(f"{what} is leeg getekend")


def render_main_window(ctx: Context) -> str:
    from ui.main_window import MainWindow

    window = MainWindow(ctx.need_store(), ctx.workdir / "gegevens")
    try:
        window.resize(1100, 650)
        _check_drawn(window, "het hoofdvenster")
        rows = window.model.rowCount()
        if rows != 1:
            raise RuntimeError(f"de lijst toont {rows} inburgeraars in plaats van 1")
    finally:
        window.close()
        window.deleteLater()
    return "getekend, 1 inburgeraar in de lijst"


def render_unlock_dialog(ctx: Context) -> str:
    from app.store import StoreLocation
    from ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(StoreLocation(ctx.workdir / "nieuw"))
    try:
        _check_drawn(dialog, "het wachtwoordvenster")
    finally:
        dialog.close()
        dialog.deleteLater()
    return "getekend"


def render_about(_ctx: Context) -> str:
    from app.version import UNKNOWN, app_version
    from ui.about_dialog import AboutDialog
    from ui.icons import app_icon

    version = app_version()
    if version == UNKNOWN:
        raise RuntimeError("versienummer onbekend (pakketgegevens niet meegeleverd)")
    if app_icon().pixmap(64, 64).isNull():
        raise RuntimeError("het app-icoon laadt niet (SVG-ondersteuning van Qt ontbreekt?)")
    dialog = AboutDialog()
    try:
        _check_drawn(dialog, "'Over Wegwijs'")
        if version not in dialog.version_label.text():
            raise RuntimeError("het versienummer staat niet in 'Over Wegwijs'")
    finally:
        dialog.close()
        dialog.deleteLater()
    return f"versie {version}, {len(dialog.items)} onderdelen met licentie"


def load_fonts(_ctx: Context) -> str:
    from importlib import resources

    from PySide6.QtGui import QFontDatabase

    root = resources.files("resources") / "fonts"
    if not root.is_dir():
        raise StepSkipped("geen lettertypen meegeleverd in deze versie")
    files = [p for p in Path(str(root)).rglob("*") if p.suffix.lower() in (".ttf", ".otf", ".ttc")]
    if not files:
        raise StepSkipped("geen lettertypen meegeleverd in deze versie")
    families: set[str] = set()
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"lettertype {path.name} laadt niet")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return f"{len(files)} bestanden, families: {', '.join(sorted(families))}"


def qt_steps() -> list[Step]:
    return [
        Step("Lettertypen laden", load_fonts),
        Step("Wachtwoordvenster tekenen", render_unlock_dialog),
        Step("Hoofdvenster tekenen met de inburgeraar", render_main_window),
        Step("'Over Wegwijs' met versie, icoon en licenties", render_about),
    ]


def all_steps() -> list[Step]:
    core = core_steps()
    # Windows are drawn after the inburgeraar exists, before the PDF exports.
    return [*core[:4], *qt_steps(), *core[4:]]


def _output() -> TextIO:
    """stdout, or on a windowed Windows build (no console) a log file in the user's log folder."""
    if sys.stdout is not None:
        return sys.stdout
    import platformdirs

    folder = Path(platformdirs.user_log_dir("Wegwijs", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return (folder / "zelftest.txt").open("w", encoding="utf-8")


def main(steps: list[Step] | None = None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # also on a locked or headless machine
    from ui.application import make_app

    app = make_app()
    out = _output()
    with tempfile.TemporaryDirectory(prefix="wegwijs-zelftest-") as tmp:
        ctx = Context(Path(tmp))
        try:
            results = run_steps(steps if steps is not None else all_steps(), ctx, out)
        finally:
            if ctx.session is not None:
                ctx.session.close()
            app.processEvents()
    if out is not sys.stdout:
        out.close()
    return exit_code(results)
