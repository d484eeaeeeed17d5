"""Small editors the PIP parts share: a Dutch date field, whole hours, multi-line text."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.validation import FieldError, format_date, parse_date
from ui.i18n import translate


class DateEdit(QLineEdit):
    """dd-mm-jjjj as typed; `value()` raises FieldError with a Dutch message."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(translate("pip.fields", "dd-mm-jjjj"))
        self.setMaximumWidth(130)

    def value(self) -> date | None:
        text = self.text().strip()
        return parse_date(text) if text else None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))


class HoursEdit(QSpinBox):
    """Whole hours; 0 shows as empty ('niet ingevuld')."""

    def __init__(self, maximum: int = 9999) -> None:
        super().__init__()
        self.setRange(0, maximum)
        self.setSpecialValueText("—")
        self.setSuffix(translate("pip.fields", " uur"))
        self.setMaximumWidth(120)

    def value_or_none(self) -> int | None:
        return self.value() or None

    def set_value(self, value: int | None) -> None:
        self.setValue(value or 0)


class TextEdit(QPlainTextEdit):
    def __init__(self, placeholder: str = "", height: int = 60) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def text(self) -> str:
        return self.toPlainText().strip()


def set_editable(widget: QWidget, editable: bool) -> None:
    """Read-only for text (still selectable and scrollable), disabled for the rest."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(not editable)
    elif isinstance(widget, QCheckBox | QSpinBox | QWidget):
        widget.setEnabled(editable)


def parse_into(errors: dict[str, str], key: str, edit: DateEdit) -> date | None:
    try:
        return edit.value()
    except FieldError as exc:
        errors[key] = str(exc)
        return None
