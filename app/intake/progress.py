"""Pure completeness engine: which questions apply, which domains are done, what is missing.

Functions over the definition, the answers and the client's facts; no store, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.intake.conditions import evaluate
from app.intake.definition import Definition, Question, Section
from app.intake.values import is_valid

VOLLEDIG = "volledig"
ONVOLLEDIG = "onvolledig"
NIET_VAN_TOEPASSING = "niet_van_toepassing"
STATUS_LABELS = {
    VOLLEDIG: "volledig",
    ONVOLLEDIG: "onvolledig",
    NIET_VAN_TOEPASSING: "niet van toepassing",
}


@dataclass(frozen=True)
class InburgeraarFacts:
    """What conditions may know about the inburgeraar (from the register, not the intake)."""

    doelgroep: str = ""
    asielstatushouder: bool = False
    leeftijd: int | None = None
    geslacht: str = ""
    land_herkomst: str = ""

    def context(self) -> dict[str, object]:
        facts: dict[str, object] = {
            "client.doelgroep": self.doelgroep,
            "client.asielstatushouder": self.asielstatushouder,
            "client.geslacht": self.geslacht,
            "client.land_herkomst": self.land_herkomst,
        }
        if self.leeftijd is not None:
            facts["client.leeftijd"] = self.leeftijd
        return facts


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class MissingItem:
    section_id: str
    section_title: str
    question_id: str
    label: str
    legal_minimum: bool


@dataclass(frozen=True)
class SectionProgress:
    section_id: str
    title: str
    status: str
    answered: int
    shown: int
    legal_minimum: bool
    reason: str  # why this status, in plain Dutch


@dataclass(frozen=True)
class Assessment:
    sections: tuple[SectionProgress, ...]
    missing: tuple[MissingItem, ...]

    @property
    def complete(self) -> bool:
        return not self.missing and all(s.status != ONVOLLEDIG for s in self.sections)

    def section(self, section_id: str) -> SectionProgress | None:
        return next((s for s in self.sections if s.section_id == section_id), None)


def valid_answers(definition: Definition, stored: Mapping[str, object]) -> dict[str, object]:
    """Stored answers that fit the current definition (type and choices)."""
    result: dict[str, object] = {}
    for qid, value in stored.items():
        question = definition.question(qid)
        if question is not None and is_valid(question, value):
            result[qid] = value
    return result


def context(answers: Mapping[str, object], facts: InburgeraarFacts) -> dict[str, object]:
    return {**answers, **facts.context()}


def section_applies(section: Section, ctx: Mapping[str, object]) -> bool:
    return section.condition is None or evaluate(section.condition, ctx)


def question_applies(section: Section, question: Question, ctx: Mapping[str, object]) -> bool:
    if not section_applies(section, ctx):
        return False
    return question.condition is None or evaluate(question.condition, ctx)


def visible_questions(section: Section, ctx: Mapping[str, object]) -> list[Question]:
    if not section_applies(section, ctx):
        return []
    return [q for q in section.questions if q.condition is None or evaluate(q.condition, ctx)]


def applicable_answers(
    definition: Definition, answers: Mapping[str, object], facts: InburgeraarFacts
) -> dict[str, object]:
    """Valid answers to questions that apply now (an answer to a hidden follow-up is left out)."""
    valid = valid_answers(definition, answers)
    ctx = context(valid, facts)
    return {
        q.id: valid[q.id]
        for s in definition.sections
        for q in visible_questions(s, ctx)
        if q.id in valid
    }


def _section_progress(
    section: Section, ctx: Mapping[str, object], answers: Mapping[str, object]
) -> tuple[SectionProgress, list[MissingItem]]:
    shown = visible_questions(section, ctx)
    if not shown:
        why = (
            "geldt niet voor deze inburgeraar"
            if section.condition
            else "geen vragen van toepassing"
        )
        return SectionProgress(
            section.id, section.title, NIET_VAN_TOEPASSING, 0, 0, section.legal_minimum, why
        ), []
    answered = sum(1 for q in shown if q.id in answers)
    missing = [
        MissingItem(section.id, section.title, q.id, q.label, section.legal_minimum)
        for q in shown
        if q.required_for_completion and q.id not in answers
    ]
    if missing:
        status, why = ONVOLLEDIG, f"{len(missing)} verplichte vraag/vragen open"
    elif answered == 0:
        status, why = ONVOLLEDIG, "nog niets ingevuld"
    else:
        status, why = VOLLEDIG, f"{answered} van {len(shown)} beantwoord"
    progress = SectionProgress(
        section.id, section.title, status, answered, len(shown), section.legal_minimum, why
    )
    return progress, missing


def assess(
    definition: Definition, answers: Mapping[str, object], facts: InburgeraarFacts
) -> Assessment:
    """Progress per domain and every missing required item, in definition order."""
    valid = valid_answers(definition, answers)
    ctx = context(valid, facts)
    sections: list[SectionProgress] = []
    missing: list[MissingItem] = []
    for section in definition.sections:
        progress, items = _section_progress(section, ctx, valid)
        sections.append(progress)
        missing.extend(items)
    return Assessment(tuple(sections), tuple(missing))


def first_open_question(
    definition: Definition, answers: Mapping[str, object], facts: InburgeraarFacts, section_id: str
) -> str | None:
    """The first question on a page that applies and has no answer yet."""
    section = definition.section(section_id)
    if section is None:
        return None
    valid = valid_answers(definition, answers)
    ctx = context(valid, facts)
    return next((q.id for q in visible_questions(section, ctx) if q.id not in valid), None)
