"""What a notification changes in a dossier, from DUO's consulted facts. Pure: no I/O.

`facts_for` turns one gebeurtenis plus DUO's answers into the DUO facts to record, each with a
Dutch line for the dossier's history that names DUO as the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.duo.events import Effect, Gebeurtenis
from app.duo.messages.consults import (
    Doelgroep,
    Inburgeringsplicht,
    Inburgeringstermijn,
    LbtResultaat,
)
from app.validation import format_date

# Which consults each effect needs (the notificeringspatroon: the event says what to ask).
CONSULTS: dict[Effect, tuple[str, ...]] = {
    Effect.NIEUW: ("inburgeringsplicht", "doelgroep"),
    Effect.VERHUISD: ("inburgeringsplicht", "doelgroep"),
    Effect.LBT: ("lbt",),
    Effect.TERMIJN: ("termijn",),
    Effect.DOELGROEP: ("doelgroep",),
    Effect.EINDE: ("inburgeringsplicht",),
    Effect.ALLEEN_VASTLEGGEN: (),
}


@dataclass(frozen=True)
class Feit:
    soort: str
    gegevens: dict[str, Any]
    omschrijving: str
    waarschuwing: str = ""


@dataclass
class Consulted:
    plicht: Inburgeringsplicht | None = None
    doelgroep: Doelgroep | None = None
    lbt: list[LbtResultaat] = field(default_factory=list)
    termijn: Inburgeringstermijn | None = None


def consults_for(g: Gebeurtenis) -> tuple[str, ...]:
    extra = ("termijn",) if g.met_pip_elders else ()
    return CONSULTS[g.effect] + extra


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _plicht(p: Inburgeringsplicht) -> Feit:
    parts = ["inburgeringsplichtig" if p.plichtig else "niet inburgeringsplichtig"]
    if p.begindatum:
        parts.append(f"sinds {format_date(p.begindatum)}")
    if p.reden_geen_plicht:
        parts.append(f"({p.reden_geen_plicht})")
    return Feit(
        "plicht",
        {
            "plichtig": p.plichtig,
            "datum_start_plicht": _d(p.begindatum),
            "einddatum": _d(p.einddatum),
            "datum_melding_duo": _d(p.datum_kennisgeving),
            "reden_geen_plicht": p.reden_geen_plicht,
        },
        "Inburgeringsplicht volgens DUO: " + " ".join(parts) + " (bron: DUO)",
    )


def _doelgroep(d: Doelgroep) -> Feit:
    text = d.indeling.value if d.indeling else "onbekend"
    if d.gedetailleerd:
        text += f" ({d.gedetailleerd})"
    if d.asielrechten_wijziging:
        text += f"; {d.asielrechten_wijziging}"
    return Feit(
        "doelgroep",
        {
            "indeling": None if d.indeling is None else d.indeling.value,
            "gedetailleerde_doelgroep": d.gedetailleerd,
            "asielrechten_wijziging": d.asielrechten_wijziging,
            "begindatum": _d(d.begindatum),
        },
        f"Doelgroep volgens DUO: {text} (bron: DUO)",
    )


def _lbt(results: list[LbtResultaat]) -> Feit | None:
    if not results:
        return None
    last = max(results, key=lambda r: r.datum_afname)
    return Feit(
        "lbt",
        {
            "resultaat": last.resultaat,
            "behaalde_score": last.behaalde_score,
            "benodigde_score": last.benodigde_score,
            "datum_afname": last.datum_afname.isoformat(),
        },
        f"Leerbaarheidstoets op {format_date(last.datum_afname)}: {last.resultaat}, score "
        f"{last.behaalde_score} (nodig {last.benodigde_score}) (bron: DUO)",
    )


def _termijn(t: Inburgeringstermijn, computed_end: date | None) -> Feit:
    warning = ""
    if computed_end is not None and computed_end != t.laatste_dag:
        warning = (
            f"DUO's termijn eindigt op {format_date(t.laatste_dag)}, berekend was "
            f"{format_date(computed_end)}: DUO's datum geldt."
        )
    text = (
        f"Inburgeringstermijn volgens DUO: {format_date(t.startdatum)} tot en met "
        f"{format_date(t.laatste_dag)}"
    )
    if t.verlengingsgrondomschrijving:
        text += f", verlengd: {t.verlengingsgrondomschrijving}"
    return Feit(
        "termijn",
        {
            "startdatum": t.startdatum.isoformat(),
            "einddatum_duo": t.einddatum.isoformat(),  # exclusive, as DUO gives it
            "laatste_dag": t.laatste_dag.isoformat(),
            "verlengingsgrondcode": t.verlengingsgrondcode,
            "verlengingsgrondomschrijving": t.verlengingsgrondomschrijving,
        },
        text + " (bron: DUO)",
        warning,
    )


def facts_for(
    g: Gebeurtenis,
    consulted: Consulted,
    *,
    known: bool,
    computed_end: date | None = None,
) -> list[Feit]:
    """The facts to record. *known*: the region holds a dossier with this BSN."""
    out = [Feit("gebeurtenis", {"gebeurtenis_id": g.code}, f"{g.omschrijving} (bron: DUO)")]
    if g.effect in (Effect.NIEUW, Effect.VERHUISD) and not known:
        soort = "verhuisd" if g.effect is Effect.VERHUISD else "nieuw"
        out.append(
            Feit(
                "aanmelding",
                {"soort": soort, "met_pip_elders": g.met_pip_elders},
                "Nieuwe inburgeringsplichtige van DUO: opnemen in het register (bron: DUO)",
            )
        )
    if consulted.plicht is not None:
        out.append(_plicht(consulted.plicht))
    if consulted.doelgroep is not None:
        out.append(_doelgroep(consulted.doelgroep))
    lbt = _lbt(consulted.lbt)
    if lbt is not None:
        out.append(lbt)
    if consulted.termijn is not None:
        out.append(_termijn(consulted.termijn, computed_end))
    if g.effect is Effect.EINDE:
        reden = "overleden" if g.overleden else "inburgeringsplicht ingetrokken"
        if consulted.plicht is not None and consulted.plicht.reden_geen_plicht:
            reden += f" ({consulted.plicht.reden_geen_plicht})"
        out.append(
            Feit(
                "einde",
                {"overleden": g.overleden, "bewaartermijn_start": True},
                f"Dossier gemarkeerd: {reden}; de bewaartermijn loopt (bron: DUO)",
            )
        )
    return out
