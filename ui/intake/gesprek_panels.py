"""The gesprekken and signalen side panels of the intake window.

What is typed is kept as a draft the moment it is typed (one short write per change, no fsync),
so a killed process loses nothing. A recorded gesprek or signaal
can be corrected (loaded back into the form) or removed, always with a reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import PLAATSEN, Gesprek, GesprekService
from app.validation import ValidationError, format_date
from ui.i18n import translate
from ui.intake.kiezer import InzetVelden, SleutelpersoonKiezer
from ui.intake.panels import TARGET_ROLE, describe
from ui.intake.reden import RedenDialog
from ui.widgets import ERROR_STYLE, ChoiceCombo

EDIT = "_correctie"  # draft key: the id of the row being corrected


class DraftPanel(QWidget):
    """What both panels share: the list, the drafts, correcting and removing."""

    soort = ""
    add_label = ""
    add_button: QPushButton

    def __init__(self, service: GesprekService, inburgeraar_id: str) -> None:
        super().__init__()
        self.service = service
        self.beheer = GesprekBeheer(service)
        self.inburgeraar_id = inburgeraar_id
        self.editing: Any = None  # the Gesprek or Signaal being corrected
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self._loading = True  # filling the form is not typing (until restore_draft has run)
        self.correct_button = QPushButton(translate("intake.gesprek_panels", "Corrigeren"))
        self.correct_button.clicked.connect(self.start_correction)
        self.remove_button = QPushButton(translate("intake.gesprek_panels", "Verwijderen…"))
        self.remove_button.clicked.connect(self.remove)
        self.cancel_button = QPushButton(translate("intake.gesprek_panels", "Correctie annuleren"))
        self.cancel_button.clicked.connect(self.stop_correction)
        self.cancel_button.hide()
        self.dialog: RedenDialog | None = None

    # --- to fill in per panel ---------------------------------------------------------------
    def form(self) -> dict[str, Any]:
        raise NotImplementedError

    def load(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def rows(self) -> list[Any]:
        raise NotImplementedError

    def as_form(self, row: Any) -> dict[str, Any]:
        raise NotImplementedError

    # --- drafts -------------------------------------------------------------------------------
    def typed(self, *_args: object) -> None:
        if not self._loading:
            self.save_draft()

    def _load(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.load(values)
        finally:
            self._loading = False

    def save_draft(self) -> None:
        values = self.form()
        if self.editing is not None:
            values[EDIT] = self.editing.id
        self.beheer.bewaar_concept(self.inburgeraar_id, self.soort, values)

    def flush(self) -> None:
        """Nothing waits: every change is written as it is typed."""

    def restore_draft(self) -> None:
        """Put a draft back (at the end of building the panel); from then on changes count."""
        self._loading = False
        draft = self.beheer.concept(self.inburgeraar_id, self.soort)
        if not draft:
            return
        editing = next((r for r in self.rows() if r.id == draft.get(EDIT)), None)
        if editing is not None:
            self._enter_correction(editing)
        self._load(draft)
        self.info.setText(translate("intake.gesprek_panels", "Wat u eerder typte, is teruggezet."))

    def saved(self) -> None:
        self.beheer.vergeet_concept(self.inburgeraar_id, self.soort)
        self.error.clear()
        self.stop_correction()
        self.reload()

    # --- list, correcting, removing -----------------------------------------------------------
    def reload(self) -> None:
        self.list.clear()
        for row in self.rows():
            item = QListWidgetItem(self.describe(row))
            item.setData(TARGET_ROLE, row.id)
            self.list.addItem(item)

    def describe(self, row: Any) -> str:
        raise NotImplementedError

    def chosen(self) -> Any:
        item = self.list.currentItem()
        row_id = item.data(TARGET_ROLE) if item else None
        found = next((r for r in self.rows() if r.id == row_id), None) if row_id else None
        if found is None:
            self.error.setText(
                translate("intake.gesprek_panels", "Kies eerst een regel in de lijst.")
            )
        return found

    def start_correction(self) -> None:
        row = self.chosen()
        if row is not None:
            self._enter_correction(row)
            self._load(self.as_form(row))
            self.save_draft()

    def _enter_correction(self, row: Any) -> None:
        self.editing = row
        self.add_button.setText(translate("intake.gesprek_panels", "Correctie opslaan…"))
        self.cancel_button.show()
        self.info.setText(
            translate("intake.gesprek_panels", "U corrigeert: {splitlines}").format(
                splitlines=self.describe(row).splitlines()[0]
            )
        )

    def stop_correction(self) -> None:
        if self.editing is not None:
            self.editing = None
            self._load({})
            self.beheer.vergeet_concept(self.inburgeraar_id, self.soort)
        self.add_button.setText(self.add_label)
        self.cancel_button.hide()
        self.info.clear()

    def ask_reason(self, title: str, question: str, action: Any) -> RedenDialog:
        dialog = RedenDialog(title, question, action, self)
        dialog.accepted.connect(self.saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def remove(self) -> RedenDialog | None:
        row = self.chosen()
        if row is None:
            return None
        remove = (
            self.beheer.verwijder_gesprek
            if self.soort == "gesprek"
            else self.beheer.verwijder_signaal
        )
        return self.ask_reason(
            translate("intake.gesprek_panels", "Verwijderen"),
            translate(
                "intake.gesprek_panels",
                "Waarom verwijdert u dit {soort}? De reden blijft bewaard, de inhoud niet.",
            ).format(soort=self.soort),
            lambda reden: remove(row.id, reden),
        )

    def submit(self, add: Any, validate: Any, correct: Any) -> RedenDialog | None:
        """Record a new row, or (while correcting) validate first and then ask the reason."""
        form = self.form()
        try:
            if self.editing is None:
                add(self.inburgeraar_id, form)
            else:
                validate(form)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return None
        if self.editing is None:
            self.saved()
            return None
        row = self.editing
        return self.ask_reason(
            translate("intake.gesprek_panels", "Correctie"),
            translate("intake.gesprek_panels", "Waarom corrigeert u dit {soort}?").format(
                soort=self.soort
            ),
            lambda reden: correct(row.id, form, reden, row.versie),
        )

    def buttons(self, layout: QVBoxLayout, *extra: QPushButton) -> None:
        first = QHBoxLayout()
        first.addWidget(self.add_button)
        for button in extra:
            first.addWidget(button)
        second = QHBoxLayout()
        second.addWidget(self.correct_button)
        second.addWidget(self.remove_button)
        second.addWidget(self.cancel_button)
        layout.addWidget(self.error)
        layout.addWidget(self.info)
        layout.addLayout(first)
        layout.addLayout(second)


class GesprekkenPanel(DraftPanel):
    soort = "gesprek"
    add_label = "Gesprek &vastleggen"

    def __init__(self, service: GesprekService, inburgeraar_id: str) -> None:
        super().__init__(service, inburgeraar_id)
        self.list.setAccessibleName(translate("intake.gesprek_panels", "Gesprekken"))
        self.datum = QLineEdit(format_date(service.today()))
        self.plaats = ChoiceCombo(
            list(PLAATSEN.items()), empty=translate("intake.gesprek_panels", "— kies —")
        )
        self.klantmanager = QLineEdit()
        self.sleutelpersoon = SleutelpersoonKiezer(service.intake.session)
        self.inzet = InzetVelden()
        self.rollen: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (code, label) in enumerate(reference.SLEUTELPERSOON_ROLLEN.items()):
            box = QCheckBox(label)
            self.rollen[code] = box
            grid.addWidget(box, n // 2, n % 2)
            box.toggled.connect(self.typed)
        self.tolk = QLineEdit()
        self.tolk.setPlaceholderText(translate("intake.gesprek_panels", "leeg = geen tolk"))
        self.zonder_partner = QCheckBox(
            translate("intake.gesprek_panels", "Verteld: mag zonder partner praten")
        )
        self.notitie = QPlainTextEdit()
        self.notitie.setTabChangesFocus(True)
        self.notitie.setFixedHeight(60)
        self.add_button = QPushButton(self.add_label)
        self.add_button.clicked.connect(self.add)
        self.note_button = QPushButton(
            translate("intake.gesprek_panels", "Notitie bij gekozen gesprek")
        )
        self.note_button.clicked.connect(self.add_note)
        self.feedback_button = QPushButton(
            translate("intake.gesprek_panels", "Feedback sleutelpersoon…")
        )
        self.feedback_button.clicked.connect(self.feedback)
        self.sleutelpersoon.changed.connect(self._person_changed)
        for edit in (self.datum, self.klantmanager, self.tolk):
            edit.textEdited.connect(self.typed)
        self.plaats.currentIndexChanged.connect(self.typed)
        self.zonder_partner.toggled.connect(self.typed)
        self.notitie.textChanged.connect(self.typed)
        self.inzet.changed.connect(self.typed)
        form = QFormLayout()
        form.addRow(translate("intake.gesprek_panels", "Datum"), self.datum)
        form.addRow(translate("intake.gesprek_panels", "Plaats"), self.plaats)
        form.addRow(translate("intake.gesprek_panels", "Klantmanager"), self.klantmanager)
        form.addRow(translate("intake.gesprek_panels", "Sleutelpersoon"), self.sleutelpersoon)
        form.addRow(translate("intake.gesprek_panels", "Rollen"), grid)
        form.addRow(translate("intake.gesprek_panels", "Inzet"), self.inzet)
        form.addRow(translate("intake.gesprek_panels", "Tolk"), self.tolk)
        form.addRow("", self.zonder_partner)
        form.addRow(translate("intake.gesprek_panels", "Notitie"), self.notitie)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        self.buttons(layout, self.note_button, self.feedback_button)
        self.reload()
        self.restore_draft()

    def _person_changed(self) -> None:
        self.inzet.allow(self.sleutelpersoon.person_id is not None and self.editing is None)
        self.typed()

    def rows(self) -> list[Gesprek]:
        return self.service.gesprekken(self.inburgeraar_id)

    def reload(self) -> None:
        super().reload()
        if not self.list.count():
            self.list.addItem(translate("intake.gesprek_panels", "Nog geen gesprek vastgelegd."))

    def describe(self, row: Any) -> str:
        text = describe(row)
        return text + ("\n   inzet geboekt" if row.inzet_id else "")

    def form(self) -> dict[str, Any]:
        return {
            "datum": self.datum.text(),
            "plaats": self.plaats.code(),
            "klantmanager": self.klantmanager.text(),
            "sleutelpersoon_id": self.sleutelpersoon.person_id,
            "sleutelpersoon_naam": self.sleutelpersoon.naam(),
            "rollen": [c for c, box in self.rollen.items() if box.isChecked()],
            "tolk": self.tolk.text(),
            "zonder_partner_verteld": self.zonder_partner.isChecked(),
            "notitie": self.notitie.toPlainText(),
            "inzet": self.inzet.form(),
        }

    def as_form(self, row: Any) -> dict[str, Any]:
        g: Gesprek = row
        return {
            "datum": format_date(g.datum),
            "plaats": g.plaats,
            "klantmanager": g.klantmanager,
            "sleutelpersoon_id": g.sleutelpersoon_id,
            "sleutelpersoon_naam": g.sleutelpersoon_naam,
            "rollen": list(g.rollen),
            "tolk": g.tolk,
            "zonder_partner_verteld": g.zonder_partner_verteld,
        }

    def load(self, values: dict[str, Any]) -> None:
        self.datum.setText(str(values.get("datum") or format_date(self.service.today())))
        self.plaats.set_code(str(values.get("plaats") or ""))
        self.klantmanager.setText(str(values.get("klantmanager") or ""))
        self.sleutelpersoon.set_person(
            values.get("sleutelpersoon_id"), str(values.get("sleutelpersoon_naam") or "")
        )
        rollen = set(values.get("rollen") or [])
        for code, box in self.rollen.items():
            box.setChecked(code in rollen)
        self.tolk.setText(str(values.get("tolk") or ""))
        self.zonder_partner.setChecked(bool(values.get("zonder_partner_verteld")))
        self.notitie.setPlainText(str(values.get("notitie") or ""))
        self.inzet.allow(self.sleutelpersoon.person_id is not None and self.editing is None)
        inzet = values.get("inzet")
        self.inzet.load(inzet if isinstance(inzet, dict) else {})

    def add(self) -> RedenDialog | None:
        return self.submit(
            self.service.add_gesprek, self.service.validate_gesprek, self.beheer.corrigeer_gesprek
        )

    def saved(self) -> None:
        klantmanager = self.klantmanager.text()
        super().saved()
        self._load({"klantmanager": klantmanager})

    def add_note(self) -> None:
        item = self.list.currentItem()
        gesprek_id = item.data(TARGET_ROLE) if item else None
        if not gesprek_id:
            self.error.setText(
                translate("intake.gesprek_panels", "Kies eerst een gesprek in de lijst.")
            )
            return
        try:
            self.service.add_notitie(str(gesprek_id), self.notitie.toPlainText())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.error.clear()
        self.notitie.clear()
        self.reload()

    def feedback(self) -> QDialog | None:
        """The key person's feedback on the chosen gesprek (ui/stem/feedback_dialog.py)."""
        row = self.chosen()
        if row is None:
            return None
        if not row.sleutelpersoon_id and not row.sleutelpersoon_naam:
            self.error.setText(
                translate("intake.gesprek_panels", "Bij dit gesprek was geen sleutelpersoon.")
            )
            return None
        from app.stem.feedback import FeedbackService
        from ui.stem.feedback_dialog import FeedbackDialog

        service = FeedbackService(self.service.intake.session, self.service._today)
        dialog = FeedbackDialog(service, row.id, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
