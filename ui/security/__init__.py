"""Security in the main window, installed with one call: Ctrl+L and auto-lock, automatic
backups, the Beheer tab for a beheerder, and role-aware menus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox
from shiboken6 import isValid

from app.changes import BackupsChanged
from app.errors import user_message
from app.security.backup import run_automatic
from app.security.roles import Permission, actor_of, may
from app.session import Session
from app.settings import backup_folder
from ui.i18n import translate
from ui.inzage_export import export_inzage
from ui.ops import Op, run_in_background
from ui.security.admin_view import AdminView
from ui.security.lock import AutoLock
from ui.security.password_dialog import PasswordDialog
from ui.security.roles_text import role_names
from ui.security.switch_user import switch_user as ander_account

if TYPE_CHECKING:
    from ui.main_window import MainWindow

BACKUP_EVERY_MS = 60 * 60 * 1000
FIRST_BACKUP_MS = 20 * 1000  # shortly after start, once the officer's first view is up


def _automatic_backup(session: Session, folder: Path) -> list[Any]:
    """The hourly backup itself, on the op's own connection (a seam for the tests)."""
    return run_automatic(session, folder)


def schedule_backups(window: MainWindow) -> QTimer:
    def say(text: str, ms: int) -> None:
        if isValid(window):  # the window may have closed while the backup ran
            window.statusBar().showMessage(text, ms)

    def run() -> None:
        # An op on its own connection, so the GUI thread's transactions never interleave.
        folder = backup_folder(window.session.data_dir)
        (
            Op(window, lambda ctx: _automatic_backup(ctx.session, folder), session=window.session)
            .changes(lambda made: (BackupsChanged(),) if made else ())
            .success(
                lambda made: say(
                    translate("security", "Automatische back-up gemaakt ({len}).").format(
                        len=len(made)
                    )
                    if made
                    else "",
                    4000,
                )
            )
            .failure(
                lambda exc: say(
                    translate("security", "Automatische back-up mislukt: {user_message}").format(
                        user_message=user_message(exc)
                    ),
                    10000,
                )
            )
            .run()
        )

    timer = QTimer(window)
    timer.setInterval(BACKUP_EVERY_MS)
    timer.timeout.connect(run)
    timer.start()
    QTimer.singleShot(FIRST_BACKUP_MS, window, run)
    return timer


INTEGRITY_DELAY_MS = 1500


def schedule_integrity_check(window: MainWindow) -> None:
    """A large store skipped the full integrity_check at sign-in (app.store): run it now on a
    connection of its own, and say so plainly if it finds damage. Nothing is ever overwritten."""
    session = window.session
    if session.integrity_checked:
        return

    def report(problems: list[str]) -> None:
        if not isValid(window):  # the window closed while the check ran
            return
        if not problems:
            session.mark_integrity_checked()
            window.statusBar().showMessage(
                translate("security", "Controle van het gegevensbestand: in orde."), 5000
            )
            return
        QMessageBox.critical(
            window,
            translate("security", "Gegevensbestand beschadigd"),
            translate(
                "security",
                "Bij de controle is schade in het gegevensbestand gevonden. Er is niets "
                "overschreven. Werk niet verder: zet via Beheer → Back-ups de nieuwste goede "
                "back-up terug, of vraag de beheerder dat te doen.",
            ),
        )

    def check() -> None:
        run_in_background(
            session.integrity_problems_in_worker,
            report,
            lambda exc: report([type(exc).__name__]),
        )

    QTimer.singleShot(INTEGRITY_DELAY_MS, window, check)


@dataclass
class SecurityParts:
    autolock: AutoLock
    lock_action: QAction
    backup_timer: QTimer
    admin_view: AdminView | None


def install_security(window: MainWindow) -> SecurityParts | None:
    session = window.session
    actor = actor_of(session)
    if actor is None:
        return None
    lock = AutoLock(window, window.data_dir, actor.naam, window.settings.autolock_minuten)
    action = QAction(translate("security", "Vergrendelen"), window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.triggered.connect(lock.lock)
    window.addAction(action)
    window.menus["bestand"].insertAction(window.quit_action, action)
    password = QAction(translate("security", "Wachtwoord wijzigen…"), window)
    password.triggered.connect(
        lambda: PasswordDialog(session, window.data_dir, actor.naam, window).open()
    )
    window.menus["bestand"].insertAction(window.quit_action, password)
    other = QAction(translate("security", "Ander account…"), window)
    other.setObjectName("ander_account")
    other.setStatusTip(translate("security", "Een collega meldt zich aan zonder dat Wegwijs sluit"))
    other.triggered.connect(lambda: ander_account(window))
    window.menus["bestand"].insertAction(window.quit_action, other)
    if may(session, Permission.DOSSIER_EXPORTEREN):
        inzage_action = QAction(translate("security", "Inzage-export (PDF of JSON)…"), window)
        inzage_action.triggered.connect(lambda: export_inzage(window))
        window.menus["inburgeraar"].addAction(inzage_action)
    who = QLabel(f"{actor.naam} ({role_names(actor.rollen)})")
    who.setObjectName("wie")
    window.statusBar().addPermanentWidget(who)
    for act, perm in (
        (window.new_action, Permission.DOSSIER_WIJZIGEN),
        (window.edit_action, Permission.DOSSIER_WIJZIGEN),
    ):
        act.setVisible(may(session, perm))
    window.backup_action.setVisible(may(session, Permission.BACKUPS_BEHEREN))
    admin = None
    if may(session, Permission.AUDIT_LEZEN):
        admin = AdminView(session, window.data_dir)
        admin.settings_saved.connect(lambda new: lock.set_minutes(new.autolock_minuten))
        window.tabs.addTab(admin, translate("security", "Beheer"))
    schedule_integrity_check(window)
    return SecurityParts(lock, action, schedule_backups(window), admin)
