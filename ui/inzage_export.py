"""Inzage from the main window: everything stored about the selected newcomer, as a readable
PDF or as JSON, chosen by the file's extension.

The data is read on the GUI thread (a few ms: the store connection belongs to it); the PDF is
laid out and written in the background (~80 ms), and lands under its name only when complete.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import StoreError
from app.security.inzage_inhoud import verzamel
from app.security.inzage_pdf import FORMATS, build_inzage_pdf, inzage_bytes
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate
from ui.ops import run_in_background

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILTERS = QT_TRANSLATE_NOOP("tekst", "PDF, leesbaar (*.pdf);;JSON, voor systemen (*.json)")


def _ask(window: MainWindow) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(
        window,
        translate("inzage_export", "Inzage-export opslaan"),
        str(Path.home() / "inzage.pdf"),
        translate("tekst", FILTERS),
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() not in FORMATS:
        target = target.with_name(target.name + (".json" if "json" in chosen else ".pdf"))
    return target


def _write(target: Path, data: bytes) -> Path:
    partial = target.with_name(target.name + ".deel")
    partial.write_bytes(data)
    os.replace(partial, target)
    return target


def export_inzage(window: MainWindow, target: Path | None = None) -> Path | None:
    """Start the export; returns the file it is (being) written to, or None when refused."""
    inburgeraar_id = window.selected_id()
    name = window.selected_name()
    if inburgeraar_id is None:
        window.statusBar().showMessage(
            translate("inzage_export", "Kies eerst een inburgeraar in de lijst."), 4000
        )
        return None
    target = target or _ask(window)
    if target is None:
        return None

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            window,
            translate("inzage_export", "Inzage"),
            translate("inzage_export", "De export is niet gelukt: {exc}").format(
                exc=app_text(str(exc))
            ),
        )

    def done(path: Path) -> None:
        window.statusBar().showMessage(
            translate("inzage_export", "Inzage-export van {name} opgeslagen: {name2}").format(
                name=name, name2=path.name
            ),
            6000,
        )

    try:
        if target.suffix.lower() == ".pdf":
            found = verzamel(window.session, inburgeraar_id)
            final = target
            run_in_background(lambda: _write(final, build_inzage_pdf(found)), done, failed)
        else:
            done(_write(target, inzage_bytes(window.session, inburgeraar_id, target.suffix)))
    except (OSError, StoreError, ValueError) as exc:
        failed(exc)
        return None
    return target
