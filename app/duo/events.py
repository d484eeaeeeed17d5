"""What each gebeurtenis DUO notifies means for a dossier (Gebeurtenissen.md in DUO's spec).

A notification only says *that* something happened; the gateway then consults the API that
belongs to the event (the notificeringspatroon) and changes the dossier. `effect_of` is pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Effect(StrEnum):
    NIEUW = "nieuw"  # new inburgeringsplichtige: register entry "van DUO", plicht + doelgroep
    VERHUISD = "verhuisd"  # moved into the gemeente: entry if unknown, plicht (+ termijn)
    LBT = "lbt"  # LBT result known: fills the intake's LBT answers
    TERMIJN = "termijn"  # DUO's termijn replaces the computed one
    DOELGROEP = "doelgroep"  # doelgroep changed: DUO's indeling
    EINDE = "einde"  # plicht ended / person died: flag, retention starts
    ALLEEN_VASTLEGGEN = "alleen_vastleggen"  # recorded and shown, no dossier change


@dataclass(frozen=True)
class Gebeurtenis:
    code: str
    effect: Effect
    omschrijving: str  # Dutch, for the dossier history
    maakt_dossier: bool = False  # may create a register entry for an unknown BSN
    met_pip_elders: bool = False
    overleden: bool = False


_ALL = (
    Gebeurtenis("SS101", Effect.NIEUW, "Persoon is inburgeringsplichtig", maakt_dossier=True),
    Gebeurtenis(
        "SS128",
        Effect.NIEUW,
        "Persoon is inburgeringsplichtig, bereikt AOW-leeftijd binnen 6 maanden",
        maakt_dossier=True,
    ),
    Gebeurtenis(
        "SS139",
        Effect.NIEUW,
        "Persoon is inburgeringsplichtig, termijn van 10 weken voor de leerroute is gestart",
        maakt_dossier=True,
    ),
    Gebeurtenis(
        "SS120",
        Effect.VERHUISD,
        "Inburgeringsplichtige in de gemeente gevestigd zonder PIP",
        maakt_dossier=True,
    ),
    Gebeurtenis(
        "SS121",
        Effect.VERHUISD,
        "Inburgeringsplichtige in de gemeente gevestigd met PIP van de vorige gemeente",
        maakt_dossier=True,
        met_pip_elders=True,
    ),
    Gebeurtenis("SS131", Effect.LBT, "Leerbaarheidstoets afgenomen, resultaat bekend"),
    Gebeurtenis("SS102", Effect.TERMIJN, "Inburgeringstermijn gestart"),
    Gebeurtenis("SS103", Effect.TERMIJN, "Termijn ambtshalve verlengd"),
    Gebeurtenis("SS104", Effect.TERMIJN, "Termijn op verzoek verlengd"),
    Gebeurtenis(
        "SS124",
        Effect.DOELGROEP,
        "Doelgroep gewijzigd van asielstatushouder naar gezinsmigrant en overige migrant",
    ),
    Gebeurtenis(
        "SS125",
        Effect.DOELGROEP,
        "Doelgroep gewijzigd van gezinsmigrant en overige migrant naar asielstatushouder",
    ),
    Gebeurtenis("SS110", Effect.EINDE, "Inburgeringsplicht ingetrokken"),
    Gebeurtenis("SS111", Effect.EINDE, "Persoon is overleden", overleden=True),
)
GEBEURTENISSEN = {g.code: g for g in _ALL}


def effect_of(code: str) -> Gebeurtenis:
    """The meaning of a gebeurtenisId; unknown codes are recorded, never guessed at."""
    known = GEBEURTENISSEN.get(code)
    if known is not None:
        return known
    return Gebeurtenis(code, Effect.ALLEEN_VASTLEGGEN, f"Gebeurtenis {code} van DUO")
