"""Small reusable widgets: a searchable code/label combo box and a field with its error line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import reference
from ui.i18n import app_text
from ui.password_edit import password_edit as password_edit  # where it was before

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #b00020;"


def choice_model(items: Sequence[tuple[str, str]], first: Sequence[str] = ()) -> QStandardItemModel:
    """Items as (code, label); codes in *first* come on top, in that order."""
    model = QStandardItemModel()
    by_code = dict(items)
    ordered = [c for c in first if c in by_code] + [c for c, _ in items if c not in first]
    for code in ordered:
        item = QStandardItem(by_code[code])
        item.setData(code, CODE_ROLE)
        model.appendRow(item)
    return model


@cache
def country_model() -> QStandardItemModel:
    items = [(c.code, f"{c.naam} ({c.code})") for c in reference.countries()]
    return choice_model(items, reference.COMMON_COUNTRIES)


def _language_items() -> list[tuple[str, str]]:
    """Languages by their Dutch name ("Tigrinya", "Arabisch (Levantijns)"); the code only where
    two languages share a name."""
    choices = reference.languages()
    seen = Counter(c.naam for c in choices)
    return [(c.code, c.naam if seen[c.naam] == 1 else f"{c.naam} ({c.code})") for c in choices]


@cache
def language_model() -> QStandardItemModel:
    return choice_model(_language_items(), reference.COMMON_LANGUAGES)


@cache
def handout_language_model() -> QStandardItemModel:
    """For 'Taal voor drukwerk': the languages a handout exists for come first."""
    from app.pdf.texts import available_languages

    handouts = sorted(available_languages(), key=lambda c: (c != "nl", c))
    return choice_model(_language_items(), [*handouts, *reference.COMMON_LANGUAGES])


class ChoiceCombo(QComboBox):
    """A combo box over codes; type to search (any part of the label)."""

    def __init__(
        self,
        items: Sequence[tuple[str, str]] | QStandardItemModel,
        *,
        searchable: bool = False,
        empty: str | None = None,
    ) -> None:
        super().__init__()
        if isinstance(items, QStandardItemModel):
            self.setModel(items)
        else:
            if empty is not None:
                self.addItem(empty, "")
            for code, label in items:
                self.addItem(app_text(label), code)  # app/'s Dutch label, translated
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
            self.setCurrentIndex(-1)
        self._role = (
            CODE_ROLE if isinstance(items, QStandardItemModel) else Qt.ItemDataRole.UserRole
        )

    def code(self) -> str:
        """The chosen code, or what was typed when it matches no item (validation then says so)."""
        if self.isEditable():
            index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
            if index < 0:
                return self.currentText().strip()
            return str(self.itemData(index, self._role) or "")
        return str(self.currentData(self._role) or "")

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "", self._role)
        self.setCurrentIndex(index)
        if index < 0 and self.isEditable():
            self.setEditText("")


class Field(QWidget):
    """An input with a red message line under it that is hidden while there is no problem."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        # An old "Vul dit in." goes as soon as the field is changed, not at the next save.
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t: self.set_error(None))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i: self.set_error(None))

    def set_error(self, message: str | None) -> None:
        message = app_text(message) if message else message  # app/'s Dutch sentence, translated
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setAccessibleDescription(message or "")
