"""One domain of the intake as a page, rendered from the definition."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.intake.definition import Section
from app.intake.progress import question_applies
from ui.i18n import translate
from ui.intake.editors import AnswerEditor, make_editor
from ui.widgets import Field

HELP_STYLE = "color: #555;"
LEGAL_STYLE = "color: #8a4b00; font-weight: bold;"


class QuestionRow(QWidget):
    def __init__(self, editor: AnswerEditor, help_text: str) -> None:
        super().__init__()
        self.editor = editor
        self.field = Field(editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(1)
        layout.addWidget(self.field)
        # Fill the form's field column, so a wrapped help line is as tall as its width needs.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if help_text:
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setStyleSheet(HELP_STYLE)
            layout.addWidget(hint)


class SectionPage(QScrollArea):
    """Questions of one section; ``given(question_id, raw)`` when an answer is given."""

    given = Signal(str, object)
    typed = Signal(str, object)  # question id, text typed and not yet given

    def __init__(self, section: Section, answers: Mapping[str, object]) -> None:
        super().__init__()
        self.section = section
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setObjectName(f"pagina-{section.id}")
        self.setAccessibleName(section.title)
        body = QWidget()
        outer = QVBoxLayout(body)
        title = QLabel(f"<h2>{section.title}</h2>")
        outer.addWidget(title)
        if section.legal_minimum:
            legal = QLabel(
                translate(
                    "intake.page", "Verplicht: hoort bij het wettelijk minimum van de brede intake."
                )
            )
            legal.setStyleSheet(LEGAL_STYLE)
            legal.setWordWrap(True)
            outer.addWidget(legal)
        if section.help:
            intro = QLabel(section.help)
            intro.setWordWrap(True)
            intro.setStyleSheet(HELP_STYLE)
            outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.rows: dict[str, QuestionRow] = {}
        self.labels: dict[str, QLabel] = {}
        for question in section.questions:
            editor = make_editor(question)
            editor.set_value(answers.get(question.id))
            editor.given.connect(lambda value, qid=question.id: self.given.emit(qid, value))
            editor.typed.connect(partial(self._tell_typed, question.id))
            row = QuestionRow(editor, question.help)
            star = " *" if question.required_for_completion else ""
            label = QLabel(f"{question.label}{star}")
            label.setWordWrap(True)
            label.setBuddy(editor.focus_widget())
            label.setMinimumWidth(180)
            form.addRow(label, row)
            self.rows[question.id] = row
            self.labels[question.id] = label
        outer.addLayout(form)
        note = QLabel(
            translate(
                "intake.page", "* nodig om de intake af te ronden. Alles wordt direct opgeslagen."
            )
        )
        note.setStyleSheet(HELP_STYLE)
        outer.addWidget(note)
        outer.addStretch(1)
        self.setWidget(body)

    def _tell_typed(self, question_id: str, value: object) -> None:
        self.typed.emit(question_id, value)

    def editor(self, question_id: str) -> AnswerEditor:
        return self.rows[question_id].editor

    def update_visibility(self, ctx: Mapping[str, object]) -> None:
        for question in self.section.questions:
            shown = question_applies(self.section, question, ctx)
            self.rows[question.id].setVisible(shown)
            self.labels[question.id].setVisible(shown)

    def visible_ids(self) -> list[str]:
        return [qid for qid, row in self.rows.items() if not row.isHidden()]

    def focus_chain(self) -> list[QWidget]:
        """Focusable widgets in page order, hidden questions left out."""
        return [w for qid in self.visible_ids() for w in self.editor(qid).focus_widgets()]

    def set_error(self, question_id: str, message: str | None) -> None:
        self.rows[question_id].field.set_error(message)

    def focus_question(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is None:
            return
        row.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(row)

    def flush(self) -> None:
        for row in self.rows.values():
            row.editor.flush()
