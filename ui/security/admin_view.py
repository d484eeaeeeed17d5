"""Beheer tab (beheerder): audit trail check, backups, retention and accounts.

Shows no dossier contents: retention candidates are listed by id, municipality and dates.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import reference
from app.changes import BackupsChanged, InburgeraarRemoved, RegisterChanged
from app.errors import StoreError, user_message
from app.security import audit, backup
from app.security.inzage_labels import lokale_tijd
from app.security.roles import Permission, require
from app.session import Session
from app.settings import Settings, backup_folder, save_settings, settings_path
from ui.i18n import app_text, translate
from ui.ops import Op, OpContext, run_in_background
from ui.plural import plural_suffix
from ui.security.account_dialog import AccountDialog
from ui.security.accounts_box import AccountsPage
from ui.security.rows_model import KEY_ROLE, Cells, RowsModel
from ui.security.taal_box import TaalBox


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)
    return table


def actie_tekst(actie: str) -> str:
    """An audit action as the beheerder reads it: "status pip_concept" → "status: PIP concept"."""
    if actie.startswith("status "):
        code = actie.removeprefix("status ")
        return f"status: {reference.STATUSSEN.get(code, code)}"
    return actie


def _button(text: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


class AdminView(QWidget):
    settings_saved = Signal(object)  # the new Settings
    retention_loaded = Signal(int)  # how many dossiers are past the retention period

    def __init__(self, session: Session, data_dir: Path, today: date | None = None) -> None:
        super().__init__()
        self.session = session
        self.data_dir = data_dir
        self.today = today or date.today()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._audit_box(), 3)
        self.left = left  # other parts add their section here (add_section)
        layout.addLayout(left, 1)
        # One subject per page: on a 1366×768 laptop four boxes on top of each other cut text off.
        self.pages = QTabWidget()
        self.pages.setObjectName("beheer_paginas")
        settings = QWidget()
        col = QVBoxLayout(settings)
        col.addWidget(self._settings_box())
        self.taal_box = TaalBox(data_dir)
        col.addWidget(self.taal_box)
        col.addStretch(1)
        self.pages.addTab(settings, translate("security.admin_view", "Instellingen"))
        self.pages.addTab(self._backup_box(), translate("security.admin_view", "Back-ups"))
        self.pages.addTab(self._retention_box(), translate("security.admin_view", "Bewaartermijn"))
        self.accounts_page = AccountsPage(session, data_dir)
        self.pages.addTab(self.accounts_page, translate("security.admin_view", "Accounts"))
        layout.addWidget(self.pages, 1)  # half: the five page tabs fit without scroll arrows
        # The retention list scans every dossier: build it when the tab is first shown.
        self._loaded = False
        self._retention_request = 0
        self.retention_busy = False

    def add_section(self, box: QWidget) -> None:
        """A part's own Beheer section (e.g. "Regionale server", ui/sync/): a page of its own,
        titled as its group box."""
        title = box.title() if isinstance(box, QGroupBox) else box.windowTitle()
        self.pages.addTab(box, title or box.objectName())

    # --- building -------------------------------------------------------------------------
    def _audit_box(self) -> QGroupBox:
        box = QGroupBox(translate("security.admin_view", "Audittrail"))
        col = QVBoxLayout(box)
        self.audit_result = QLabel()
        self.audit_result.setWordWrap(True)
        self.verify_button = _button(
            translate("security.admin_view", "Controleer de audittrail"),
            lambda: self.verify_audit(),
        )
        col.addWidget(self.verify_button)
        col.addWidget(self.audit_result)
        self.audit_model = RowsModel(
            [
                translate("security.admin_view", "Nr"),
                translate("security.admin_view", "Tijd"),
                translate("security.admin_view", "Account"),
                translate("security.admin_view", "Actie"),
                translate("security.admin_view", "Object"),
                translate("security.admin_view", "Uitkomst"),
                translate("security.admin_view", "Herkomst"),
            ]
        )
        self.audit_table = _table(self.audit_model, "audit")
        col.addWidget(self.audit_table, 1)
        return box

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(translate("security.admin_view", "Instellingen"))
        form = QFormLayout(box)
        current = self.settings()
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 60)
        self.autolock.setSuffix(translate("security.admin_view", " min"))
        self.autolock.setValue(current.autolock_minuten)
        self.autolock.setAccessibleName(translate("security.admin_view", "Vergrendelen na"))
        form.addRow(translate("security.admin_view", "Vergrendelen na"), self.autolock)
        self.jaren = QSpinBox()
        self.jaren.setRange(1, 30)
        plural_suffix(self.jaren, lambda n: translate("security.admin_view", " jaar", None, n))
        self.jaren.setValue(current.bewaartermijn_jaren)
        self.jaren.setAccessibleName(
            translate("security.admin_view", "Bewaartermijn na einde plicht")
        )
        form.addRow(translate("security.admin_view", "Bewaren na einde plicht"), self.jaren)
        # Regional figures the law does not fix (advice, PIP editor and deadlines use them).
        self.max_leeftijd = QSpinBox()
        self.max_leeftijd.setRange(16, 40)
        plural_suffix(
            self.max_leeftijd, lambda n: translate("security.admin_view", " jaar", None, n)
        )
        self.max_leeftijd.setValue(current.onderwijsroute_max_leeftijd)
        self.max_leeftijd.setAccessibleName(
            translate("security.admin_view", "Onderwijsroute tot en met leeftijd")
        )
        form.addRow(translate("security.admin_view", "Onderwijsroute tot"), self.max_leeftijd)
        self.routewissel = QSpinBox()
        self.routewissel.setRange(1, 36)
        plural_suffix(
            self.routewissel, lambda n: translate("security.admin_view", " maanden", None, n)
        )
        self.routewissel.setValue(current.routewissel_maanden)
        self.routewissel.setAccessibleName(translate("security.admin_view", "Routewissel binnen"))
        form.addRow(translate("security.admin_view", "Routewissel binnen"), self.routewissel)
        form.addRow(_button(translate("security.admin_view", "Opslaan"), self.save_settings))
        form.addRow(_button(self.tr("Briefhoofd per gemeente…"), self.open_briefhoofd))
        return box

    def open_briefhoofd(self) -> None:
        from ui.regio.briefhoofd_dialog import BriefhoofdDialog

        BriefhoofdDialog(self.session, self.settings().standaard_gemeentecode, self).exec()

    def save_settings(self) -> None:
        new = replace(
            self.settings(),
            autolock_minuten=self.autolock.value(),
            bewaartermijn_jaren=self.jaren.value(),
            onderwijsroute_max_leeftijd=self.max_leeftijd.value(),
            routewissel_maanden=self.routewissel.value(),
        )
        save_settings(self.session, new, "autolock/bewaartermijn/regio")
        self.settings_saved.emit(new)
        self.refresh()

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
        row.addWidget(_button(translate("security.admin_view", "Map kiezen…"), self.choose_folder))
        row.addWidget(
            _button(translate("security.admin_view", "Nu back-up maken"), lambda: self.backup_now())
        )
        row.addWidget(
            _button(translate("security.admin_view", "Terugzetten…"), self.restore_from_file)
        )
        col.addLayout(row)
        return box

    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(translate("security.admin_view", "Bewaartermijn verstreken"))
        col = QVBoxLayout(box)
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        # as tall as its text needs; the table below gives way (it scrolls)
        self.retention_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        col.addWidget(self.retention_label)
        self.retention_model = RowsModel(
            [
                translate("security.admin_view", "Dossier"),
                translate("security.admin_view", "Gemeente"),
                translate("security.admin_view", "Einde plicht"),
                translate("security.admin_view", "Verwijderen vanaf"),
            ]
        )
        self.retention_table = _table(self.retention_model, "bewaartermijn")
        self.retention_table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        col.addWidget(self.retention_table, 1)
        col.addWidget(
            _button(
                translate("security.admin_view", "Gekozen dossiers definitief verwijderen…"),
                lambda: self.delete_selected(),
            )
        )
        return box

    # --- behaviour ------------------------------------------------------------------------
    def settings(self) -> Settings:
        return Settings.load(settings_path(self.data_dir))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        lines = audit.recent(self.session, 300)
        self.audit_model.set_rows(
            [
                (
                    str(r["volgnummer"]),
                    [
                        str(r["volgnummer"]),
                        lokale_tijd(str(r["tijdstip"])),  # dd-mm-jjjj hh:mm, Dutch local time
                        str(r["actor"]),
                        actie_tekst(str(r["actie"])),
                        f"{r['object_type']} {str(r['object_id'])[:8]}",
                        str(r["resultaat"]),
                        str(r["herkomst"]),
                    ],
                )
                for r in lines
            ]
        )
        self.folder_label.setText(
            translate("security.admin_view", "Automatische back-ups (dagelijks 7, wekelijks 4) in:")
        )
        self.folder_edit.setText(str(backup_folder(self.data_dir)))  # a long path scrolls
        self._load_retention()
        self.accounts_page.refresh()

    def _load_retention(self) -> None:
        """The retention list scans every dossier (7 s at 1,000,000): on a worker with its own
        connection; the newest request wins."""
        jaren = self.settings().bewaartermijn_jaren
        session, today = self.session, self.today
        self._retention_request += 1
        request = self._retention_request
        self.retention_busy = True
        self.retention_label.setText(
            translate("security.admin_view", "Dossiers na de bewaartermijn worden gezocht…")
        )

        def scan() -> list[Cells]:
            """The rows as the table shows them, formatted here (100,000 rows take seconds):
            the GUI thread only swaps the list in. Tuples of strings, so the garbage collector
            stops tracking them (docs/performance.md, the GUI-thread rule)."""
            with session.worker_session() as own:  # no checkpoint: it would hold off writes
                return [
                    (
                        c.id,
                        (
                            c.id[:8],
                            c.gemeentecode,
                            f"{c.einde_plicht:%d-%m-%Y}",
                            f"{c.verwijderen_vanaf:%d-%m-%Y}",
                        ),
                    )
                    for c in own.retention.candidates(today, jaren)
                ]

        def done(rows: list[Cells]) -> None:
            if isValid(self) and request == self._retention_request:
                self._show_retention(rows, jaren)

        def failed(exc: BaseException) -> None:
            if isValid(self) and request == self._retention_request:
                self.retention_busy = False
                self.retention_label.setText(
                    translate(
                        "security.admin_view", "De lijst kon niet worden gemaakt. Probeer opnieuw."
                    )
                )

        run_in_background(scan, done, failed)

    def _show_retention(self, rows: list[Cells], jaren: int) -> None:
        self.retention_label.setText(
            translate(
                "security.admin_view",
                "{aantal} waarvan de inburgeringsplicht meer dan {jaren} jaar "
                "geleden eindigde. Einde plicht = start plicht + 3 jaar zolang "
                "het PIP die datum niet heeft.",
            ).format(
                aantal=translate("security.admin_view", "%n dossiers", None, len(rows)), jaren=jaren
            )
        )
        self.retention_model.set_rows(rows)
        self.retention_busy = False
        self.retention_loaded.emit(len(rows))

    def verify_audit(self) -> Op[tuple[list[audit.Finding], int]]:
        """Check the whole chain (an op: it reads every line)."""

        def work(ctx: OpContext) -> tuple[list[audit.Finding], int]:
            return audit.verify(ctx.session), audit.count(ctx.session)

        return (
            Op(
                self,
                work,
                session=self.session,
                title=translate("security.admin_view", "Audittrail"),
            )
            .progress(translate("security.admin_view", "De audittrail controleren…"))
            .disable(self.verify_button)
            .success(lambda result: self._show_findings(*result))
            .run()
        )

    def _show_findings(self, findings: list[audit.Finding], count: int) -> None:
        self.findings = findings
        self.refresh()
        if findings:
            self.audit_result.setStyleSheet("color: #b00020;")
            self.audit_result.setText(
                translate("security.admin_view", "De audittrail is GESCHONDEN:\n")
                + "\n".join(f.message for f in findings)
            )
        else:
            self.audit_result.setStyleSheet("color: #1b5e20;")
            self.audit_result.setText(
                translate(
                    "security.admin_view", "In orde: {count} regels, de keten is ongeschonden."
                ).format(count=count)
            )

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

    def selected_ids(self) -> list[str]:
        rows = {i.row() for i in self.retention_table.selectionModel().selectedRows()}
        return [str(self.retention_model.index(r, 0).data(KEY_ROLE)) for r in sorted(rows)]

    def delete_selected(self, confirm: bool = True) -> Op[int] | None:
        """Delete the chosen dossiers, then VACUUM: an op (a VACUUM rewrites the whole file)."""
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(
                self,
                translate("security.admin_view", "Bewaartermijn"),
                translate("security.admin_view", "Kies eerst dossiers in de lijst."),
            )
            return None
        if (
            confirm
            and QMessageBox.question(
                self,
                translate("security.admin_view", "Definitief verwijderen"),
                translate(
                    "security.admin_view",
                    "{aantal} en alles wat erbij hoort definitief verwijderen? Dit "
                    "kan niet ongedaan worden gemaakt; alleen een regel in de "
                    "audittrail blijft over.",
                ).format(aantal=translate("security.admin_view", "%n dossiers", None, len(ids))),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        today, jaren = self.today, self.settings().bewaartermijn_jaren
        return (
            Op(
                self,
                lambda ctx: ctx.session.retention.delete(ids, today, jaren),
                session=self.session,
                title=translate("security.admin_view", "Bewaartermijn"),
            )
            .progress(
                translate(
                    "security.admin_view",
                    "%n dossiers verwijderen en het bestand opschonen…",
                    None,
                    len(ids),
                )
            )
            .changes(lambda _count: (*(InburgeraarRemoved(i) for i in ids), RegisterChanged()))
            .success(lambda _count: self.refresh())
            .run()
        )

    def add_account(self) -> AccountDialog:
        self.pages.setCurrentWidget(self.accounts_page)
        return self.accounts_page.add_account()
