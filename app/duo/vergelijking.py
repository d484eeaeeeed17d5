"""The comparison "Gegevens DUO ophalen" shows (pure, no I/O): per line what the dossier holds
next to what DUO says, and whether DUO's value can be taken into the dossier (`Regel.veld`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.duo.gegevens import DuoGegevens
from app.duo.messages.consults import EXAMENONDERDELEN, ONTHEFFINGSGRONDEN, Besluit
from app.validation import format_date

if TYPE_CHECKING:
    from app.inburgeraars.model import Inburgeraar


@dataclass(frozen=True)
class Regel:
    """One line of the comparison: what the dossier holds next to what DUO says."""

    veld: str  # key for overnemen; "" when the line is only shown
    label: str
    dossier: str
    duo: str
    overneembaar: bool  # DUO's value differs and can be taken into the dossier

    @property
    def gelijk(self) -> bool:
        return self.dossier == self.duo


LEEG = "—"


def _datum(d: date | None) -> str:
    return format_date(d) if d else LEEG


def _tekst(value: str | None) -> str:
    return value or LEEG


def _besluit(b: Besluit) -> str:
    parts = [f"{b.soort} {'toegekend' if b.toegekend else 'afgewezen'}"]
    grond = ONTHEFFINGSGRONDEN.get(b.grond, b.grond)
    parts.append(f"grond {grond}")
    if b.examenonderdeel:
        parts.append(EXAMENONDERDELEN.get(b.examenonderdeel, b.examenonderdeel))
    if b.examenniveau:
        parts.append(f"niveau {b.examenniveau}")
    if b.startdatum or b.einddatum:
        parts.append(f"{_datum(b.startdatum)} t/m {_datum(b.einddatum)}")
    if b.uren_participatie is not None:
        parts.append(f"{b.uren_participatie} uur participatie")
    if b.datum_oordeel:
        parts.append(f"besloten {format_date(b.datum_oordeel)}")
    return ", ".join(parts)


def _lbt_dossier(answers: dict[str, object]) -> str:
    if answers.get("lbt.afgenomen") == "nee":
        return "niet afgenomen"
    if not answers.get("lbt.resultaat"):
        return LEEG
    datum = answers.get("lbt.datum")
    when = format_date(datum) if isinstance(datum, date) else str(datum or "")
    score = (
        f", score {answers.get('lbt.score_behaald')} (nodig {answers.get('lbt.score_benodigd')})"
    )
    return f"{answers['lbt.resultaat']}{score}" + (f" op {when}" if when else "")


def score(text: str) -> int:
    """DUO's score '61,50' as the intake's whole number (61; .5 rounds up)."""
    whole, _, cents = text.partition(",")
    return int(whole) + (1 if int(cents or "0") >= 50 else 0)


def vergelijk(
    inburgeraar: Inburgeraar,
    g: DuoGegevens,
    lbt_answers: dict[str, object],
    termijn_einde: date | None,
    verlengingen: Sequence[str] = (),
) -> list[Regel]:
    """The lines "Gegevens DUO ophalen" shows, dossier next to DUO, in the dialog's order."""
    out: list[Regel] = []

    def add(veld: str, label: str, dossier: str, duo: str, known: bool) -> None:
        out.append(Regel(veld, label, dossier, duo, bool(veld) and known and dossier != duo))

    p = g.plicht
    plicht = LEEG if p is None else ("ja" if p.plichtig else "nee")
    if p is not None and p.reden_geen_plicht:
        plicht += f" ({p.reden_geen_plicht})"
    add("", "Inburgeringsplichtig", LEEG, plicht, False)
    begin = p.begindatum if p else None
    add(
        "datum_start_plicht",
        "Start inburgeringsplicht",
        _datum(inburgeraar.datum_start_plicht),
        _datum(begin),
        begin is not None,
    )
    kennis = p.datum_kennisgeving if p else None
    add(
        "datum_melding_duo",
        "Kennisgeving DUO",
        _datum(inburgeraar.datum_melding_duo),
        _datum(kennis),
        kennis is not None,
    )
    if p is not None and p.einddatum:
        add("", "Einde inburgeringsplicht", LEEG, _datum(p.einddatum), False)

    d = g.doelgroep
    gedetailleerd = d.gedetailleerd if d else None
    add(
        "doelgroep",
        "Doelgroep",
        _tekst(inburgeraar.doelgroep),
        _tekst(gedetailleerd),
        gedetailleerd is not None,
    )
    indeling = d.indeling.value if d and d.indeling else None
    add(
        "indeling",
        "Indeling (DUO)",
        _tekst(inburgeraar.indeling),
        _tekst(indeling),
        indeling is not None,
    )
    add(
        "asielrechten",
        "Asielrechten bij wijziging verblijfsdoel",
        _tekst(inburgeraar.asielrechten),
        _tekst(d.asielrechten_wijziging if d else None),
        d is not None,
    )

    last = g.laatste_lbt
    duo_lbt = LEEG
    if last is not None:
        duo_lbt = (
            f"{last.resultaat}, score {score(last.behaalde_score)} "
            f"(nodig {score(last.benodigde_score)}) op {format_date(last.datum_afname)}"
        )
    add("lbt", "Leerbaarheidstoets", _lbt_dossier(lbt_answers), duo_lbt, last is not None)

    t = g.termijn
    add(
        "",
        "Einde inburgeringstermijn",
        _datum(termijn_einde),
        _datum(t.laatste_dag) if t else LEEG,
        False,
    )
    duo_verlenging = LEEG
    if t is not None and (t.verlengingsgrondcode or t.verlengingsgrondomschrijving):
        duo_verlenging = t.verlengingsgrondomschrijving or str(t.verlengingsgrondcode)
    add("", "Verlenging termijn", "; ".join(verlengingen) or LEEG, duo_verlenging, False)
    add(
        "",
        "Ontheffing",
        "niet vastgelegd",
        "; ".join(_besluit(b) for b in g.ontheffingen) or "geen",
        False,
    )
    add(
        "",
        "Vrijstelling",
        "niet vastgelegd",
        "; ".join(_besluit(b) for b in g.vrijstellingen) or "geen",
        False,
    )
    return out
