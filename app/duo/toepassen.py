"""Taking a DUO fact that arrived by the sync into the dossier: the officer presses "In dossier
overnemen" at a fact (LBT result from SS131, doelgroep from SS124/SS125 or a new plicht, start of
the plicht), and DUO's values fill the register fields or the intake's LBT answers, with the same
history line "Overgenomen van DUO … (bron: DUO)" as "Gegevens DUO ophalen" writes. Never silent:
nothing is written until the officer chooses, and what was written says it came from DUO."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app.duo.feiten import DuoFeit, DuoFeitService
from app.duo.gegevens import DuoGegevens
from app.duo.messages.consults import Doelgroep, Inburgeringsplicht, Indeling, LbtResultaat
from app.duo.ophalen import DuoOphalenError, DuoOphalenService, Ophaling
from app.security.roles import Permission, require
from db.records import now_utc

if TYPE_CHECKING:
    from app.session import Session

# which comparison lines each kind of fact may fill
VELDEN = {
    "plicht": ("datum_start_plicht", "datum_melding_duo"),
    "doelgroep": ("doelgroep", "indeling", "asielrechten"),
    "lbt": ("lbt",),
}


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def gegevens_uit_feit(feit: DuoFeit) -> DuoGegevens:
    """The fact's DUO values as the comparison reads them (effects.py wrote them)."""
    g = feit.gegevens
    if feit.soort == "plicht":
        return DuoGegevens(
            plicht=Inburgeringsplicht(
                bool(g.get("plichtig")),
                _day(g.get("datum_start_plicht")),
                _day(g.get("einddatum")),
                None,
                _day(g.get("datum_melding_duo")),
                g.get("reden_geen_plicht"),
            )
        )
    if feit.soort == "doelgroep":
        indeling = g.get("indeling")
        return DuoGegevens(
            doelgroep=Doelgroep(
                Indeling(indeling) if indeling in {i.value for i in Indeling} else None,
                _day(g.get("begindatum")),
                g.get("gedetailleerde_doelgroep"),
                g.get("asielrechten_wijziging"),
            )
        )
    if feit.soort == "lbt":
        afname = _day(g.get("datum_afname"))
        if afname is None:
            return DuoGegevens()
        return DuoGegevens(
            lbt=[
                LbtResultaat(
                    str(g.get("resultaat")),
                    str(g.get("behaalde_score")),
                    str(g.get("benodigde_score")),
                    afname,
                )
            ]
        )
    return DuoGegevens()


def kan_overnemen(feit: DuoFeit) -> bool:
    return feit.soort in VELDEN and not feit.afgehandeld


def overnemen(session: Session, inburgeraar_id: str, feit: DuoFeit) -> list[str]:
    """Fill the dossier from *feit* where DUO's value differs; the fact is then handled.
    Returns the labels taken over (empty: the dossier already held DUO's values)."""
    require(session, Permission.DOSSIER_WIJZIGEN)
    if not kan_overnemen(feit):
        raise DuoOphalenError("Dit gegeven van DUO is al afgehandeld of vult geen veld.")
    inburgeraar = session.inburgeraars.lookup(inburgeraar_id)
    if inburgeraar is None:
        raise DuoOphalenError("Deze inburgeraar bestaat niet (meer). Er is niets veranderd.")
    service = DuoOphalenService(session)
    gegevens = gegevens_uit_feit(feit)
    regels = tuple(service.regels(inburgeraar, gegevens))
    velden = [r.veld for r in regels if r.overneembaar and r.veld in VELDEN[feit.soort]]
    taken: list[str] = []
    if velden:
        ophaling = Ophaling(inburgeraar_id, inburgeraar.version, gegevens, regels, now_utc())
        taken = service.overnemen(ophaling, velden)
    DuoFeitService(session).afhandelen(feit)
    return taken
