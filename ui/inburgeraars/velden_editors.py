"""The register dialog's editors, made from the field catalogue (app/inburgeraars/velden.py):
one tab per catalogue tab, one row per field, the editor chosen by the field's kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.inburgeraars import velden
from app.inburgeraars.model import Taal
from app.inburgeraars.veld import Bron, Veld
from ui.form import add_field
from ui.i18n import app_text, translate
from ui.widgets import ChoiceCombo, Field, country_model, handout_language_model, language_model

# The long choice lists the UI builds once and shares (Keuzes.gedeeld).
SHARED_LISTS = {
    "land": country_model,
    "taal": language_model,
    "drukwerktaal": handout_language_model,
}


class TaalRow(QWidget):
    def __init__(self, on_remove: Any) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.taal = ChoiceCombo(language_model(), searchable=True)
        self.taal.setAccessibleName(translate("clients.client_dialog", "Taal"))
        self.niveau = ChoiceCombo(
            list(reference.TAALNIVEAUS.items()), empty=translate("clients.client_dialog", "niveau…")
        )
        self.niveau.setAccessibleName(translate("clients.client_dialog", "Niveau"))
        remove = QPushButton(translate("clients.client_dialog", "Verwijderen"))
        remove.clicked.connect(lambda: on_remove(self))
        layout.addWidget(self.taal, 3)
        layout.addWidget(self.niveau, 1)
        layout.addWidget(remove)

    def value(self) -> dict[str, str]:
        return {"taal": self.taal.code(), "niveau": self.niveau.code()}


class TalenEditor(QWidget):
    """The languages a person speaks: a row per language, 'Taal toevoegen' below them."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TaalRow] = []
        self.rows_layout = QVBoxLayout(self)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(translate("clients.client_dialog", "Taal toevoegen"))
        add.clicked.connect(self.add)
        self.rows_layout.addWidget(add)

    def add(self) -> TaalRow:
        row = TaalRow(self.remove)
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        return row

    def remove(self, row: TaalRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def set_value(self, talen: tuple[Taal, ...]) -> None:
        for taal in talen:
            row = self.add()
            row.taal.set_code(taal.code)
            row.niveau.set_code(taal.niveau)

    def value(self) -> list[dict[str, str]]:
        """The filled-in rows (a row with neither language nor level is left out)."""
        return [r.value() for r in self.rows if r.taal.code() or r.niveau.code()]


def label_of(veld: Veld) -> str:
    """The field's label in the dialog; a required field ends in ' *'."""
    return app_text(veld.label) + (" *" if veld.verplicht else "")


def editor_for(veld: Veld, bron: Bron) -> QWidget:
    if veld.soort == "talen":
        return TalenEditor()
    if veld.soort == "keuze" and veld.keuzes is not None:
        keuzes = veld.keuzes
        shared = SHARED_LISTS.get(keuzes.gedeeld)
        items: QStandardItemModel | list[tuple[str, str]] = (
            shared() if shared else list(keuzes.items(bron))
        )
        empty = app_text(keuzes.leeg) if keuzes.leeg is not None else None
        return ChoiceCombo(items, searchable=keuzes.zoeken, empty=empty)
    edit = QLineEdit()
    if veld.hint:
        edit.setPlaceholderText(app_text(veld.hint))
    return edit


def set_value(editor: QWidget, veld: Veld, value: Any) -> None:
    """Show the model's *value* in the field's editor."""
    if isinstance(editor, TalenEditor):
        editor.set_value(value or ())
    elif isinstance(editor, ChoiceCombo):
        editor.set_code(value or None)
    elif isinstance(editor, QLineEdit):
        editor.setText(veld.als_invoer(value))


def add_tabs(tabs: QTabWidget, fields: dict[str, Field], bron: Bron) -> None:
    """A tab per catalogue tab with a row per field; the editors land in *fields* by key."""
    for tab in velden.tabs():
        page = QWidget()
        form = QFormLayout(page)
        for veld in velden.alle():
            if veld.tab == tab:
                add_field(fields, form, veld.key, label_of(veld), editor_for(veld, bron))
        tabs.addTab(page, app_text(tab))
