"""Feedback of a key person on an intake gesprek (research report 4.2.1: "vraag sleutelpersonen
om feedback en tips"): was the purpose understood, did the newcomer speak freely, what should
we do differently, tips, plus free text. It can be given later than the gesprek and corrected.

Feedback is about the municipality's way of working, not about the newcomer: it is never on the
PIP or the handout. Free text reaches the quarterly report only when marked shareable.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.security.audit import audit
from app.security.roles import Permission, require
from app.stem.model import FEEDBACK_ANTWOORDEN, FEEDBACK_THEMAS
from app.validation import FieldError, ValidationError, parse_date
from db.stem import StemRepository

if TYPE_CHECKING:
    from app.session import Session

MAX_TEKST = 2000


@dataclass(frozen=True)
class Feedback:
    id: str
    gesprek_id: str
    sleutelpersoon_id: str | None
    datum: date
    doel_begrepen: str
    vrij_gesproken: str
    themas: tuple[str, ...]
    anders_doen: str
    tips: str
    toelichting: str
    deelbaar: bool
    versie: int


def _feedback(row: Mapping[str, Any]) -> Feedback:
    return Feedback(
        id=str(row["id"]),
        gesprek_id=str(row["gesprek_id"]),
        sleutelpersoon_id=row["sleutelpersoon_id"],
        datum=date.fromisoformat(str(row["datum"])),
        doel_begrepen=str(row["doel_begrepen"]),
        vrij_gesproken=str(row["vrij_gesproken"]),
        themas=tuple(json.loads(str(row["themas"]))),
        anders_doen=str(row["anders_doen"]),
        tips=str(row["tips"]),
        toelichting=str(row["toelichting"]),
        deelbaar=bool(row["deelbaar"]),
        versie=int(row["version"]),
    )


class FeedbackService:
    def __init__(self, session: Session, today: date | None = None) -> None:
        self.session = session
        self.store = session.store
        self.repo = StemRepository(self.store)
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def get(self, gesprek_id: str) -> Feedback | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        row = self.repo.feedback(gesprek_id)
        return _feedback(row) if row else None

    def dossier_van(self, gesprek_id: str) -> str:
        """The inburgeraar whose intake the gesprek belongs to ("" when it is gone)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        gesprek = self.repo.gesprek(gesprek_id)
        return str(gesprek["inburgeraar_id"]) if gesprek else ""

    def validate(self, gesprek: Mapping[str, Any], form: Mapping[str, Any]) -> dict[str, Any]:
        errors: dict[str, str] = {}
        datum: date | None = None
        raw = form.get("datum") or self.today()
        try:
            datum = raw if isinstance(raw, date) else parse_date(str(raw))
        except FieldError as exc:
            errors["datum"] = str(exc)
        if datum is not None and datum > self.today():
            errors["datum"] = "Deze datum ligt in de toekomst."
        elif datum is not None and datum < date.fromisoformat(str(gesprek["datum"])):
            errors["datum"] = "Feedback kan niet van vóór het gesprek zijn."
        for field in ("doel_begrepen", "vrij_gesproken"):
            if form.get(field) not in FEEDBACK_ANTWOORDEN:
                errors[field] = "Kies ja, deels, nee of weet ik niet."
        themas = list(form.get("themas") or [])
        unknown = [t for t in themas if t not in FEEDBACK_THEMAS]
        if unknown:
            errors["themas"] = f"Onbekend thema: {', '.join(map(str, unknown))}."
        texts = {f: str(form.get(f) or "").strip() for f in ("anders_doen", "tips", "toelichting")}
        for field, text in texts.items():
            if len(text) > MAX_TEKST:
                errors[field] = f"Dit is te lang (hoogstens {MAX_TEKST} tekens)."
        if errors:
            raise ValidationError(errors)
        assert datum is not None
        return {
            "datum": datum.isoformat(),
            "sleutelpersoon_id": gesprek.get("sleutelpersoon_id"),
            "doel_begrepen": form["doel_begrepen"],
            "vrij_gesproken": form["vrij_gesproken"],
            "themas": json.dumps([t for t in FEEDBACK_THEMAS if t in themas]),
            **texts,
            "deelbaar": 1 if form.get("deelbaar") else 0,
        }

    def save(self, gesprek_id: str, form: Mapping[str, Any], versie: int | None = None) -> str:
        """Record or correct the key person's feedback on a gesprek; ValidationError when wrong
        (nothing saved), also when the feedback was changed meanwhile."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        gesprek = self.repo.gesprek(gesprek_id)
        if gesprek is None:
            raise ValidationError({"gesprek": "Dit gesprek bestaat niet (meer)."})
        if not gesprek.get("sleutelpersoon_id") and not gesprek.get("sleutelpersoon_naam"):
            raise ValidationError({"gesprek": "Bij dit gesprek was geen sleutelpersoon."})
        values = self.validate(gesprek, form)
        exists = self.repo.feedback(gesprek_id) is not None
        action = "gewijzigd" if exists else "aangemaakt"
        row_id = self.repo.save_feedback(
            gesprek_id,
            values,
            versie,
            lambda rid: audit(self.session, action, "intake_feedback", rid),
        )
        if row_id is None:
            raise ValidationError({"versie": "De feedback is intussen gewijzigd. Laad opnieuw."})
        return row_id


@dataclass(frozen=True)
class SleutelpersoonKant:
    """The coördinator's view of one key person: how often asked, feedback given."""

    id: str
    naam: str
    status: str
    gesprekken: int
    feedback: int
    inzetten: int
    laatst_gevraagd: date | None


def sleutelpersoon_kant(session: Session) -> list[SleutelpersoonKant]:
    """Per key person in the registry: intake gesprekken joined, feedback given on them, all
    engagements booked, and the last gesprek. Numbers only, no newcomers' data."""
    store = session.store
    require(session, Permission.SLEUTELPERSONEN_LEZEN)
    return [
        SleutelpersoonKant(
            id=str(r["id"]),
            naam=f"{r['voornaam']} {r['achternaam']}",
            status=str(r["status"]),
            gesprekken=int(r["gesprekken"]),
            feedback=int(r["feedback"]),
            inzetten=int(r["inzetten"]),
            laatst_gevraagd=date.fromisoformat(r["laatst_gevraagd"])
            if r["laatst_gevraagd"]
            else None,
        )
        for r in StemRepository(store).sleutelpersoon_kant()
    ]


def feedback_van_sleutelpersoon(session: Session, sleutelpersoon_id: str) -> list[Feedback]:
    """What one key person said (for the coördinator): structured answers and, only when marked
    shareable, the free text."""
    store = session.store
    require(session, Permission.SLEUTELPERSONEN_LEZEN)
    found = [_feedback(r) for r in StemRepository(store).feedback_van(sleutelpersoon_id)]
    return [
        f
        if f.deelbaar
        else Feedback(**{**f.__dict__, "anders_doen": "", "tips": "", "toelichting": ""})
        for f in found
    ]
