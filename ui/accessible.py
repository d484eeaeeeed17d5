"""Names for screen readers where Qt cannot find one itself.

`name_form_fields` gives every field in a form layout the text of its row label (without '&'
and '*') as accessible name, unless it has one: fields built from several widgets (a date
edit with a button, hours with a unit) are otherwise nameless for assistive technology.
`announce` tells a screen reader about a status change that matters (saved, sync finished,
conflict) through a QAccessible event on the label that shows it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QStatusBar, QWidget


def _clean(text: str) -> str:
    return " ".join(text.replace("&", "").replace("*", "").split()).rstrip(":")


def _focusable(widget: QWidget) -> list[QWidget]:
    found = [widget] if widget.focusPolicy().value else []
    found += [w for w in widget.findChildren(QWidget) if w.focusPolicy().value]
    return found


def name_form_fields(root: QWidget) -> None:
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(label, QLabel) or field is None or not label.text():
                continue
            name = _clean(label.text())
            if not field.accessibleName():
                field.setAccessibleName(name)
            for inner in _focusable(field):
                if not inner.accessibleName():
                    inner.setAccessibleName(name)


def announce(label: QLabel, text: str) -> None:
    """Show *text* in *label* and have a screen reader say it (a name-changed event)."""
    label.setText(text)
    label.setAccessibleName(text)
    event = QAccessibleEvent(label, QAccessible.Event.NameChanged)
    QAccessible.updateAccessibility(event)


def announce_status(bar: QStatusBar, text: str, timeout: int = 6000) -> None:
    """A status bar message a screen reader also says (saved, finished, a conflict)."""
    bar.showMessage(text, timeout)
    bar.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(bar, QAccessible.Event.Alert))
