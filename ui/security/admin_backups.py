"""Beheer page "Back-ups": the folder for the automatic backups, a backup on demand, and restoring
one (verified first, in an op).

A mixin of `ui.security.admin_view.AdminView`; texts keep the context "security.admin_view".
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from app.changes import BackupsChanged
from app.errors import StoreError, user_message
from app.security import audit, backup
from app.security.roles import Permission, require
from app.settings import backup_folder, save_settings
from ui.i18n import app_text, translate
from ui.ops import Op, OpContext
from ui.security.admin_widgets import AdminPart, push_button


class BackupsPage(AdminPart):
    """The page "Back-ups" of Beheer."""

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(translate("security.admin_view", "Back-ups"))
        col = QVBoxLayout(box)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.folder_label)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(
            translate("security.admin_view", "Map voor automatische back-ups")
        )
        col.addWidget(self.folder_edit)
        row = QHBoxLayout()
        row.addWidget(
            push_button(translate("security.admin_view", "Map kiezen…"), self.choose_folder)
        )
        row.addWidget(
            push_button(
                translate("security.admin_view", "Nu back-up maken"), lambda: self.backup_now()
            )
        )
        row.addWidget(
            push_button(translate("security.admin_view", "Terugzetten…"), self.restore_from_file)
        )
        col.addLayout(row)
        return box

    def _refresh_backups(self) -> None:
        self.folder_label.setText(
            translate("security.admin_view", "Automatische back-ups (dagelijks 7, wekelijks 4) in:")
        )
        self.folder_edit.setText(str(backup_folder(self.data_dir)))  # a long path scrolls

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("security.admin_view", "Map voor back-ups"),
            str(backup_folder(self.data_dir)),
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        save_settings(self.session, replace(self.settings(), backup_map=str(folder)), "backup_map")
        self.refresh()

    def backup_now(self) -> Op[Path]:
        """A backup on demand (an op: the copy grows with the store)."""
        folder = backup_folder(self.data_dir)

        def done(path: Path) -> None:
            self.refresh()
            QMessageBox.information(
                self,
                translate("security.admin_view", "Back-up"),
                translate("security.admin_view", "Back-up gemaakt: {name}").format(name=path.name),
            )

        return (
            Op(self, lambda ctx: backup.make_backup(ctx.session, folder), session=self.session)
            .progress(translate("security.admin_view", "Back-up maken…"))
            .changes((BackupsChanged(),))
            .success(done)
            .run()
        )

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("security.admin_view", "Back-up terugzetten"),
            str(backup_folder(self.data_dir)),
            translate("security.admin_view", "Wegwijs (*.db)"),
        )
        if name:
            self.restore(Path(name), confirm=True)

    def restore(self, source: Path, confirm: bool = True) -> Op[None]:
        """Verify first in an op (the open store stays untouched if the backup is bad), then
        replace and ask for a restart. ``self.restored`` tells how it ended."""
        self.restored: bool | None = None
        key = self.session.key
        data_dir = self.data_dir

        def verify(ctx: OpContext) -> None:
            require(ctx.session, Permission.BACKUPS_BEHEREN)
            backup.verify_backup(source, key, data_dir)

        def refused(exc: BaseException) -> None:
            self.restored = False
            QMessageBox.warning(
                self, translate("security.admin_view", "Terugzetten"), app_text(user_message(exc))
            )

        return (
            Op(
                self,
                verify,
                session=self.session,
                title=translate("security.admin_view", "Terugzetten"),
            )
            .progress(
                translate("security.admin_view", "{name} controleren…").format(name=source.name)
            )
            .success(lambda _none: self._restore_verified(source, key, confirm))
            .failure(refused)
            .run()
        )

    def _restore_verified(self, source: Path, key: bytes | str, confirm: bool) -> None:
        self.restored = False
        if (
            confirm
            and QMessageBox.question(
                self,
                translate("security.admin_view", "Terugzetten"),
                translate(
                    "security.admin_view",
                    "{name} is gecontroleerd en in orde. Alles wat daarna is "
                    "ingevoerd gaat verloren (het huidige bestand wordt bewaard als "
                    "kopie). Terugzetten?",
                ).format(name=source.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        audit.audit(self.session, "teruggezet", "back-up", source.name)
        actor = self.session.actor
        self.session.close()
        try:
            kept = backup.restore(self.session.path, source, key, actor)
        except StoreError as exc:  # e.g. another Wegwijs still has the store open
            QMessageBox.warning(
                self,
                translate("security.admin_view", "Terugzetten"),
                translate("security.admin_view", "{exc} Wegwijs sluit nu.").format(
                    exc=app_text(str(exc))
                ),
            )
        else:
            self.restored = True
            QMessageBox.information(
                self,
                translate("security.admin_view", "Terugzetten"),
                translate(
                    "security.admin_view",
                    "Teruggezet. Het vorige bestand is bewaard als {name}. Wegwijs "
                    "sluit nu; start het opnieuw.",
                ).format(name=kept.name),
            )
        app = QApplication.instance()
        if app is not None:
            app.quit()
