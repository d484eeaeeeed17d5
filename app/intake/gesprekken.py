"""Conversations (gesprekken) of an intake, their notes, and signals a key person picks up.

A signaal carries its follow-up (theme, urgency, owner, action, due date); its status steps are
in :mod:`app.stem.signalen`. ``Signaal`` lives in :mod:`app.stem.model` and is re-exported here."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app import reference
from app.intake.gesprek_inzet import book_with, inzet_row, note_with
from app.intake.service import IntakeService
from app.security.roles import Permission, require
from app.stem.model import SIGNAAL_THEMAS, URGENTIES, Signaal
from app.stem.signaal_rij import signaal_uit_rij
from app.validation import FieldError, ValidationError, parse_date
from db.stem import StemRepository

PLAATSEN: dict[str, str] = {
    "gemeentehuis": "Gemeentehuis",
    "azc": "AZC",
    "huisbezoek": "Huisbezoek",
    "telefonisch": "Telefonisch / video",
    "elders": "Elders",
}
MAX_NOTE = 5000
__all__ = ["Gesprek", "GesprekService", "Signaal"]


@dataclass(frozen=True)
class Gesprek:
    id: str
    datum: date
    plaats: str
    klantmanager: str
    sleutelpersoon_id: str | None
    sleutelpersoon_naam: str
    rollen: tuple[str, ...]
    tolk: str
    zonder_partner_verteld: bool
    notities: tuple[str, ...]
    inzet_id: str | None = None
    versie: int = 1

    @property
    def plaats_label(self) -> str:
        return PLAATSEN.get(self.plaats, self.plaats)


def _date(raw: object, errors: dict[str, str], field: str, today: date) -> date | None:
    try:
        value = raw if isinstance(raw, date) else parse_date(str(raw or ""))
    except FieldError as exc:
        errors[field] = str(exc)
        return None
    if value > today:
        errors[field] = "Deze datum ligt in de toekomst."
        return None
    return value


def _text(raw: object, limit: int = 200) -> str:
    return str(raw or "").strip()[:limit]


def _all(hooks: list[Callable[[str], None]]) -> Callable[[str], None]:
    def hook(row_id: str) -> None:
        for each in hooks:
            each(row_id)

    return hook


class GesprekService:
    def __init__(self, intake: IntakeService, today: date | None = None) -> None:
        self.intake = intake
        self.repo = intake.repo
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def validate_gesprek(self, form: Mapping[str, Any]) -> dict[str, Any]:
        errors: dict[str, str] = {}
        datum = _date(form.get("datum"), errors, "datum", self.today())
        plaats = _text(form.get("plaats"))
        if plaats not in PLAATSEN:
            errors["plaats"] = "Kies waar het gesprek was."
        rollen = list(form.get("rollen") or [])
        unknown = [r for r in rollen if r not in reference.SLEUTELPERSOON_ROLLEN]
        if unknown:
            errors["rollen"] = f"Onbekende rol: {', '.join(map(str, unknown))}."
        naam = _text(form.get("sleutelpersoon_naam"))
        if rollen and not naam and not form.get("sleutelpersoon_id"):
            errors["sleutelpersoon_naam"] = "Vul de naam van de sleutelpersoon in bij de rollen."
        if errors:
            raise ValidationError(errors)
        assert datum is not None
        return {
            "datum": datum.isoformat(),
            "plaats": plaats,
            "klantmanager": _text(form.get("klantmanager")),
            "sleutelpersoon_id": form.get("sleutelpersoon_id") or None,
            "sleutelpersoon_naam": naam,
            "sleutelpersoon_rollen": json.dumps(
                [r for r in reference.SLEUTELPERSOON_ROLLEN if r in rollen]
            ),
            "tolk": _text(form.get("tolk")),
            "zonder_partner_verteld": 1 if form.get("zonder_partner_verteld") else 0,
        }

    def add_gesprek(self, inburgeraar_id: str, form: Mapping[str, Any]) -> str:
        """Record a conversation (and its first note, when given); ValidationError when wrong."""
        require(self.intake.session, Permission.DOSSIER_WIJZIGEN)
        values = self.validate_gesprek(form)
        note = str(form.get("notitie") or "").strip()
        if len(note) > MAX_NOTE:
            raise ValidationError({"notitie": f"De notitie is te lang (hoogstens {MAX_NOTE})."})
        self.intake.facts(inburgeraar_id)
        session = self.intake.session
        hooks = [self._changed("intake_gesprek", inburgeraar_id)]
        inzet = form.get("inzet")
        if isinstance(inzet, Mapping) and inzet.get("registreren"):
            gesprek = {**values, "rollen": json.loads(values["sleutelpersoon_rollen"])}
            hooks.append(
                book_with(session, inzet_row(session, inburgeraar_id, gesprek, inzet, self.today()))
            )
        if note:  # the first note commits with its gesprek
            hooks.append(note_with(session, note, self._changed("intake_notitie")))
        gesprek_id = self.repo.add_gesprek(
            inburgeraar_id, self.intake.definition.version, values, _all(hooks)
        )
        return gesprek_id

    def _changed(self, obj_type: str, inburgeraar_id: str | None = None) -> Callable[[str], None]:
        return self.intake._changed("aangemaakt", obj_type, inburgeraar_id)

    def add_notitie(self, gesprek_id: str, tekst: str) -> None:
        require(self.intake.session, Permission.DOSSIER_WIJZIGEN)
        text = tekst.strip()
        if not text:
            raise ValidationError({"notitie": "Een lege notitie wordt niet bewaard."})
        if len(text) > MAX_NOTE:
            raise ValidationError({"notitie": f"De notitie is te lang (hoogstens {MAX_NOTE})."})
        if not self.repo.gesprek_exists(gesprek_id):
            raise ValidationError({"gesprek": "Dit gesprek bestaat niet (meer)."})
        self.repo.add_notitie(gesprek_id, text, self._changed("intake_notitie"))

    def gesprekken(self, inburgeraar_id: str) -> list[Gesprek]:
        require(self.intake.session, Permission.DOSSIER_LEZEN)
        return [
            Gesprek(
                id=row["id"],
                datum=date.fromisoformat(row["datum"]),
                plaats=row["plaats"],
                klantmanager=row["klantmanager"],
                sleutelpersoon_id=row["sleutelpersoon_id"],
                sleutelpersoon_naam=row["sleutelpersoon_naam"],
                rollen=tuple(json.loads(row["sleutelpersoon_rollen"])),
                tolk=row["tolk"],
                zonder_partner_verteld=bool(row["zonder_partner_verteld"]),
                notities=tuple(n["tekst"] for n in self.repo.notities(row["id"])),
                inzet_id=row.get("inzet_id"),
                versie=int(row["version"]),
            )
            for row in self.repo.gesprekken(inburgeraar_id)
        ]

    def validate_signaal(self, form: Mapping[str, Any]) -> dict[str, Any]:
        errors: dict[str, str] = {}
        datum = _date(form.get("datum"), errors, "datum", self.today())
        tekst = str(form.get("tekst") or "").strip()
        if not tekst:
            errors["tekst"] = "Beschrijf het signaal."
        elif len(tekst) > MAX_NOTE:
            errors["tekst"] = f"Het signaal is te lang (hoogstens {MAX_NOTE} tekens)."
        gesprek_id = form.get("gesprek_id") or None
        if gesprek_id and not self.repo.gesprek_exists(str(gesprek_id)):
            errors["gesprek"] = "Dit gesprek bestaat niet (meer)."
        thema = _text(form.get("thema")) or "overig"
        if thema not in SIGNAAL_THEMAS:
            errors["thema"] = "Kies een thema uit de lijst."
        urgentie = _text(form.get("urgentie")) or "normaal"
        if urgentie not in URGENTIES:
            errors["urgentie"] = "Kies hoog, normaal of laag."
        actie = str(form.get("actie") or "").strip()
        if len(actie) > MAX_NOTE:
            errors["actie"] = f"De actie is te lang (hoogstens {MAX_NOTE} tekens)."
        if errors:
            raise ValidationError(errors)
        assert datum is not None
        return {
            "datum": datum.isoformat(),
            "gemeld_door": _text(form.get("gemeld_door")),
            "tekst": tekst,
            "gesprek_id": gesprek_id,
            "thema": thema,
            "urgentie": urgentie,
            "eigenaar": _text(form.get("eigenaar")),
            "actie": actie,
            "opvolgen_voor": (datum + timedelta(days=URGENTIES[urgentie][1])).isoformat(),
        }

    def add_signaal(self, inburgeraar_id: str, form: Mapping[str, Any]) -> str:
        require(self.intake.session, Permission.DOSSIER_WIJZIGEN)
        values = self.validate_signaal(form)
        self.intake.facts(inburgeraar_id)
        return self.repo.add_signaal(
            inburgeraar_id,
            self.intake.definition.version,
            values,
            self._changed("intake_signaal", inburgeraar_id),
        )

    def signalen(self, inburgeraar_id: str) -> list[Signaal]:
        """The signalen of one dossier with their follow-up, oldest first."""
        require(self.intake.session, Permission.DOSSIER_LEZEN)
        return [
            signaal_uit_rij(row)
            for row in StemRepository(self.intake.store).signalen_van(inburgeraar_id)
        ]
