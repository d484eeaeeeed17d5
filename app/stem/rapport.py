"""The quarterly report for the klankbordgroep: what the newcomers' voice says, anonymised.

What is counted comes from a :class:`RapportBron`: the local store (:class:`LokaleBron`) or,
for the whole region, the regional server (:class:`app.stem.server_bron.ServerBron`, the same rows
through the server's report functions). A source returns rows with a *pseudonymous*
``persoon`` key (for counting distinct people) and coded fields, never names or BSN.

Every table goes through :mod:`app.stem.onderdrukking`. Free text appears only when the officer
marked it shareable, and never when it holds something like a BSN or phone number.
One report covers one quarter for everything the source holds: there are no further filters,
because the difference between two overlapping reports could reveal a small group.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from app import reference
from app.security.roles import Permission, require
from app.sleutelpersonen.bereik import LEEFTIJDSGROEPEN, leeftijd, leeftijdsgroep
from app.stem.ervaring import vragenlijst
from app.stem.model import (
    FEEDBACK_ANTWOORDEN,
    FEEDBACK_THEMAS,
    ONDERDEEL_KORT,
    SIGNAAL_THEMAS,
    kwartaal_grenzen,
)
from app.stem.onderdrukking import Gepubliceerd, kruistabel, onderdruk, onderdruk_gekoppeld
from db.stem import StemRepository

if TYPE_CHECKING:
    from app.session import Session

Row = dict[str, Any]
_NUMBERS = re.compile(r"\d[\d\s.-]{6,}\d")  # a BSN, phone or V-nummer in a quote: leave it out


class RapportBron(Protocol):
    """Where the report's rows come from (the local store, or the regional server)."""

    naam: str

    def signalen(self, first: date, last: date) -> list[Row]: ...  # persoon, gemeentecode, thema
    def ervaringen(self, periode: str) -> list[Row]: ...  # persoon, onderdeel, aanbieder, ...
    def feedback(self, first: date, last: date) -> list[Row]: ...
    def bereik(self, first: date, last: date) -> list[Row]: ...
    def gemeenten(self) -> Mapping[str, str]: ...


class LokaleBron:
    """This laptop's store: the municipalities whose dossiers are kept here."""

    naam = "dit gegevensbestand"

    def __init__(self, session: Session) -> None:
        require(session, Permission.RAPPORT_MAKEN)
        self.repo = StemRepository(session.store)

    def signalen(self, first: date, last: date) -> list[Row]:
        return self.repo.rapport_signalen(first.isoformat(), last.isoformat())

    def ervaringen(self, periode: str) -> list[Row]:
        return self.repo.rapport_ervaringen(periode)

    def feedback(self, first: date, last: date) -> list[Row]:
        return self.repo.rapport_feedback(first.isoformat(), last.isoformat())

    def bereik(self, first: date, last: date) -> list[Row]:
        return self.repo.rapport_bereik(first.isoformat(), last.isoformat())

    def gemeenten(self) -> Mapping[str, str]:
        return self.repo.gemeenten()


@dataclass(frozen=True)
class Sectie:
    titel: str
    uitleg: str
    tabellen: tuple[Gepubliceerd, ...]
    grafiek: str = "staaf"  # staaf: one bar per row total; gestapeld: answers per row


@dataclass
class Kwartaalrapport:
    jaar: int
    kwartaal: int
    bron: str
    gemaakt_op: date
    secties: list[Sectie] = field(default_factory=list)
    citaten: list[str] = field(default_factory=list)

    @property
    def periode(self) -> str:
        return f"{self.jaar}-Q{self.kwartaal}"

    @property
    def titel(self) -> str:
        return f"Stem van de nieuwkomer, {self.kwartaal}e kwartaal {self.jaar}"


def _group(
    rows: Sequence[Mapping[str, Any]], row_key: Any, col_key: Any
) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        out.setdefault((row_key(r), col_key(r)), []).append(str(r["persoon"]))
    return out


def _signalen(bron: RapportBron, first: date, last: date) -> Sectie:
    rows = bron.signalen(first, last)
    names = dict(bron.gemeenten())
    codes = sorted(
        {str(r["gemeentecode"]) for r in rows} | set(names), key=lambda c: names.get(c, c)
    )
    gemeenten = [names.get(c, c) for c in codes]
    themas = list(SIGNAAL_THEMAS.values())
    waarden = _group(
        rows,
        lambda r: SIGNAAL_THEMAS.get(str(r["thema"]), SIGNAAL_THEMAS["overig"]),
        lambda r: names.get(str(r["gemeentecode"]), str(r["gemeentecode"])),
    )
    tabel = kruistabel("Signalen per thema en gemeente", "Thema", themas, gemeenten, waarden)
    return Sectie(
        "Signalen per thema en gemeente",
        "Aantal signalen dat in het kwartaal is vastgelegd, per thema en gemeente.",
        (onderdruk(tabel),),
    )


def _ervaringen(bron: RapportBron, periode: str) -> Sectie:
    definition = vragenlijst()
    rows = bron.ervaringen(periode)
    answer_labels = [definition.antwoord_label(a) for a in definition.antwoord_ids()]
    tables = []
    for vraag in definition.vragen:
        items: list[dict[str, str]] = []
        for r in rows:
            answers = r["antwoorden"]
            answers = json.loads(answers) if isinstance(answers, str) else answers
            if vraag.id in answers and str(r["onderdeel"]) in vraag.onderdelen:
                provider = f"{ONDERDEEL_KORT[str(r['onderdeel'])]}: {r['aanbieder']}"
                label = definition.antwoord_label(str(answers[vraag.id]))
                items.append({"persoon": str(r["persoon"]), "rij": provider, "kol": label})
        providers = sorted({i["rij"] for i in items})
        waarden = _group(items, lambda i: i["rij"], lambda i: i["kol"])
        tabel = kruistabel(vraag.tekst["nl"], "Aanbieder", providers, answer_labels, waarden)
        tables.append(onderdruk(tabel))
    return Sectie(
        "Ervaringen met het aanbod, per aanbieder",
        "Antwoorden van inburgeraars op de vragenlijst, per vraag en aanbieder.",
        tuple(tables),
        "gestapeld",
    )


def _feedback(bron: RapportBron, first: date, last: date) -> tuple[Sectie, list[str]]:
    rows = bron.feedback(first, last)
    answers = list(FEEDBACK_ANTWOORDEN.values())
    vragen = {"doel_begrepen": "Doel van het gesprek begrepen", "vrij_gesproken": "Vrij gepraat"}
    items = [
        {"persoon": str(r["persoon"]), "rij": label, "kol": FEEDBACK_ANTWOORDEN[str(r[key])]}
        for r in rows
        for key, label in vragen.items()
    ]
    waarden = _group(items, lambda i: i["rij"], lambda i: i["kol"])
    beeld = kruistabel(
        "Hoe ging het gesprek volgens de sleutelpersoon",
        "Vraag",
        list(vragen.values()),
        answers,
        waarden,
        totaalrij=False,
    )
    theme_items = [
        {"persoon": str(r["persoon"]), "rij": FEEDBACK_THEMAS[t], "kol": "Aantal"}
        for r in rows
        for t in json.loads(str(r["themas"]))
        if t in FEEDBACK_THEMAS
    ]
    themas = kruistabel(
        "Wat kan beter: thema's in de feedback",
        "Thema",
        list(FEEDBACK_THEMAS.values()),
        ["Aantal"],
        _group(theme_items, lambda i: i["rij"], lambda i: i["kol"]),
        totalen=False,
        toelichting="Een feedback kan meer thema's noemen; de aantallen tellen niet op.",
    )
    quotes = [
        text
        for r in rows
        if r["deelbaar"]
        for text in (str(r["tips"]).strip(), str(r["anders_doen"]).strip())
        if text and not _NUMBERS.search(text)
    ]
    sectie = Sectie(
        "Feedback van sleutelpersonen op de intake",
        "Wat sleutelpersonen na een intakegesprek teruggaven.",
        (onderdruk(beeld), onderdruk(themas)),
        "gestapeld",
    )
    return sectie, sorted(set(quotes))


def _bereik(bron: RapportBron, first: date, last: date) -> Sectie:
    rows = bron.bereik(first, last)
    dims: dict[str, Any] = {
        "Taal": lambda r: reference.language_name(str(r["voorkeurstaal"])) or "onbekend",
        "Land van herkomst": lambda r: (
            reference.country_name(str(r["land_herkomst"])) or "onbekend"
        ),
        "Geslacht": lambda r: reference.GESLACHTEN.get(str(r["geslacht"]), "onbekend"),
        "Leeftijdsgroep": lambda r: leeftijdsgroep(
            leeftijd(date.fromisoformat(str(r["geboortedatum"])), last)
        ),
    }
    tables = []
    for dim, key in dims.items():
        waarden = _group(rows, key, lambda _r: "Inburgeraars")
        labels = (
            [g[2] for g in LEEFTIJDSGROEPEN]
            if dim == "Leeftijdsgroep"
            else sorted({k for k, _ in waarden})
        )
        tables.append(
            kruistabel(f"Bereik naar {dim.lower()}", dim, labels, ["Inburgeraars"], waarden)
        )
    return Sectie(
        "Bereik van sleutelpersonen",
        "Inburgeraars met wie een sleutelpersoon in het kwartaal een gesprek of inzet had.",
        # one population: suppressed together, so two tables read side by side reveal nothing
        tuple(onderdruk_gekoppeld(tables)),
    )


def maak_rapport(bron: RapportBron, jaar: int, kwartaal: int, today: date) -> Kwartaalrapport:
    first, last = kwartaal_grenzen(jaar, kwartaal)
    rapport = Kwartaalrapport(jaar, kwartaal, bron.naam, today)
    rapport.secties.append(_signalen(bron, first, last))
    rapport.secties.append(_ervaringen(bron, rapport.periode))
    feedback, quotes = _feedback(bron, first, last)
    rapport.secties.append(feedback)
    rapport.citaten = quotes
    rapport.secties.append(_bereik(bron, first, last))
    return rapport


def check_kwartaal(jaar: int, kwartaal: int) -> None:
    """ValueError with a Dutch message for a year or quarter that cannot be reported on."""
    if not 2021 <= jaar <= 2100:
        raise ValueError("Kies een jaar vanaf 2021 (de Wet inburgering 2021).")
    if kwartaal not in (1, 2, 3, 4):
        raise ValueError("Kies kwartaal 1, 2, 3 of 4.")
