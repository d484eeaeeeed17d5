"""Deadlines per inburgeraar: a pure function from dates to dated items with their reasons.

Every length is a parameter (`TermijnRegels`), so a changed rule or an unconfirmed fact (the 18
months for a route change come from Divosa, not from the law) is a setting, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.deadlines.arith import period_end, weeks_after
from app.validation import format_date


@dataclass(frozen=True)
class TermijnRegels:
    pip_weken: int = 10  # PIP within 10 weeks of DUO's notification / BRP registration
    pip_verlenging_max_weken: int = 2  # at most 2 weeks after receiving third-party information
    inburgeringstermijn_maanden: int = 36  # 3 years from the day after the first dagtekening
    routewissel_maanden: int = 18  # source: Divosa (unconfirmed in law)
    ontzorgen_maanden: int = 6


STANDAARD_REGELS = TermijnRegels()


@dataclass(frozen=True)
class PipVerlenging:
    """Extension of the PIP deadline: only while waiting for information from a third party."""

    reden: str
    derde: str  # who the information is awaited from
    info_ontvangen: date | None = None  # None: still waiting
    gevraagd_op: date | None = None  # when the information was asked


@dataclass(frozen=True)
class Afspraakdatum:
    omschrijving: str
    datum: date
    afgerond: bool = False


@dataclass(frozen=True)
class TermijnInput:
    inburgeraar_id: str
    pip_nodig: bool = True  # False when the register says the PIP was made outside the app
    datum_melding_duo: date | None = None
    datum_vestiging: date | None = None
    eerste_dagtekening: date | None = None  # dagtekening of the first vastgesteld PIP
    pip_verlenging: PipVerlenging | None = None
    duo_verlenging_dagen: int = 0  # sum of DUO's extensions of the inburgeringstermijn
    start_ontzorgen: date | None = None  # start of bijstand with ontzorgen
    pvt_ondertekening: date | None = None
    pvt_afgerond: bool = False
    map_eindgesprek: date | None = None
    map_afgerond: bool = False
    voortgangsgesprekken: tuple[Afspraakdatum, ...] = ()
    afspraken: tuple[Afspraakdatum, ...] = ()


@dataclass(frozen=True)
class Termijn:
    inburgeraar_id: str
    soort: str  # key of SOORTEN
    datum: date | None  # None: suspended (e.g. waiting for third-party information)
    reden: str
    afgerond: bool = False


SOORTEN: dict[str, str] = {
    "pip": "PIP vaststellen",
    "inburgeringstermijn": "Einde inburgeringstermijn",
    "routewissel": "Laatste dag routewissel",
    "ontzorgen": "Einde ontzorgen",
    "pvt": "PVT: ondertekening verklaring",
    "map": "MAP: eindgesprek",
    "voortgang": "Voortgangsgesprek",
    "afspraak": "Afspraak",
    "duo_afwijzing": "Afgewezen door DUO",  # a PIP or result, until handled (app/duo/termijnen.py)
}


@dataclass(frozen=True)
class PipDeadline:
    datum: date | None
    redenen: tuple[str, ...] = field(default=())


WACHT = "Verlengd, wacht op informatie van"


def wacht_tekst(reden: str) -> str:
    """From a PIP deadline's reasons: "verlengd, wacht op informatie van GGD sinds 01-04-2025"
    (the short line the overview and `deadlines` print), or "" when it is not waiting."""
    found = _WACHT_SINDS.search(reden) or _WACHT_KAAL.search(reden)
    return "v" + found.group(0)[1:] if found else ""


_WACHT_SINDS = re.compile(re.escape(WACHT) + r" .+? sinds \d{2}-\d{2}-\d{4}(?= \()")
_WACHT_KAAL = re.compile(re.escape(WACHT) + r" .+?(?= \()")


def pip_deadline(
    melding: date | None,
    vestiging: date | None,
    verlenging: PipVerlenging | None = None,
    regels: TermijnRegels = TermijnRegels(),
) -> PipDeadline:
    """PIP deadline: N weeks from the later of DUO's notification and the BRP registration."""
    known = [d for d in (melding, vestiging) if d is not None]
    if not known:
        return PipDeadline(None, ("Geen datum melding DUO en geen datum vestiging bekend.",))
    start = max(known)
    bron = "de melding van DUO" if start == melding else "de inschrijving in de BRP"
    base = weeks_after(start, regels.pip_weken)
    reasons = [f"{regels.pip_weken} weken na {bron} ({format_date(start)}): {format_date(base)}."]
    if verlenging is None:
        return PipDeadline(base, tuple(reasons))
    if verlenging.info_ontvangen is None:
        # Still waiting: the person stays in the overview with the ordinary date.
        sinds = f" sinds {format_date(verlenging.gevraagd_op)}" if verlenging.gevraagd_op else ""
        reasons.append(
            f"{WACHT} {verlenging.derde}{sinds} ({verlenging.reden}). "
            "De termijn loopt door tot uiterlijk "
            f"{regels.pip_verlenging_max_weken} weken na ontvangst."
        )
        return PipDeadline(base, tuple(reasons))
    extended = weeks_after(verlenging.info_ontvangen, regels.pip_verlenging_max_weken)
    if extended <= base:
        reasons.append("De informatie kwam binnen de gewone termijn; die blijft gelden.")
        return PipDeadline(base, tuple(reasons))
    reasons.append(
        f"Verlengd tot {regels.pip_verlenging_max_weken} weken na ontvangst van de informatie "
        f"van {verlenging.derde} ({format_date(verlenging.info_ontvangen)}): "
        f"{format_date(extended)}."
    )
    return PipDeadline(extended, tuple(reasons))


def termijn_start(eerste_dagtekening: date) -> date:
    """The inburgeringstermijn starts the day after the first PIP's dagtekening."""
    return eerste_dagtekening + timedelta(days=1)


def einde_inburgeringstermijn(
    eerste_dagtekening: date, duo_verlenging_dagen: int = 0, regels: TermijnRegels = TermijnRegels()
) -> date:
    start = termijn_start(eerste_dagtekening)
    return period_end(start, regels.inburgeringstermijn_maanden) + timedelta(
        days=duo_verlenging_dagen
    )


def laatste_dag_routewissel(
    eerste_dagtekening: date, regels: TermijnRegels = TermijnRegels()
) -> date:
    return period_end(termijn_start(eerste_dagtekening), regels.routewissel_maanden)


def einde_ontzorgen(start: date, regels: TermijnRegels = TermijnRegels()) -> date:
    return period_end(start, regels.ontzorgen_maanden)


def termijnen(t: TermijnInput, regels: TermijnRegels = TermijnRegels()) -> list[Termijn]:
    """All dated items of one inburgeraar, each with the reason it has this date."""
    out: list[Termijn] = []
    cid = t.inburgeraar_id
    if t.eerste_dagtekening is None and t.pip_nodig:
        pd = pip_deadline(t.datum_melding_duo, t.datum_vestiging, t.pip_verlenging, regels)
        if pd.datum is not None or t.pip_verlenging is not None:
            out.append(Termijn(cid, "pip", pd.datum, " ".join(pd.redenen)))
    elif t.eerste_dagtekening is not None:
        first = format_date(t.eerste_dagtekening)
        end = einde_inburgeringstermijn(t.eerste_dagtekening, t.duo_verlenging_dagen, regels)
        jaar = regels.inburgeringstermijn_maanden // 12
        reason = f"{jaar} jaar vanaf de dag na de eerste PIP ({first})"
        if t.duo_verlenging_dagen:
            reason += f", plus {t.duo_verlenging_dagen} dagen verlenging door DUO"
        out.append(Termijn(cid, "inburgeringstermijn", end, reason + "."))
        out.append(
            Termijn(
                cid,
                "routewissel",
                laatste_dag_routewissel(t.eerste_dagtekening, regels),
                f"{regels.routewissel_maanden} maanden na de start van de termijn (bron: Divosa).",
            )
        )
    if t.start_ontzorgen is not None:
        out.append(
            Termijn(
                cid,
                "ontzorgen",
                einde_ontzorgen(t.start_ontzorgen, regels),
                f"{regels.ontzorgen_maanden} maanden vanaf de start "
                f"({format_date(t.start_ontzorgen)}).",
            )
        )
    if t.pvt_ondertekening is not None:
        out.append(
            Termijn(cid, "pvt", t.pvt_ondertekening, "Geplande ondertekening.", t.pvt_afgerond)
        )
    if t.map_eindgesprek is not None:
        out.append(Termijn(cid, "map", t.map_eindgesprek, "Gepland eindgesprek.", t.map_afgerond))
    for g in t.voortgangsgesprekken:
        out.append(Termijn(cid, "voortgang", g.datum, g.omschrijving or "Gepland.", g.afgerond))
    for a in t.afspraken:
        out.append(Termijn(cid, "afspraak", a.datum, a.omschrijving, a.afgerond))
    return out


@dataclass(frozen=True)
class Overzichtregel:
    termijn: Termijn
    dagen: int  # days from today; negative = overdue

    @property
    def te_laat(self) -> bool:
        return self.dagen < 0


def overzicht(items: list[Termijn], today: date, binnen_dagen: int = 30) -> list[Overzichtregel]:
    """Open items that are overdue or due within *binnen_dagen* days, earliest first."""
    rows = [
        Overzichtregel(t, (t.datum - today).days)
        for t in items
        if t.datum is not None and not t.afgerond and (t.datum - today).days <= binnen_dagen
    ]
    rows.sort(key=lambda r: (r.dagen, r.termijn.soort))
    return rows
