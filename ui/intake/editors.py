"""One editor per answer type. Each emits ``given(value)`` the moment an answer is given.

Text is also given on a short pause in typing (debounce). Between a keystroke and that save,
``typed(value)`` tells the window at once, which keeps a crash draft of it (ui/intake/drafts.py):
a killed process loses nothing that was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.intake.definition import Question
from app.validation import format_date
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.widgets import ChoiceCombo

DEBOUNCE_MS = 600
EMPTY = QT_TRANSLATE_NOOP("tekst", "— kies —")


class AnswerEditor(QWidget):
    given = Signal(object)
    typed = Signal(object)  # every change to typed text, before it is given (for a crash draft)

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question
        self._last: object = None
        self._loading = False
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        return [self.focus_widget()]

    def raw(self) -> object:
        raise NotImplementedError

    def show_value(self, value: object) -> None:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        """Show a stored value without giving it again."""
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False
        self._last = self.raw()

    def show_typed(self, value: object) -> None:
        """Show *value* as typed but not given (a crash draft put back): saved on leaving."""
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    def give(self) -> None:
        """Emit the current value when it differs from what was last given or loaded."""
        if self._loading:
            return
        value = self.raw()
        if value != self._last:
            self._last = value
            self.given.emit(value)

    def flush(self) -> None:
        self.give()

    def tell_typed(self) -> None:
        if not self._loading:
            self.typed.emit(self.raw())

    def typing(self) -> bool:
        """Whether the field shows something not yet given (typed, waiting to be saved)."""
        return self.raw() != self._last


class _LineEditor(AnswerEditor):
    def __init__(self, question: Question, *, debounce: bool, placeholder: str = "") -> None:
        super().__init__(question)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(question.label)
        self.edit.setPlaceholderText(placeholder)
        self.box.addWidget(self.edit)
        self.edit.editingFinished.connect(self.flush)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.give)
        self.edit.textEdited.connect(lambda _t: self.tell_typed())
        if debounce:
            self.edit.textEdited.connect(lambda _t: self.timer.start())

    def focus_widget(self) -> QWidget:
        return self.edit

    def raw(self) -> object:
        return self.edit.text()

    def show_value(self, value: object) -> None:
        self.edit.setText("" if value is None else str(value))

    def flush(self) -> None:
        self.timer.stop()
        self.give()


class DateEditor(_LineEditor):
    def __init__(self, question: Question) -> None:
        super().__init__(question, debounce=False, placeholder="dd-mm-jjjj")

    def show_value(self, value: object) -> None:
        try:
            self.edit.setText(format_date(value if isinstance(value, str) else None))
        except ValueError:
            self.edit.setText(str(value))


class _PlainText(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class LongTextEditor(AnswerEditor):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.edit = _PlainText()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        self.edit.setAccessibleName(question.label)
        self.edit.setFixedHeight(72)
        self.box.addWidget(self.edit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.give)
        self.edit.textChanged.connect(self._typed)
        self.edit.left.connect(self.flush)

    def _typed(self) -> None:
        if not self._loading:
            self.tell_typed()
            self.timer.start()

    def focus_widget(self) -> QWidget:
        return self.edit

    def raw(self) -> object:
        return self.edit.toPlainText()

    def show_value(self, value: object) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def flush(self) -> None:
        self.timer.stop()
        self.give()


class ChoiceEditor(AnswerEditor):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        if question.type == "bool":
            items = [("ja", "Ja"), ("nee", "Nee")]
        else:
            items = [(o.value, o.label) for o in question.choices]
        self.combo = ChoiceCombo(items, empty=translate("tekst", EMPTY))
        self.combo.setAccessibleName(question.label)
        self.box.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.give())

    def focus_widget(self) -> QWidget:
        return self.combo

    def raw(self) -> object:
        code = self.combo.code()
        if self.question.type == "bool":
            return {"ja": True, "nee": False}.get(code)
        return code or None

    def show_value(self, value: object) -> None:
        if self.question.type == "bool":
            code = "" if value is None else ("ja" if value is True else "nee")
        else:
            code = str(value) if isinstance(value, str) else ""
        self.combo.set_code(code)


class MultiEditor(AnswerEditor):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.boxes: dict[str, QCheckBox] = {}
        for option in question.choices:
            box = QCheckBox(option.label)
            box.toggled.connect(lambda _c: self.give())
            self.box.addWidget(box)
            self.boxes[option.value] = box

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())

    def raw(self) -> object:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def show_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


def make_editor(question: Question) -> AnswerEditor:
    if question.type == "text":
        return _LineEditor(question, debounce=True)
    if question.type == "int":
        return _LineEditor(question, debounce=False, placeholder="getal")
    if question.type == "date":
        return DateEditor(question)
    if question.type == "longtext":
        return LongTextEditor(question)
    if question.type == "multichoice":
        return MultiEditor(question)
    return ChoiceEditor(question)
