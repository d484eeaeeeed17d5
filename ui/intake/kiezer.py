"""The key person in a gesprek: picked from the registry by name (type to search), and the
engagement to book with the gesprek (hours, km)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.security.roles import Permission, may
from app.session import Session
from ui.i18n import QT_TRANSLATE_NOOP, translate

NOT_IN_REGISTER = QT_TRANSLATE_NOOP("tekst", "Niet uit het register: geen inzet te boeken.")


class SleutelpersoonKiezer(QWidget):
    """A name field with suggestions from the registry; remembers the id of the chosen person."""

    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.person_id: str | None = None
        self.names: dict[str, str] = {}  # shown text → id
        self.edit = QLineEdit()
        self.edit.setAccessibleName(translate("intake.kiezer", "Sleutelpersoon"))
        self.state = QLabel()
        self.state.setStyleSheet("color: #555;")
        if may(session, Permission.SLEUTELPERSONEN_LEZEN):
            service = session.sleutelpersonen
            gemeenten = service.gemeente_namen()
            for p in service.lijst():
                if p.id and p.actief:
                    plaats = gemeenten.get(p.gemeentecode, p.gemeentecode)
                    self.names[f"{p.naam} ({plaats})"] = p.id
            self.edit.setPlaceholderText(
                translate("intake.kiezer", "typ een naam uit het register")
            )
        else:
            self.edit.setPlaceholderText(
                translate("intake.kiezer", "naam (uw rol leest het register niet)")
            )
        completer = QCompleter(sorted(self.names), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.choose_text)
        self.edit.setCompleter(completer)
        self.completer = completer
        self.edit.textEdited.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.state)
        self._show_state()

    def model(self) -> QStringListModel:
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        return model

    def choose_text(self, text: str) -> None:
        self.edit.setText(text)
        self._typed(text)

    def set_person(self, person_id: str | None, naam: str) -> None:
        shown = next((t for t, pid in self.names.items() if pid == person_id), None)
        self.edit.setText(shown or naam)
        self.person_id = person_id if shown else None
        self._show_state()

    def _typed(self, text: str) -> None:
        self.person_id = self.names.get(text.strip())
        self._show_state()
        self.changed.emit()

    def naam(self) -> str:
        """The name without the municipality code the list shows."""
        text = self.edit.text().strip()
        if self.person_id and text.endswith(")") and " (" in text:
            return text.rsplit(" (", 1)[0]
        return text

    def _show_state(self) -> None:
        if self.person_id:
            self.state.setText(translate("intake.kiezer", "✓ uit het register"))
        elif self.edit.text().strip():
            self.state.setText(translate("tekst", NOT_IN_REGISTER))
        else:
            self.state.setText("")


class InzetVelden(QWidget):
    """'Inzet registreren' with hours and km; only usable with a key person from the registry."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.registreren = QCheckBox(translate("intake.kiezer", "Inzet registreren"))
        self.uren = QLineEdit()
        self.uren.setPlaceholderText(translate("intake.kiezer", "uren, bijv. 1,5"))
        self.uren.setAccessibleName(translate("intake.kiezer", "Uren inzet"))
        self.km = QLineEdit()
        self.km.setPlaceholderText(translate("intake.kiezer", "km"))
        self.km.setAccessibleName(translate("intake.kiezer", "Kilometers"))
        self.km.setMaximumWidth(70)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.registreren)
        row.addWidget(self.uren)
        row.addWidget(self.km)
        self.registreren.toggled.connect(self._toggled)
        for edit in (self.uren, self.km):
            edit.textEdited.connect(lambda _t: self.changed.emit())
        self.allow(False)

    def _toggled(self, on: bool) -> None:
        self.uren.setEnabled(on)
        self.km.setEnabled(on)
        self.changed.emit()

    def allow(self, allowed: bool) -> None:
        self.registreren.setEnabled(allowed)
        if not allowed:
            self.registreren.setChecked(False)
        self.registreren.setToolTip("" if allowed else translate("tekst", NOT_IN_REGISTER))
        self._toggled(self.registreren.isChecked())

    def form(self) -> dict[str, object]:
        return {
            "registreren": self.registreren.isChecked(),
            "uren": self.uren.text(),
            "km": self.km.text(),
        }

    def load(self, values: dict[str, object]) -> None:
        self.uren.setText(str(values.get("uren") or ""))
        self.km.setText(str(values.get("km") or ""))
        self.registreren.setChecked(
            bool(values.get("registreren")) and self.registreren.isEnabled()
        )

    def clear(self) -> None:
        self.load({})
