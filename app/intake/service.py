"""IntakeService: the one way the rest of the app reads and writes a brede intake.

Permissions are checked here, not only in the UI: reading needs ``DOSSIER_LEZEN`` (the answers
hold health and family data), writing ``DOSSIER_WIJZIGEN``. Showing the answers logs "bekeken";
every change logs its audit line inside the write's own transaction (ids only).

Every answer is saved in its own short transaction the moment it is given, together with the
resume position, so a killed process loses at most the field being typed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.intake.definition import Definition, load_definition
from app.intake.progress import (
    Assessment,
    InburgeraarFacts,
    age_on,
    applicable_answers,
    assess,
    first_open_question,
)
from app.intake.values import coerce, display, is_valid
from app.security.audit import audit
from app.security.roles import Permission, require
from app.validation import FieldError, ValidationError
from db.intake import IntakeRepository
from db.records import now_utc

if TYPE_CHECKING:
    from app.session import Session

MIN_OVERRIDE_REASON = 10
STATUS_INTAKE = "intake"  # the register status while the intake runs; closing leaves it


class IntakeIncomplete(ValueError):
    """Closing was refused: the intake is not complete and no reason was given."""


@dataclass(frozen=True)
class Position:
    section_id: str
    question_id: str


@dataclass(frozen=True)
class IntakeInfo:
    status: str  # "open" | "afgerond"
    definitie_versie: int
    afgerond_op: str | None
    afgerond_reden: str
    ontbrak_bij_afronden: tuple[str, ...]
    position: Position | None


@dataclass(frozen=True)
class SummaryItem:
    question_id: str
    label: str
    text: str
    old_version: int | None = None  # set when the answer was given under another definition


@dataclass(frozen=True)
class SummarySection:
    section_id: str
    title: str
    status: str
    legal_minimum: bool
    items: tuple[SummaryItem, ...]


class IntakeService:
    def __init__(
        self, session: Session, definition: Definition | None = None, today: date | None = None
    ) -> None:
        self.session = session
        self.store = session.store
        self.repo = IntakeRepository(self.store)
        self.inburgeraars = session.inburgeraars
        self.definition = definition or load_definition()
        self._today = today
        self._facts: dict[str, InburgeraarFacts] = {}

    # --- reading ------------------------------------------------------------------------------
    def facts(self, inburgeraar_id: str) -> InburgeraarFacts:
        require(self.session, Permission.DOSSIER_LEZEN)
        return self._inburgeraar_facts(inburgeraar_id)

    def _inburgeraar_facts(self, inburgeraar_id: str) -> InburgeraarFacts:
        """Facts the conditions need; internal (callers check the permission)."""
        cached = self._facts.get(inburgeraar_id)
        if cached is not None:
            return cached
        inburgeraar = self.inburgeraars.lookup(inburgeraar_id)
        if inburgeraar is None:
            raise ValidationError({"inburgeraar": "Deze inburgeraar bestaat niet (meer)."})
        facts = InburgeraarFacts(
            doelgroep=inburgeraar.doelgroep,
            asielstatushouder=inburgeraar.is_asielstatushouder,
            leeftijd=age_on(inburgeraar.geboortedatum, self._today or date.today()),
            geslacht=inburgeraar.geslacht,
            land_herkomst=inburgeraar.land_herkomst,
        )
        self._facts[inburgeraar_id] = facts
        return facts

    def forget(self, inburgeraar_id: str) -> None:
        """Drop cached client facts (call after the register record changed)."""
        self._facts.pop(inburgeraar_id, None)

    def forget_all(self) -> None:
        """Drop every cached client fact (many records changed: a sync, an import)."""
        self._facts.clear()

    def _stored(self, inburgeraar_id: str) -> dict[str, object]:
        return {qid: value for qid, value, _v, _t in self.repo.answers(inburgeraar_id)}

    def _viewed(self, inburgeraar_id: str) -> None:
        row = self.repo.get(inburgeraar_id)
        if row is not None:
            audit(self.session, "bekeken", "intake", str(row["id"]))

    def stored_answers(self, inburgeraar_id: str) -> dict[str, object]:
        """Every stored answer, also to hidden questions or from an older definition."""
        require(self.session, Permission.DOSSIER_LEZEN)
        self._viewed(inburgeraar_id)
        return self._stored(inburgeraar_id)

    def answer_times(self, inburgeraar_id: str) -> dict[str, str]:
        """Question id → when its stored answer was last written (UTC, ISO 8601)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        return {qid: stamp for qid, _v, _d, stamp in self.repo.answers(inburgeraar_id)}

    def answers(self, inburgeraar_id: str) -> dict[str, object]:
        """Question id → value for every answered question that applies (the shared contract)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        self._viewed(inburgeraar_id)
        stored = self._stored(inburgeraar_id)
        return applicable_answers(self.definition, stored, self._inburgeraar_facts(inburgeraar_id))

    def preferences(
        self, inburgeraar_id: str, prefix: str = "sleutelpersoon."
    ) -> dict[str, object]:
        """Only the applicable answers about a key person (wish, preferred gender, themes):
        what matching needs. A coordinator may read these; the rest of the intake (health,
        family) never leaves this service for matching."""
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        stored = {k: v for k, v in self._stored(inburgeraar_id).items() if k.startswith(prefix)}
        return applicable_answers(self.definition, stored, self._inburgeraar_facts(inburgeraar_id))

    def info(self, inburgeraar_id: str) -> IntakeInfo | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        row = self.repo.get(inburgeraar_id)
        if row is None:
            return None
        position = (
            Position(row["positie_sectie"], row["positie_vraag"]) if row["positie_sectie"] else None
        )
        return IntakeInfo(
            status=row["status"],
            definitie_versie=int(row["definitie_versie"]),
            afgerond_op=row["afgerond_op"],
            afgerond_reden=row["afgerond_reden"],
            ontbrak_bij_afronden=tuple(json.loads(row["ontbrak_bij_afronden"])),
            position=position,
        )

    def assessment(
        self, inburgeraar_id: str, stored: dict[str, object] | None = None
    ) -> Assessment:
        require(self.session, Permission.DOSSIER_LEZEN)
        answers = self._stored(inburgeraar_id) if stored is None else stored
        return assess(self.definition, answers, self._inburgeraar_facts(inburgeraar_id))

    def resume_position(self, inburgeraar_id: str) -> Position:
        """Where to continue: the stored position, else the first page with an open question."""
        info = self.info(inburgeraar_id)
        if info and info.position and self.definition.section(info.position.section_id):
            return info.position
        stored = self._stored(inburgeraar_id)
        facts = self._inburgeraar_facts(inburgeraar_id)
        for section in self.definition.sections:
            qid = first_open_question(self.definition, stored, facts, section.id)
            if qid:
                return Position(section.id, qid)
        return Position(self.definition.sections[0].id, "")

    # --- writing ------------------------------------------------------------------------------
    def save_answer(self, inburgeraar_id: str, question_id: str, value: object) -> object | None:
        """Validate and store one answer at once; returns the stored value (None = cleared).

        Raises FieldError with a Dutch message for a wrong value; nothing is stored then.
        """
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        question = self.definition.question(question_id)
        section = self.definition.section_of(question_id)
        if question is None or section is None:
            raise FieldError(f"Onbekende vraag: {question_id}.")
        stored = coerce(question, value)
        self._inburgeraar_facts(inburgeraar_id)  # refuses an unknown inburgeraar before writing
        self.repo.save_answer(
            inburgeraar_id,
            question_id,
            stored,
            self.definition.version,
            (section.id, question_id),
            self._changed("gewijzigd", inburgeraar_id=inburgeraar_id),
        )
        return stored

    def save_answers(self, inburgeraar_id: str, answers: dict[str, object]) -> None:
        """Store many answers at once (all or nothing); ValidationError lists every problem."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        items: list[tuple[str, object]] = []
        errors: dict[str, str] = {}
        for question_id, value in answers.items():
            question = self.definition.question(question_id)
            if question is None:
                errors[question_id] = "Onbekende vraag."
                continue
            try:
                stored = coerce(question, value)
            except FieldError as exc:
                errors[question_id] = str(exc)
                continue
            if stored is not None:
                items.append((question_id, stored))
        if errors:
            raise ValidationError(errors)
        self._inburgeraar_facts(inburgeraar_id)
        self.repo.save_answers(
            inburgeraar_id,
            items,
            self.definition.version,
            self._changed("gewijzigd", inburgeraar_id=inburgeraar_id),
        )

    def _changed(
        self, action: str, obj_type: str = "intake", inburgeraar_id: str | None = None
    ) -> Callable[[str], None]:
        """The audit line for a write, run by the repository inside the write's transaction.
        With *inburgeraar_id*, the write also starts the intake: status aangemeld → intake."""

        def hook(row_id: str) -> None:
            audit(self.session, action, obj_type, row_id)
            if inburgeraar_id is not None:
                self.inburgeraars.advance_status(inburgeraar_id, STATUS_INTAKE)  # joins the write

        return hook

    def set_position(self, inburgeraar_id: str, section_id: str, question_id: str = "") -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        self.repo.ensure(inburgeraar_id, self.definition.version)
        self.repo.set_position(inburgeraar_id, section_id, question_id)

    def mark_open(self, inburgeraar_id: str) -> None:
        """The intake window is open; stays marked when the process is killed."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        self.repo.ensure(inburgeraar_id, self.definition.version)
        self.repo.set_open(inburgeraar_id, now_utc())
        self.inburgeraars.advance_status(
            inburgeraar_id, STATUS_INTAKE
        )  # opening it starts the intake

    def mark_closed(self, inburgeraar_id: str) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        self.repo.set_open(inburgeraar_id, None)

    def interrupted(self) -> list[str]:
        """Inburgeraars whose intake window was open when the app last stopped."""
        require(self.session, Permission.DOSSIER_LEZEN)
        return self.repo.interrupted()

    def close(self, inburgeraar_id: str, override_reason: str = "") -> Assessment:
        """Mark the intake afgerond: only when complete, or with a written reason (kept)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        result = self.assessment(inburgeraar_id)
        reason = override_reason.strip()
        if not result.complete:
            if not reason:
                listed = "; ".join(f"{m.section_title}: {m.label}" for m in result.missing)
                raise IntakeIncomplete(f"De intake is nog niet volledig. Nog nodig: {listed}.")
            if len(reason) < MIN_OVERRIDE_REASON:
                raise IntakeIncomplete(
                    f"Schrijf waarom u toch afrondt (minstens {MIN_OVERRIDE_REASON} tekens)."
                )
        intake_id = self.repo.ensure(inburgeraar_id, self.definition.version)
        missing = [m.question_id for m in result.missing]
        self.repo.update(
            intake_id,
            {
                "status": "afgerond",
                "afgerond_op": now_utc(),
                "afgerond_reden": reason if missing else "",
                "ontbrak_bij_afronden": json.dumps(missing),
            },
            self._changed("afgerond"),
        )
        return result

    def reopen(self, inburgeraar_id: str) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        row = self.repo.get(inburgeraar_id)
        if row is not None:
            self.repo.update(
                row["id"], {"status": "open", "afgerond_op": None}, self._changed("heropend")
            )

    # --- summary ------------------------------------------------------------------------------
    def summary(self, inburgeraar_id: str) -> list[SummarySection]:
        """Every answer grouped by domain, as text for review with the newcomer."""
        require(self.session, Permission.DOSSIER_LEZEN)
        self._viewed(inburgeraar_id)
        rows = self.repo.answers(inburgeraar_id)
        stored = {qid: value for qid, value, _v, _t in rows}
        versions = {qid: v for qid, _value, v, _t in rows}
        shown = applicable_answers(self.definition, stored, self._inburgeraar_facts(inburgeraar_id))
        result = self.assessment(inburgeraar_id, stored)
        sections: list[SummarySection] = []
        for section in self.definition.sections:
            items = tuple(
                SummaryItem(
                    q.id,
                    q.label,
                    display(q, shown[q.id]),
                    versions[q.id] if versions[q.id] != self.definition.version else None,
                )
                for q in section.questions
                if q.id in shown
            )
            progress = result.section(section.id)
            status = progress.status if progress else ""
            sections.append(
                SummarySection(section.id, section.title, status, section.legal_minimum, items)
            )
        older = tuple(
            SummaryItem(qid, qid, display(self.definition.question(qid), value), versions[qid])
            for qid, value in stored.items()
            if qid not in shown and not _fits(self.definition, qid, value)
        )
        if older:
            sections.append(
                SummarySection(
                    "_ouder", "Uit een eerdere versie van de vragenlijst", "", False, older
                )
            )
        return sections


def _fits(definition: Definition, question_id: str, value: object) -> bool:
    question = definition.question(question_id)
    return question is not None and is_valid(question, value)
