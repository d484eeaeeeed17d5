"""Fixed lists of the newcomers' voice: signal themes, urgencies and statuses, feedback answers
and themes, parts of the offer. Codes are stored; labels are what a user reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The themes key persons meet in the newcomers' lives (research report, 2.3.4 and chapter 4).
SIGNAAL_THEMAS: dict[str, str] = {
    "gezondheid": "Gezondheid (ook psychisch)",
    "opvoeding": "Opvoeding",
    "onderwijs": "Onderwijs",
    "werk_inkomen": "Werk en inkomen",
    "financien": "Financiën",
    "wonen": "Wonen",
    "gezinshereniging": "Gezinshereniging",
    "sociaal": "Sociaal netwerk en eenzaamheid",
    "overig": "Overig",
}

# Urgency → label and the days within which the signal should be followed up.
URGENTIES: dict[str, tuple[str, int]] = {
    "hoog": ("Hoog (binnen 3 dagen)", 3),
    "normaal": ("Normaal (binnen 2 weken)", 14),
    "laag": ("Laag (binnen 4 weken)", 28),
}

STATUSSEN: dict[str, str] = {
    "open": "Open",
    "in_behandeling": "In behandeling",
    "afgerond": "Afgerond",
}
# Allowed steps; afgerond is final (a new signal is recorded when the matter comes back).
STAPPEN: dict[str, tuple[str, ...]] = {
    "open": ("in_behandeling", "afgerond"),
    "in_behandeling": ("afgerond",),
    "afgerond": (),
}

# Feedback of a key person on an intake gesprek.
FEEDBACK_ANTWOORDEN: dict[str, str] = {
    "ja": "Ja",
    "deels": "Deels",
    "nee": "Nee",
    "weet_niet": "Weet ik niet",
}
FEEDBACK_THEMAS: dict[str, str] = {
    "uitleg": "Uitleg over het doel van het gesprek",
    "taal": "Taal, tolk en woordkeuze",
    "tijd": "Tijd en tempo",
    "plaats": "Plaats en sfeer",
    "vertrouwen": "Vertrouwen en privacy",
    "vervolg": "Afspraken en vervolg",
    "rol_sleutelpersoon": "Rol van de sleutelpersoon",
}

# Parts of the offer a newcomer follows (Wet inburgering 2021).
ONDERDELEN: dict[str, str] = {
    "taalschool": "Taalschool",
    "pvt": "Participatieverklaringstraject (PVT)",
    "map": "Module Arbeidsmarkt en Participatie (MAP)",
    "ontzorgen": "Ontzorgen",
}
ONDERDEEL_KORT: dict[str, str] = {
    "taalschool": "Taalschool",
    "pvt": "PVT",
    "map": "MAP",
    "ontzorgen": "Ontzorgen",
}
INGEVULD_DOOR: dict[str, str] = {"sleutelpersoon": "Sleutelpersoon", "klantmanager": "Klantmanager"}


def periode_van(day: date) -> str:
    """The quarter a date falls in, as stored: ``2026-Q4``."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def kwartaal_grenzen(jaar: int, kwartaal: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    first = date(jaar, 3 * kwartaal - 2, 1)
    last = date(jaar + 1, 1, 1) if kwartaal == 4 else date(jaar, 3 * kwartaal + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


@dataclass(frozen=True)
class Signaal:
    """A signaal with its follow-up, as the dossier and the overview show it."""

    id: str
    inburgeraar_id: str
    datum: date
    gemeld_door: str
    tekst: str
    gesprek_id: str | None
    thema: str
    urgentie: str
    eigenaar: str
    actie: str
    status: str
    opvolgen_voor: date
    afgerond_op: date | None
    wat_gedaan: str
    versie: int = 1
    naam: str = ""  # the newcomer's name, filled in the overview only

    def te_laat(self, today: date) -> bool:
        return self.status != "afgerond" and self.opvolgen_voor < today

    @property
    def thema_label(self) -> str:
        return SIGNAAL_THEMAS.get(self.thema, self.thema)

    @property
    def status_label(self) -> str:
        return STATUSSEN.get(self.status, self.status)

    @property
    def urgentie_label(self) -> str:
        return URGENTIES.get(self.urgentie, (self.urgentie, 0))[0].split(" (")[0]
