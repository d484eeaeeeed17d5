"""Workload per key person per month and the monthly expense claim: pure calculations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.validation import FieldError

_MAAND = re.compile(r"^(\d{4})-(\d{2})$")
STANDAARD_KM_TARIEF_CENT = 23  # the tax-free travel allowance per km (2024–2025); configurable
LANG_NIET_GEVRAAGD_DAGEN = 60


def parse_maand(raw: str) -> str:
    """A month as jjjj-mm (also mm-jjjj); returns jjjj-mm."""
    text = raw.strip()
    m = re.match(r"^(\d{1,2})-(\d{4})$", text)
    if m:
        text = f"{m.group(2)}-{int(m.group(1)):02d}"
    m = _MAAND.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 2000:
        raise FieldError("Schrijf de maand als jjjj-mm, bijvoorbeeld 2026-03.")
    return text


def maand_grenzen(maand: str) -> tuple[str, str]:
    """First day of the month and first day of the next month, as ISO dates."""
    year, month = int(maand[:4]), int(maand[5:7])
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    return start.isoformat(), end.isoformat()


@dataclass(frozen=True)
class InzetRegel:
    """What the calculations need of one engagement."""

    sleutelpersoon_id: str
    datum: str
    minuten: int
    km: int
    onkosten_cent: int


@dataclass(frozen=True)
class Werkdruk:
    sleutelpersoon_id: str
    naam: str
    status: str
    capaciteit_uren: int
    uren: float
    inzetten: int
    laatste_inzet: str | None
    dagen_sinds_inzet: int | None
    overbelast: bool  # more hours than the capacity
    bijna_vol: bool  # 90 % or more of the capacity
    lang_niet_gevraagd: bool  # active, and not asked for LANG_NIET_GEVRAAGD_DAGEN days or never

    @property
    def bezetting(self) -> float:
        return self.uren / self.capaciteit_uren if self.capaciteit_uren else 0.0


@dataclass(frozen=True)
class PersoonKort:
    id: str
    naam: str
    status: str
    capaciteit_uren: int


def werkdruk(
    personen: Iterable[PersoonKort],
    maand_regels: Iterable[InzetRegel],
    laatste: Mapping[str, str],
    today: date,
    drempel_dagen: int = LANG_NIET_GEVRAAGD_DAGEN,
) -> list[Werkdruk]:
    """Hours per key person in one month against capacity, with the signals to act on."""
    minutes: dict[str, int] = {}
    counts: dict[str, int] = {}
    for r in maand_regels:
        minutes[r.sleutelpersoon_id] = minutes.get(r.sleutelpersoon_id, 0) + r.minuten
        counts[r.sleutelpersoon_id] = counts.get(r.sleutelpersoon_id, 0) + 1
    result = []
    for p in personen:
        uren = minutes.get(p.id, 0) / 60
        last = laatste.get(p.id)
        dagen = (today - date.fromisoformat(last)).days if last else None
        result.append(
            Werkdruk(
                sleutelpersoon_id=p.id,
                naam=p.naam,
                status=p.status,
                capaciteit_uren=p.capaciteit_uren,
                uren=round(uren, 2),
                inzetten=counts.get(p.id, 0),
                laatste_inzet=last,
                dagen_sinds_inzet=dagen,
                overbelast=uren > p.capaciteit_uren,
                bijna_vol=p.capaciteit_uren > 0 and uren >= 0.9 * p.capaciteit_uren,
                lang_niet_gevraagd=p.status == "actief"
                and (dagen is None or dagen >= drempel_dagen),
            )
        )
    return result


@dataclass(frozen=True)
class DeclaratieBerekening:
    sleutelpersoon_id: str
    maand: str
    inzetten: int
    km: int
    km_tarief_cent: int
    onkosten_cent: int

    @property
    def km_vergoeding_cent(self) -> int:
        return self.km * self.km_tarief_cent

    @property
    def totaal_cent(self) -> int:
        return self.km_vergoeding_cent + self.onkosten_cent


def declaratie(
    sleutelpersoon_id: str, maand: str, regels: Iterable[InzetRegel], km_tarief_cent: int
) -> DeclaratieBerekening:
    if km_tarief_cent < 0:
        raise FieldError("Het kilometertarief kan niet negatief zijn.")
    own = [r for r in regels if r.sleutelpersoon_id == sleutelpersoon_id and r.datum[:7] == maand]
    return DeclaratieBerekening(
        sleutelpersoon_id,
        maand,
        len(own),
        sum(r.km for r in own),
        km_tarief_cent,
        sum(r.onkosten_cent for r in own),
    )


def euro(cent: int) -> str:
    """€ amounts the Dutch way: 1.234,56."""
    whole, rest = divmod(abs(cent), 100)
    text = f"{whole:,}".replace(",", ".") + f",{rest:02d}"
    return ("-€ " if cent < 0 else "€ ") + text
