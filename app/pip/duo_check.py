"""DUO's rejection rules for a PIP message, and the message itself.

`check` is pure: it gets the dates it needs as arguments and lists every violation in plain
Dutch. `duo_message` builds the JSON DUO expects and refuses a PIP that fails the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.validation import bsn_is_valid, format_date

INTENSITEIT_MIN = 1
INTENSITEIT_MAX = 9999
GEMEENTECODE = re.compile(r"[0-9]{4}")  # CBS code: four ASCII digits (str.isdigit allows '²')


@dataclass(frozen=True)
class DuoInput:
    dagtekening: date | None
    leerroute: str  # B / O / Z, "" when not chosen
    niveau: str  # A2 / B1 / ""
    intensiteit: int | None
    mag_opleiding_afmaken: bool
    alfabetisering: str  # A / AA / NVT
    asielstatushouder: bool
    eerste_pip: bool  # no earlier vastgesteld PIP for this person (in any municipality)
    start_plicht: date | None
    vestiging: date | None
    eerste_dagtekening: date | None = None  # for an amended PIP
    huidige_dagtekening: date | None = None  # the PIP this one replaces
    gemeentecode: str = ""
    bsn: str | None = None


@dataclass(frozen=True)
class Overtreding:
    code: str
    tekst: str


def _dates(p: DuoInput) -> list[Overtreding]:
    out: list[Overtreding] = []
    d = p.dagtekening
    if d is None:
        return [Overtreding("dagtekening", "De dagtekening ontbreekt.")]
    checks = (
        ("voor_plicht", p.start_plicht, "de start van de inburgeringsplicht"),
        ("voor_vestiging", p.vestiging, "de vestiging in de gemeente"),
    )
    for code, other, what in checks:
        if other is not None and d < other:
            out.append(
                Overtreding(
                    code,
                    f"De dagtekening ({format_date(d)}) ligt voor {what} ({format_date(other)}).",
                )
            )
    if not p.eerste_pip:
        for code, other, what in (
            ("voor_eerste_pip", p.eerste_dagtekening, "de dagtekening van de eerste PIP"),
            ("voor_huidige_pip", p.huidige_dagtekening, "de dagtekening van de huidige PIP"),
        ):
            if other is not None and d < other:
                out.append(
                    Overtreding(
                        code,
                        f"De dagtekening ({format_date(d)}) ligt voor {what} "
                        f"({format_date(other)}).",
                    )
                )
    return out


def _route(p: DuoInput) -> list[Overtreding]:
    out: list[Overtreding] = []
    if p.leerroute not in ("B", "O", "Z"):
        return [Overtreding("leerroute", "Kies een leerroute.")]
    if p.niveau not in ("", "A2", "B1"):
        out.append(Overtreding("niveau", "Het niveau is A2, B1 of leeg."))
    if p.niveau == "A2" and p.leerroute == "O":
        out.append(Overtreding("a2_onderwijs", "Niveau A2 kan niet bij de onderwijsroute."))
    if p.niveau == "B1" and p.leerroute == "Z":
        out.append(Overtreding("b1_z", "Niveau B1 kan niet bij de Z-route."))
    if p.niveau == "A2" and p.leerroute == "B" and p.eerste_pip:
        out.append(
            Overtreding(
                "a2_eerste_pip",
                "Niveau A2 bij de B1-route (afschalen) kan niet in het eerste PIP.",
            )
        )
    return out


def _intensiteit(p: DuoInput) -> list[Overtreding]:
    if p.intensiteit is None:
        return []
    if isinstance(p.intensiteit, bool) or not isinstance(p.intensiteit, int):
        return [Overtreding("intensiteit_bereik", "De geschatte intensiteit is een aantal uren.")]
    if p.leerroute != "B" or not p.asielstatushouder:
        return [
            Overtreding(
                "intensiteit_niet_toegestaan",
                "Een geschatte intensiteit mag alleen bij de B1-route van een asielstatushouder.",
            )
        ]
    if not INTENSITEIT_MIN <= p.intensiteit <= INTENSITEIT_MAX:
        return [
            Overtreding(
                "intensiteit_bereik",
                f"De geschatte intensiteit is {INTENSITEIT_MIN} tot en met {INTENSITEIT_MAX} uur.",
            )
        ]
    return []


def check(p: DuoInput) -> list[Overtreding]:
    """Every rule on which DUO would reject this PIP; empty when it passes."""
    out = _dates(p) + _route(p) + _intensiteit(p)
    if p.alfabetisering not in ("A", "AA", "NVT"):
        out.append(Overtreding("alfabetisering", "Kies A, AA of NVT voor alfabetisering."))
    return out


def waarschuwingen(p: DuoInput) -> list[str]:
    """What the app could not check because a date is missing in the register."""
    out: list[str] = []
    if p.start_plicht is None:
        out.append("Datum start inburgeringsplicht onbekend: die controle is overgeslagen.")
    if p.vestiging is None:
        out.append("Datum vestiging onbekend: die controle is overgeslagen.")
    return out


class DuoExportError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def duo_path(bsn: str) -> str:
    """Where DUO's PIP API takes this PIP: ``POST /personen/{bsn}/PIP`` (PIP API 1.2)."""
    return f"/personen/{bsn}/PIP"


def duo_message(p: DuoInput) -> dict[str, Any]:
    """The PIP in DUO's own ``Gemeente`` shape: ``{"gemeentecode": …, "pip": {…}}`` where
    ``pip`` is exactly DUO's ``PIP`` schema (the body of ``POST /personen/{bsn}/PIP``). The BSN
    is not in the body: it belongs in the path (see :func:`duo_path`).
    Raises DuoExportError when the PIP fails the check."""
    problems = [o.tekst for o in check(p)]
    if not p.bsn or not bsn_is_valid(p.bsn):
        problems.append("Zonder geldig BSN kan de PIP niet naar DUO.")
    if not GEMEENTECODE.fullmatch(p.gemeentecode):
        problems.append("De gemeentecode (4 cijfers) ontbreekt.")
    if problems:
        raise DuoExportError(problems)
    assert p.dagtekening is not None
    pip: dict[str, Any] = {
        "dagtekeningPip": p.dagtekening.isoformat(),
        "leerroute": p.leerroute,
    }
    if p.niveau:
        pip["niveau"] = p.niveau
    if p.intensiteit is not None:
        pip["geschatteIntensiteitB1Route"] = p.intensiteit
    pip["indicatorMagOpleidingAfmaken"] = p.mag_opleiding_afmaken
    pip["indicatorAlfabetiseringsonderwijs"] = p.alfabetisering
    return {"gemeentecode": p.gemeentecode, "pip": pip}
