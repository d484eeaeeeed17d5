"""Experiences with the offer: a short questionnaire, defined as data in
``resources/ervaring/vragenlijst-vN.json``, that a key person or officer fills in with the newcomer
about one part of the offer (taalschool, PVT, MAP, ontzorgen) and its provider.

Texts are shown in the newcomer's language where the definition has them, in Dutch otherwise;
the definition says per language whether its texts were checked (``nagekeken``), and a text in a
language not yet checked is marked so. Answers are stored per newcomer, part, provider and
period (quarter); filling in the same again replaces the earlier answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from app.security.audit import audit
from app.security.roles import Permission, require
from app.stem.model import INGEVULD_DOOR, ONDERDELEN, periode_van
from app.validation import FieldError, ValidationError, parse_date
from db.stem import StemRepository

if TYPE_CHECKING:
    from app.session import Session

MAX_AANBIEDER = 120
MAX_TOELICHTING = 2000
NIET_NAGEKEKEN = "vertaling nog niet nagekeken"


@dataclass(frozen=True)
class Vraag:
    id: str
    onderdelen: tuple[str, ...]
    tekst: Mapping[str, str]


@dataclass(frozen=True)
class Vragenlijst:
    versie: int
    antwoorden: tuple[tuple[str, Mapping[str, str]], ...]
    vragen: tuple[Vraag, ...]
    nagekeken: Mapping[str, bool]

    def vragen_voor(self, onderdeel: str) -> tuple[Vraag, ...]:
        return tuple(v for v in self.vragen if onderdeel in v.onderdelen)

    def antwoord_ids(self) -> tuple[str, ...]:
        return tuple(a for a, _ in self.antwoorden)

    def tekst(self, texts: Mapping[str, str], taal: str) -> tuple[str, bool]:
        """The text in *taal* when there is one, else Dutch; and whether it is a checked text."""
        if taal in texts and texts[taal].strip():
            return texts[taal], bool(self.nagekeken.get(taal, False))
        return texts["nl"], True

    def antwoord_label(self, antwoord: str, taal: str = "nl") -> str:
        for key, texts in self.antwoorden:
            if key == antwoord:
                return self.tekst(texts, taal)[0]
        return antwoord


def parse_vragenlijst(raw: Mapping[str, Any]) -> Vragenlijst:
    """Check and read a definition; ValueError with a Dutch message when it is broken."""
    answers = tuple((str(a["id"]), dict(a["tekst"])) for a in raw["antwoorden"])
    questions = tuple(
        Vraag(str(q["id"]), tuple(q["onderdelen"]), dict(q["tekst"])) for q in raw["vragen"]
    )
    for key, texts in answers:
        if not texts.get("nl"):
            raise ValueError(f"Antwoord {key} heeft geen Nederlandse tekst.")
    seen: set[str] = set()
    for q in questions:
        if not q.tekst.get("nl"):
            raise ValueError(f"Vraag {q.id} heeft geen Nederlandse tekst.")
        if q.id in seen:
            raise ValueError(f"Vraag {q.id} staat er twee keer in.")
        seen.add(q.id)
        wrong = [o for o in q.onderdelen if o not in ONDERDELEN]
        if wrong or not q.onderdelen:
            raise ValueError(f"Vraag {q.id} hoort bij een onbekend onderdeel: {wrong}.")
    return Vragenlijst(int(raw["versie"]), answers, questions, dict(raw.get("nagekeken", {})))


@cache
def vragenlijst() -> Vragenlijst:
    """The newest definition shipped in resources/ervaring."""
    found = {}
    for entry in resources.files("resources.ervaring").iterdir():
        if entry.name.startswith("vragenlijst-v") and entry.name.endswith(".json"):
            data = json.loads(entry.read_text("utf-8"))
            found[int(data["versie"])] = data
    return parse_vragenlijst(found[max(found)])


@dataclass(frozen=True)
class Ervaring:
    id: str
    onderdeel: str
    aanbieder: str
    periode: str
    datum: date
    ingevuld_door: str
    antwoorden: Mapping[str, str]
    toelichting: str
    deelbaar: bool


class ErvaringService:
    def __init__(self, session: Session, today: date | None = None) -> None:
        self.session = session
        self.store = session.store
        self.repo = StemRepository(self.store)
        self.definition = vragenlijst()
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def validate(self, inburgeraar_id: str, form: Mapping[str, Any]) -> dict[str, Any]:
        errors: dict[str, str] = {}
        onderdeel = str(form.get("onderdeel") or "")
        if onderdeel not in ONDERDELEN:
            errors["onderdeel"] = "Kies het onderdeel: taalschool, PVT, MAP of ontzorgen."
        aanbieder = " ".join(str(form.get("aanbieder") or "").split())
        if not aanbieder:
            errors["aanbieder"] = "Vul de aanbieder in (bijvoorbeeld de naam van de taalschool)."
        elif len(aanbieder) > MAX_AANBIEDER:
            errors["aanbieder"] = f"De naam is te lang (hoogstens {MAX_AANBIEDER} tekens)."
        datum: date | None = None
        raw = form.get("datum") or self.today()
        try:
            datum = raw if isinstance(raw, date) else parse_date(str(raw))
            if datum > self.today():
                errors["datum"] = "Deze datum ligt in de toekomst."
        except FieldError as exc:
            errors["datum"] = str(exc)
        door = str(form.get("ingevuld_door") or "")
        if door not in INGEVULD_DOOR:
            errors["ingevuld_door"] = "Kies wie het invulde: sleutelpersoon of klantmanager."
        given = dict(form.get("antwoorden") or {})
        allowed = self.definition.antwoord_ids()
        questions = {v.id for v in self.definition.vragen_voor(onderdeel)}
        answers = {k: str(v) for k, v in given.items() if v not in (None, "")}
        for key, value in answers.items():
            if key not in questions:
                errors[f"antwoord.{key}"] = "Deze vraag hoort niet bij dit onderdeel."
            elif value not in allowed:
                errors[f"antwoord.{key}"] = "Kies een van de antwoorden."
        if not answers and "onderdeel" not in errors:
            errors["antwoorden"] = "Beantwoord minstens één vraag."
        toelichting = str(form.get("toelichting") or "").strip()
        if len(toelichting) > MAX_TOELICHTING:
            errors["toelichting"] = f"De toelichting is te lang (hoogstens {MAX_TOELICHTING})."
        if errors:
            raise ValidationError(errors)
        assert datum is not None
        return {
            "inburgeraar_id": inburgeraar_id,
            "onderdeel": onderdeel,
            "aanbieder": aanbieder,
            "periode": periode_van(datum),
            "datum": datum.isoformat(),
            "ingevuld_door": door,
            "sleutelpersoon_id": form.get("sleutelpersoon_id") or None,
            "taal": str(form.get("taal") or "nl"),
            "definitie_versie": self.definition.versie,
            "antwoorden": json.dumps(answers, sort_keys=True),
            "toelichting": toelichting,
            "deelbaar": 1 if form.get("deelbaar") else 0,
        }

    def save(self, inburgeraar_id: str, form: Mapping[str, Any]) -> str:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        values = self.validate(inburgeraar_id, form)
        return self.repo.save_ervaring(
            values, lambda rid: audit(self.session, "opgeslagen", "ervaring", rid)
        )

    def van(self, inburgeraar_id: str) -> list[Ervaring]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return [
            Ervaring(
                id=str(r["id"]),
                onderdeel=str(r["onderdeel"]),
                aanbieder=str(r["aanbieder"]),
                periode=str(r["periode"]),
                datum=date.fromisoformat(str(r["datum"])),
                ingevuld_door=str(r["ingevuld_door"]),
                antwoorden=json.loads(str(r["antwoorden"])),
                toelichting=str(r["toelichting"]),
                deelbaar=bool(r["deelbaar"]),
            )
            for r in self.repo.ervaringen_van(inburgeraar_id)
        ]

    def aanbieders(self, onderdeel: str) -> list[str]:
        """Providers recorded before for this part (to pick from)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        return [a for o, a in self.repo.aanbieders() if o == onderdeel]
