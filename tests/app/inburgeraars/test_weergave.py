"""The detail pane's rows made from the catalogue (app/inburgeraars/weergave.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.inburgeraars.model import Inburgeraar, Taal
from app.inburgeraars.veld import Bron
from app.inburgeraars.weergave import detail_groepen

PERSON = Inburgeraar(
    voornamen="Yonas",
    achternaam="Haile",
    geboortedatum=date(1990, 5, 2),
    geslacht="M",
    doelgroep="Asielstatushouder",
    land_herkomst="ER",
    voorkeurstaal="ti",
    gemeentecode="0294",
    bsn="111222333",
    talen=(Taal("ti", "moedertaal"),),
)
BRON = Bron(gemeenten=[("0294", "Winterswijk")])


def rows(person: Inburgeraar) -> dict[str, dict[str, str]]:
    return {groep: dict(r) for groep, r in detail_groepen(person, BRON)}


def test_groups_and_values_in_words() -> None:
    found = rows(PERSON)
    assert list(found) == ["Persoon", "Inburgering", "Talen", "Contact"]
    assert found["Persoon"]["Geboortedatum"] == "02-05-1990"
    assert found["Persoon"]["Geslacht"] == "Man"
    assert found["Persoon"]["Land van herkomst"] == "Eritrea"
    assert found["Inburgering"]["Gemeente"] == "Winterswijk"
    assert found["Inburgering"]["Status"] == "Aangemeld"
    assert list(found["Talen"]) == ["Tigrinya", "Drukwerk in"]  # the languages first
    assert found["Talen"]["Drukwerk in"] == "Tigrinya"


def test_no_languages_reads_as_an_empty_row() -> None:
    assert list(rows(replace(PERSON, talen=()))["Talen"]) == [
        "Talen",
        "Drukwerk in",
    ]


words = st.sampled_from(["", "Dorpsstraat", "12a", "7101 AB", "Winterswijk"])


@given(straat=words, huisnummer=words, postcode=words, woonplaats=words)
def test_the_address_is_one_row_as_before(
    straat: str, huisnummer: str, postcode: str, woonplaats: str
) -> None:
    person = replace(
        PERSON, straat=straat, huisnummer=huisnummer, postcode=postcode, woonplaats=woonplaats
    )
    adres = " ".join(p for p in (straat, huisnummer) if p)
    plaats = " ".join(p for p in (postcode, woonplaats) if p)
    assert rows(person)["Contact"]["Adres"] == ", ".join(p for p in (adres, plaats) if p)
