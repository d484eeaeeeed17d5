"""Reference lists: DUO target groups, statuses, municipalities, countries and languages.

Countries (ISO 3166-1 alpha-2) and languages (ISO 639: the 2-letter code where one exists,
otherwise the 3-letter code, so dialects such as Levantine Arabic ``apc`` can be named) come from
pycountry's offline data, with Dutch names from its translations.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache
from typing import Any

# DUO's GedetailleerdeDoelgroep, in DUO's wording.
DOELGROEPEN: tuple[str, ...] = (
    "Asielstatushouder",
    "Gezinshereniger",
    "Gezinshereniger met Asielstatushouder",
    "Gezinsvormer",
    "Gezinsvormer met Asielstatushouder",
    "Geestelijk bedienaar",
    "Overig",
)


INDELINGEN: tuple[str, ...] = ("Asielstatushouder", "Gezinsmigrant en overige migrant")
# DUO's asielrechtenWijzigingVerblijfsdoel; the first two give asylum rights whatever the group.
ASIELRECHTEN: tuple[str, ...] = (
    "Asielrechten toegekend",
    "Behoud asielrechten",
    "Op verzoek behoud rechten van gezins- en overige migrant",
    "Op verzoek rechten van gezins- en overige migrant toegekend",
)
MET_ASIELRECHTEN = frozenset(ASIELRECHTEN[:2])


def standaard_indeling(doelgroep: str) -> str:
    """The indeling to assume until the officer records DUO's: only the detailed group
    Asielstatushouder is an asielstatushouder."""
    return INDELINGEN[0] if doelgroep == "Asielstatushouder" else INDELINGEN[1]


def is_asielstatushouder(doelgroep: str, indeling: str = "", asielrechten: str = "") -> bool:
    """Whether the asylum rules apply: DUO's coarse indeling (default from the detailed group);
    'asielrechten toegekend/behoud' gives them even to a gezinsmigrant group."""
    if asielrechten in MET_ASIELRECHTEN:
        return True
    if asielrechten in ASIELRECHTEN:  # "op verzoek … rechten van gezins- en overige migrant"
        return False
    return (indeling or standaard_indeling(doelgroep)) == INDELINGEN[0]


STATUSSEN: dict[str, str] = {
    "aangemeld": "Aangemeld",
    "intake": "Intake",
    "pip_concept": "PIP concept",
    "pip_vastgesteld": "PIP vastgesteld",
    "afgerond": "Afgerond",
}

GESLACHTEN: dict[str, str] = {"V": "Vrouw", "M": "Man", "X": "Anders / onbekend"}

TAALNIVEAUS: dict[str, str] = {
    "moedertaal": "moedertaal",
    "vloeiend": "vloeiend",
    "goed": "goed",
    "redelijk": "redelijk",
    "beginner": "beginner",
}

# CBS gemeentecodes of the Achterhoek; other municipalities are added in the store.
ACHTERHOEK: tuple[tuple[str, str], ...] = (
    ("0197", "Aalten"),
    ("1859", "Berkelland"),
    ("1876", "Bronckhorst"),
    ("0222", "Doetinchem"),
    ("1955", "Montferland"),
    ("1586", "Oost Gelre"),
    ("1509", "Oude IJsselstreek"),
    ("0294", "Winterswijk"),
)

# Dutch names pycountry's translation lacks or words less plainly than officers do.
_LANGUAGE_NAMES_NL: dict[str, str] = {
    "apc": "Arabisch (Levantijns)",
    "apd": "Arabisch (Soedanees)",
    "arz": "Arabisch (Egyptisch)",
    "acm": "Arabisch (Iraaks)",
    "ayl": "Arabisch (Libisch)",
    "kmr": "Koerdisch (Kurmanji)",
    "ckb": "Koerdisch (Sorani)",
    "ku": "Koerdisch",
    "prs": "Dari",
    "fa": "Farsi (Perzisch)",
    "ps": "Pasjtoe",
    "so": "Somalisch",
    "ti": "Tigrinya",
    "tig": "Tigre",
    "am": "Amhaars",
}


@dataclass(frozen=True)
class Choice:
    code: str
    naam: str


@cache
def _translation(domain: str) -> gettext.NullTranslations:
    import pycountry  # imported on first use: 60-100 ms that start-up need not pay

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["nl"])
    except OSError:
        return gettext.NullTranslations()


@cache
def countries() -> tuple[Choice, ...]:
    import pycountry

    t = _translation("iso3166-1")
    items = [Choice(c.alpha_2, t.gettext(c.name)) for c in pycountry.countries]
    return tuple(sorted(items, key=lambda c: c.naam.casefold()))


@cache
def _country_index() -> dict[str, str]:
    return {c.code: c.naam for c in countries()}


def warm() -> None:
    """Load pycountry's tables and the Dutch names now, on the thread that calls this (the
    start-up import thread): the first use otherwise loads them on the GUI thread, ~30 ms in
    the middle of whatever the officer did first (seen in the Bereik tab's first refresh)."""
    _country_index()
    _language_index()


def country_name(code: str) -> str | None:
    return _country_index().get(code.upper())


def _language_code(lang: Any) -> str:
    return str(getattr(lang, "alpha_2", None) or lang.alpha_3)


@cache
def languages() -> tuple[Choice, ...]:
    """Living individual languages and macrolanguages: the ones people speak."""
    import pycountry

    t = _translation("iso639-3")
    items = []
    for lang in pycountry.languages:
        if getattr(lang, "type", "L") != "L" or getattr(lang, "scope", "I") not in ("I", "M"):
            continue
        code = _language_code(lang)
        items.append(Choice(code, _LANGUAGE_NAMES_NL.get(code) or t.gettext(lang.name)))
    return tuple(sorted(items, key=lambda c: c.naam.casefold()))


@cache
def _language_index() -> dict[str, str]:
    return {c.code: c.naam for c in languages()}


def language_name(code: str) -> str | None:
    return _language_index().get(code.lower())


# Languages the product prints handouts in first; shown at the top of language pickers.
COMMON_LANGUAGES: tuple[str, ...] = (
    "nl",
    "ar",
    "apc",
    "ti",
    "prs",
    "fa",
    "ps",
    "so",
    "tr",
    "kmr",
    "ckb",
    "am",
    "en",
    "uk",
    "ru",
    "fr",
)
COMMON_COUNTRIES: tuple[str, ...] = ("SY", "ER", "AF", "TR", "SO", "YE", "IR", "IQ", "ET", "UA")

# The seven roles of sleutelpersonen and cultuurverbinders (Pharos / Achterhoek research).
SLEUTELPERSOON_ROLLEN: dict[str, str] = {
    "vertaler": "Vertaler",
    "verbinder": "Verbinder",
    "voorlichter": "Voorlichter",
    "activeerder": "Activeerder",
    "vertrouwenspersoon": "Vertrouwenspersoon",
    "adviseur": "Adviseur",
    "voorbeeldfunctie": "Voorbeeldfunctie",
}

# Themes a key person can help with; the intake records which of them a newcomer needs.
THEMAS: dict[str, str] = {
    "gezondheid": "Gezondheid (ook psychisch, seksueel en reproductief)",
    "opvoeding": "Opvoeding tussen culturen",
    "onderwijs": "Onderwijs",
    "werk_inkomen": "Werk, inkomen en Participatiewet",
    "financien": "Financiën",
    "normen_waarden": "Normen en waarden",
    "gezinshereniging": "Gezinshereniging",
    "belasting_huur": "Belasting en huur",
    "wegwijs_nl": "Hoe werkt Nederland",
}

# Leerroutes with DUO's codes.
LEERROUTES: dict[str, str] = {
    "B": "B1-route",
    "O": "Onderwijsroute",
    "Z": "Zelfredzaamheidsroute (Z-route)",
}
