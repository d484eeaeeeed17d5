"""The register's field catalogue: every field of an inburgeraar, once.

Adding a field is one entry here plus a migration that adds the column to ``inburgeraar``
(docs/architecture.md, "Een veld toevoegen"). The order is the dialog's order, tab by tab; the
list's columns, the detail pane's rows and the JSON follow it. Read the catalogue through
:func:`alle` (a test may put a field in with monkeypatch).
"""

from __future__ import annotations

from collections.abc import Sequence

from app import reference
from app.inburgeraars import parsers as p
from app.inburgeraars.veld import Bron, Detail, Keuzes, Kolom, Veld


def _gemeenten(bron: Bron) -> Sequence[tuple[str, str]]:
    return [(code, f"{naam} ({code})") for code, naam in bron.gemeenten]


def _landen(_bron: Bron) -> Sequence[tuple[str, str]]:
    return [(c.code, f"{c.naam} ({c.code})") for c in reference.countries()]


def _talen(_bron: Bron) -> Sequence[tuple[str, str]]:
    return [(c.code, c.naam) for c in reference.languages()]


VELDEN: tuple[Veld, ...] = (
    # --- Persoon ------------------------------------------------------------------------------
    Veld(
        "voornamen",
        label="Voornamen",
        soort="tekst",
        parse=p.name(required=True),
        tab="Persoon",
        verplicht=True,
        hint="zoals in de BRP",
    ),
    Veld("voorvoegsel", label="Voorvoegsel", soort="tekst", parse=p.name(False), tab="Persoon"),
    Veld(
        "achternaam",
        label="Achternaam",
        soort="tekst",
        parse=p.name(required=True),
        tab="Persoon",
        verplicht=True,
        lijst=True,
    ),
    Veld(
        "geboortedatum",
        label="Geboortedatum",
        soort="datum",
        parse=p.birth_date,
        tab="Persoon",
        verplicht=True,
        hint="dd-mm-jjjj",
        kolom=Kolom(kop="Geboortedatum", sorteer="geboortedatum", breedte=118),
        detail=Detail(groep="Persoon"),
        gevoelig=True,
    ),
    Veld(
        "geslacht",
        label="Geslacht",
        soort="keuze",
        parse=p.one_of(reference.GESLACHTEN, "Kies een geslacht."),
        tab="Persoon",
        verplicht=True,
        keuzes=Keuzes(lambda _b: list(reference.GESLACHTEN.items()), leeg="kies…"),
        detail=Detail(groep="Persoon"),
    ),
    Veld(
        "bsn",
        label="BSN",
        soort="tekst",
        parse=p.PARSE_BSN,
        tab="Persoon",
        hint="9 cijfers (mag later)",
        kolom=Kolom(kop="BSN", sorteer="bsn", breedte=95),
        detail=Detail(groep="Persoon"),
        gevoelig=True,
        leeg_is_null=True,
    ),
    Veld(
        "v_nummer",
        label="V-nummer",
        soort="tekst",
        parse=p.PARSE_V_NUMMER,
        tab="Persoon",
        hint="10 cijfers",
        kolom=Kolom(kop="V-nummer", sorteer="v_nummer", breedte=100),
        detail=Detail(groep="Persoon"),
        gevoelig=True,
        leeg_is_null=True,
    ),
    Veld(
        "land_herkomst",
        label="Land van herkomst",
        soort="keuze",
        parse=p.country,
        tab="Persoon",
        verplicht=True,
        keuzes=Keuzes(_landen, zoeken=True, gedeeld="land"),
        detail=Detail(groep="Persoon"),
        toon=lambda v, _b: reference.country_name(str(v or "")) or "",
    ),
    # --- Inburgering --------------------------------------------------------------------------
    Veld(
        "doelgroep",
        label="Doelgroep",
        soort="keuze",
        parse=p.one_of(reference.DOELGROEPEN, "Kies een doelgroep."),
        tab="Inburgering",
        verplicht=True,
        keuzes=Keuzes(lambda _b: [(d, d) for d in reference.DOELGROEPEN], leeg="kies…"),
        detail=Detail(groep="Inburgering"),
    ),
    # DUO's coarse indeling decides the asylum rules; set it from DUO's data.
    Veld(
        "indeling",
        label="Indeling (DUO)",
        soort="keuze",
        parse=p.one_of_or_empty(reference.INDELINGEN, "Kies de indeling van DUO."),
        tab="Inburgering",
        keuzes=Keuzes(
            lambda _b: [(i, i) for i in reference.INDELINGEN], leeg="volgt uit de doelgroep"
        ),
        inzage="Indeling",
    ),
    Veld(
        "asielrechten",
        label="Asielrechten (DUO)",
        soort="keuze",
        parse=p.one_of_or_empty(reference.ASIELRECHTEN, "Kies wat DUO meldt."),
        tab="Inburgering",
        keuzes=Keuzes(lambda _b: [(a, a) for a in reference.ASIELRECHTEN], leeg="geen wijziging"),
        inzage="Asielrechten",
    ),
    Veld(
        "gemeentecode",
        label="Gemeente",
        soort="keuze",
        parse=p.gemeente,
        tab="Inburgering",
        verplicht=True,
        keuzes=Keuzes(_gemeenten, leeg="kies…"),
        kolom=Kolom(kop="Gemeente", sorteer="gemeente", breedte=125),
        detail=Detail(groep="Inburgering"),
        toon=lambda v, b: b.gemeente_naam(str(v or "")),
    ),
    Veld(
        "status",
        label="Status",
        soort="keuze",
        parse=p.one_of(reference.STATUSSEN, "Kies een status.", default="aangemeld"),
        tab="Inburgering",
        verplicht=True,
        keuzes=Keuzes(lambda _b: list(reference.STATUSSEN.items())),
        standaard="aangemeld",
        kolom=Kolom(kop="Status", sorteer="status", breedte=110),
        detail=Detail(groep="Inburgering"),
    ),
    Veld(
        "datum_start_plicht",
        label="Start inburgeringsplicht",
        soort="datum",
        parse=p.plicht_date,
        tab="Inburgering",
        hint="dd-mm-jjjj",
        detail=Detail(groep="Inburgering", label="Start plicht"),
    ),
    Veld(
        "datum_vestiging",
        label="Vestiging in gemeente",
        soort="datum",
        parse=p.past_date,
        tab="Inburgering",
        hint="dd-mm-jjjj",
        detail=Detail(groep="Inburgering", label="Vestiging"),
        inzage="Datum vestiging in de gemeente",
    ),
    Veld(
        "datum_melding_duo",
        label="Melding DUO",
        soort="datum",
        parse=p.past_date,
        tab="Inburgering",
        hint="dd-mm-jjjj",
        kolom=Kolom(kop="Melding DUO", sorteer="melding"),
        detail=Detail(groep="Inburgering"),
        inzage="Datum melding door DUO",
    ),
    Veld(
        "dagtekening_pip_elders",  # first PIP, made in another municipality
        label="Eerste PIP elders",
        soort="datum",
        parse=p.plicht_past_date,
        tab="Inburgering",
        hint="dagtekening, als een andere gemeente al een PIP maakte",
        detail=Detail(groep="Inburgering"),
        inzage="Dagtekening pip elders",
    ),
    Veld(
        "klantmanager",
        label="Klantmanager",
        soort="tekst",
        parse=p.text(100),
        tab="Inburgering",
        detail=Detail(groep="Inburgering"),
    ),
    Veld(
        "voorkeurstaal",
        label="Taal voor drukwerk",
        soort="keuze",
        parse=p.handout_language,
        tab="Inburgering",
        verplicht=True,
        keuzes=Keuzes(_talen, zoeken=True, gedeeld="drukwerktaal"),
        detail=Detail(groep="Talen", label="Drukwerk in", volgorde=1),
        toon=lambda v, _b: reference.language_name(str(v or "")) or "",
        inzage="Voorkeurstaal",
    ),
    Veld(
        "talen",
        label="Talen die de persoon spreekt",
        soort="talen",
        parse=p.talen,
        tab="Inburgering",
        detail=Detail(groep="Talen", label="Talen"),
        inzage="Talen",
    ),
    # --- Contact ------------------------------------------------------------------------------
    Veld(
        "straat",
        label="Straat",
        soort="tekst",
        parse=p.text(100),
        tab="Contact",
        detail=Detail(groep="Contact", label="Adres"),
    ),
    Veld(
        "huisnummer",
        label="Huisnummer",
        soort="tekst",
        parse=p.PARSE_HUISNUMMER,
        tab="Contact",
        detail=Detail(groep="Contact", label="Adres", nieuw_deel=False),
    ),
    Veld(
        "postcode",
        label="Postcode",
        soort="tekst",
        parse=p.PARSE_POSTCODE,
        tab="Contact",
        hint="1234 AB",
        detail=Detail(groep="Contact", label="Adres"),
    ),
    Veld(
        "woonplaats",
        label="Woonplaats",
        soort="tekst",
        parse=p.text(100),
        tab="Contact",
        detail=Detail(groep="Contact", label="Adres", nieuw_deel=False),
    ),
    Veld(
        "telefoon",
        label="Telefoon",
        soort="tekst",
        parse=p.PARSE_PHONE,
        tab="Contact",
        detail=Detail(groep="Contact"),
    ),
    Veld(
        "email",
        label="E-mail",
        soort="tekst",
        parse=p.PARSE_EMAIL,
        tab="Contact",
        detail=Detail(groep="Contact"),
    ),
)


def alle() -> tuple[Veld, ...]:
    """The catalogue as it is now (read at call time, so a test's extra field counts)."""
    return VELDEN


def veld(key: str) -> Veld:
    for v in alle():
        if v.key == key:
            return v
    raise KeyError(key)


def keys() -> tuple[str, ...]:
    """Every field's key: what a form and the CLI's JSON hold."""
    return tuple(v.key for v in alle())


def kolommen() -> tuple[str, ...]:
    """The columns of table inburgeraar one types in (the languages have their own table)."""
    return tuple(v.key for v in alle() if v.in_tabel)


def tabs() -> tuple[str, ...]:
    """The dialog's tabs in order."""
    return tuple(dict.fromkeys(v.tab for v in alle()))


def lijst_velden() -> tuple[Veld, ...]:
    """The fields the list's rows carry (and ``client list --json`` prints)."""
    return tuple(v for v in alle() if v.in_lijst)


def lijst_kolommen() -> tuple[Veld, ...]:
    """The register list's columns after Naam, in order."""
    return tuple(v for v in alle() if v.kolom is not None)


def inzage_labels() -> dict[str, str]:
    """Column → label for the inzage and the sync conflicts."""
    return {v.key: v.inzage_label for v in alle()}
