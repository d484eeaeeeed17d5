"""Beheer: the audit trail section (the latest lines, and a check of the whole chain).

A mixin of `ui.security.admin_view.AdminView`; texts keep the context "security.admin_view".
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from app import reference
from app.security import audit
from app.security.inzage_labels import lokale_tijd
from ui.i18n import translate
from ui.ops import Op, OpContext
from ui.security.admin_widgets import AdminPart, push_button, rows_table
from ui.security.rows_model import RowsModel


def actie_tekst(actie: str) -> str:
    """An audit action as the beheerder reads it: "status pip_concept" → "status: PIP concept"."""
    if actie.startswith("status "):
        code = actie.removeprefix("status ")
        return f"status: {reference.STATUSSEN.get(code, code)}"
    return actie


class AuditSection(AdminPart):
    """The left column of Beheer: the audit trail and its check."""

    def _audit_box(self) -> QGroupBox:
        box = QGroupBox(translate("security.admin_view", "Audittrail"))
        col = QVBoxLayout(box)
        self.audit_result = QLabel()
        self.audit_result.setWordWrap(True)
        self.verify_button = push_button(
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
        self.audit_table = rows_table(self.audit_model, "audit")
        col.addWidget(self.audit_table, 1)
        return box

    def _refresh_audit(self) -> None:
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
