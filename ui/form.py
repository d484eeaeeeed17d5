"""What the entry dialogs share: a field per name in a form, their values for the service, the
service's errors next to their fields, the message line and the Save/Cancel buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from ui.i18n import translate
from ui.widgets import ERROR_STYLE, ChoiceCombo, Field

Editor = TypeVar("Editor", bound=QWidget)
SAVE = QDialogButtonBox.StandardButton.Save
OK = QDialogButtonBox.StandardButton.Ok


def add_field(
    fields: dict[str, Field], form: QFormLayout, name: str, label: str, editor: Editor
) -> Editor:
    """Put *editor* with its error line in *form* under *label*; *name* is the service's key."""
    field = Field(editor)
    editor.setObjectName(name)
    editor.setAccessibleName(label)
    fields[name] = field
    form.addRow(label, field)
    return editor


def field_values(fields: Mapping[str, Field]) -> dict[str, Any]:
    """The text of every line edit and the code of every choice, by field name; other editors
    (check boxes, lists) are for the dialog to add."""
    values: dict[str, Any] = {}
    for name, field in fields.items():
        editor = field.editor
        if isinstance(editor, QLineEdit):
            values[name] = editor.text()
        elif isinstance(editor, ChoiceCombo):
            values[name] = editor.code()
    return values


def show_field_errors(
    fields: Mapping[str, Field],
    errors: Mapping[str, str],
    tabs: QTabWidget | None = None,
    aliases: Mapping[str, str] | None = None,
) -> None:
    """Every error next to its field (the others cleared); the first field in the form that has
    one is brought into view (its tab) and focused. *aliases* maps an error's key to the field
    that shows it, for values that share one row in the form."""
    shown: dict[str, str] = {}
    for key, message in errors.items():
        name = (aliases or {}).get(key, key)
        if name in fields:
            shown[name] = message
    for name, field in fields.items():
        field.set_error(shown.get(name))
    first = next((name for name in fields if name in shown), None)
    if first is None:
        return
    editor = fields[first].editor
    if tabs is not None:
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is not None and page.isAncestorOf(editor):
                tabs.setCurrentIndex(i)
                break
    editor.setFocus()


def mark_tabs(
    tabs: QTabWidget, fields: Mapping[str, Field], errors: Mapping[str, str]
) -> list[tuple[str, int]]:
    """Each tab says how many of its fields need a look ("Persoon – 2 te verbeteren"), so a
    problem on another tab is not missed; returns (tab title, count) per tab."""
    counts: list[tuple[str, int]] = []
    for i in range(tabs.count()):
        page = tabs.widget(i)
        title = tabs.tabText(i).split(" – ")[0]
        n = sum(
            1
            for name in errors
            if name in fields and page is not None and page.isAncestorOf(fields[name].editor)
        )
        tabs.setTabText(
            i,
            translate("form", "{title} – {n} te verbeteren").format(title=title, n=n)
            if n
            else title,
        )
        counts.append((title, n))
    return counts


def message_label() -> QLabel:
    """The red line under a form that says why nothing was stored."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def ok_cancel(
    ok_text: str,
    on_ok: Callable[[], object],
    on_cancel: Callable[[], object],
    ok: QDialogButtonBox.StandardButton = SAVE,
) -> QDialogButtonBox:
    """The dialog's two buttons in Dutch: *ok_text* and 'Annuleren'."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("form", "Annuleren"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(on_cancel)
    return buttons
