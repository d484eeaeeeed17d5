"""Start the GUI: unlock the store, then show the main window.

The passphrase dialog comes first, with light modules only; what signing in needs (the store,
keys, SQLCipher) and then the main window are imported on a thread while the user types
(ui/background_imports.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.defaults import load_defaults_or_builtin
from app.store_location import StoreLocation, default_data_dir
from ui.background_imports import start_up_imports
from ui.i18n import app_text, chosen_language, effective_language, install_language, translate
from ui.icons import app_icon
from ui.palette import apply_accessible_palette
from ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from app.session import Session


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Wegwijs")
    app.setOrganizationName("Wegwijs")
    # The version (importlib.metadata: ~0.1 s of imports) is set once the dialog is up.
    app.setWindowIcon(app_icon())
    apply_accessible_palette(app)
    install_dutch(app)
    return app


def install_dutch(app: QApplication) -> QTranslator | None:
    """Qt's own Dutch texts (qtbase_nl.qm ships with PySide6): standard buttons read Opslaan /
    Niet opslaan / Annuleren, and the file and print dialogs are Dutch. The app's own texts are
    written in Dutch already (Dutch is the source language)."""
    installed = install_language(app, "nl")
    return installed[0] if installed else None


def warn_about_defaults(parent: QWidget | None = None) -> str | None:
    """Tell the user (and so IT) when the central defaults file is unusable; it is then ignored."""
    _defaults, problem = load_defaults_or_builtin()
    if problem:
        QMessageBox.warning(
            parent,
            translate("application", "Gemeente-instellingen"),
            translate(
                "application",
                "{problem}\n\nWegwijs gebruikt nu de standaardinstellingen. Vraag "
                "de ICT-afdeling het bestand te verbeteren.",
            ).format(problem=app_text(str(problem))),
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
    location = StoreLocation(default_data_dir(data_dir))
    language = effective_language(chosen_language(location.data_dir))
    if language != "nl":
        install_language(app, language)
    warn_about_defaults()
    lock = instance_lock(location.data_dir)
    if lock is None:
        QMessageBox.warning(
            None,
            translate("application", "Wegwijs is al geopend"),
            translate(
                "application",
                "Wegwijs is op deze laptop al geopend met dit gegevensbestand. Gebruik dat venster "
                "(kijk op de taakbalk); twee vensters tegelijk zouden elkaars werk kunnen kruisen.",
            ),
        )
        return 1
    dialog = UnlockDialog(location)
    imports = dialog.imports = start_up_imports(dialog.creating)
    # Once the dialog is up (the first pass of its event loop), not while it is being shown.
    QTimer.singleShot(0, imports.start)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return 0
    session: Session = dialog.session
    imports.join()  # usually long done: typing a passphrase takes longer
    from app.version import app_version

    app.setApplicationVersion(app_version())
    from ui.heap import freeze_start_up_heap
    from ui.main_window import MainWindow

    freeze_start_up_heap()  # everything is imported: full collections stop walking it
    window = MainWindow(session, location.data_dir)
    window.show()
    try:
        return int(app.exec())
    finally:
        session.close()
        from ui.security.switch_user import close_sessions  # loaded with the main window

        close_sessions()  # of colleagues who signed in with Bestand → Ander account
        lock.unlock()
