"""Start the GUI: unlock the store, then show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.defaults import load_defaults_or_builtin
from app.session import Session
from app.settings import default_data_dir
from app.store import StoreLocation
from app.version import app_version
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.unlock_dialog import UnlockDialog


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Wegwijs")
    app.setOrganizationName("Wegwijs")
    app.setApplicationVersion(app_version())
    app.setWindowIcon(app_icon())
    return app


def warn_about_defaults(parent: QWidget | None = None) -> str | None:
    """Tell the user (and so IT) when the central defaults file is unusable; it is then ignored."""
    _defaults, problem = load_defaults_or_builtin()
    if problem:
        QMessageBox.warning(
            parent,
            "Gemeente-instellingen",
            f"{problem}\n\nWegwijs gebruikt nu de standaardinstellingen. "
            "Vraag de ICT-afdeling het bestand te verbeteren.",
        )
    return problem


LOCK_FILE = "wegwijs.lock"


def instance_lock(data_dir: Path) -> QLockFile | None:
    """One app per store: a lock file beside it (a stale lock of a crashed app is taken over).
    Returns None when another Wegwijs already has the store open."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # stale = its process is gone, however young the file
    return lock if lock.tryLock(200) else None


def run_gui(data_dir: str | Path | None = None) -> int:
    app = make_app()
    warn_about_defaults()
    location = StoreLocation(default_data_dir(data_dir))
    lock = instance_lock(location.data_dir)
    if lock is None:
        QMessageBox.warning(
            None,
            "Wegwijs is al geopend",
            "Wegwijs is op deze laptop al geopend met dit gegevensbestand. Gebruik dat venster "
            "(kijk op de taakbalk); twee vensters tegelijk zouden elkaars werk kunnen kruisen.",
        )
        return 1
    dialog = UnlockDialog(location)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return 0
    session: Session = dialog.session
    window = MainWindow(session, location.data_dir)
    window.show()
    try:
        return int(app.exec())
    finally:
        session.close()
        lock.unlock()
