"""Beheer page "Bewaartermijn": the dossiers past the retention period (scanned on a worker) and
deleting the chosen ones (an op: the VACUUM rewrites the file). Shows no dossier contents.

A mixin of `ui.security.admin_view.AdminView`; texts keep the context "security.admin_view".
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
)
from shiboken6 import isValid

from app.changes import InburgeraarRemoved, RegisterChanged
from ui.i18n import translate
from ui.ops import Op, run_in_background
from ui.security.admin_widgets import AdminPart, push_button, rows_table
from ui.security.rows_model import KEY_ROLE, Cells, RowsModel


class RetentionPage(AdminPart):
    """The page "Bewaartermijn" of Beheer."""

    if TYPE_CHECKING:  # made by AdminView
        today: date
        retention_loaded: Signal
        _retention_request: int
        retention_busy: bool

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
        self.retention_table = rows_table(self.retention_model, "bewaartermijn")
        self.retention_table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        col.addWidget(self.retention_table, 1)
        col.addWidget(
            push_button(
                translate("security.admin_view", "Gekozen dossiers definitief verwijderen…"),
                lambda: self.delete_selected(),
            )
        )
        return box

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
