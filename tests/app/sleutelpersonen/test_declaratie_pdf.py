"""The claim PDF prints Arabic and Ethiopic names in the bundled fonts (not Helvetica)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from app.sleutelpersonen.declaratie_pdf import schrijf_declaratie_pdf
from app.sleutelpersonen.inzet_service import DeclaratieRegel
from app.sleutelpersonen.model import sleutelpersoon_from_form
from app.sleutelpersonen.werkdruk import DeclaratieBerekening
from tests.support.pdf import all_text, font_names
from tests.support.sleutelpersonen import persoon_form

TODAY = date(2026, 12, 1)


def _build(tmp_path: Path, voornaam: str, achternaam: str, waarvoor: str) -> Path:
    persoon = sleutelpersoon_from_form(
        persoon_form(voornaam=voornaam, achternaam=achternaam), {"0294"}, TODAY
    )
    berekening = DeclaratieBerekening("p1", "2026-11", 1, 12, 23, 350)
    inzet = {
        "datum": "2026-11-20",
        "soort": "intakegesprek",
        "minuten": 90,
        "km": 12,
        "onkosten_cent": 350,
        "onkosten_omschrijving": waarvoor,
    }
    path = tmp_path / "declaratie.pdf"
    schrijf_declaratie_pdf(path, persoon, DeclaratieRegel("x", berekening), [inzet], TODAY)
    return path


def test_ethiopic_name_prints_in_bundled_fonts(tmp_path: Path) -> None:
    pdf = _build(tmp_path, "ሰላም", "ተስፋይ", "Parkeren bij het AZC")
    text = all_text(pdf)
    assert "ሰላም ተስፋይ" in text
    assert "Parkeren bij het AZC" in text and "€ 6,26" in text
    fonts = font_names(pdf)
    assert not any("Helvetica" in f for f in fonts), fonts
    assert any("NotoSansEthiopic" in f for f in fonts)


def test_arabic_name_prints_joined_in_the_arabic_font(tmp_path: Path) -> None:
    pdf = _build(tmp_path, "أمينة", "يوسف", "تذكرة قطار")
    text = unicodedata.normalize("NFKC", all_text(pdf))
    for word in ("أمينة", "يوسف", "تذكرة"):  # shaped, in display order: read back reversed
        assert word in text or word[::-1] in text, word
    assert any("NotoNaskhArabic" in f for f in font_names(pdf))


def test_claim_has_what_finance_needs(tmp_path: Path) -> None:
    from dataclasses import replace

    from app.sleutelpersonen.declaratie_pdf import titel
    from tests.support.pdf import page_texts, reader

    persoon = sleutelpersoon_from_form(
        persoon_form(voornaam="Helen", achternaam="Berhane", iban="nl91 abna 0417 1643 00"),
        {"0294"},
        TODAY,
    )
    assert persoon.iban == "NL91ABNA0417164300"
    berekening = DeclaratieBerekening("p1", "2026-11", 2, 35, 23, 350)
    inzetten = [
        {"datum": "2026-11-20", "soort": "intakegesprek", "minuten": 90, "km": 12,
         "onkosten_cent": 350, "onkosten_omschrijving": "Parkeren"},
        {"datum": "2026-11-24", "soort": "intakegesprek", "minuten": 45, "km": 23,
         "onkosten_cent": 0, "onkosten_omschrijving": ""},
    ]  # fmt: skip
    path = tmp_path / "d.pdf"
    regel = DeclaratieRegel("x", berekening)
    schrijf_declaratie_pdf(
        path, persoon, regel, inzetten, TODAY, gemeente="Oude IJsselstreek", kostenplaats="6.1234"
    )
    pages = page_texts(path)
    text = " ".join(" ".join(pages).split())
    for needed in (
        "Gemeente Oude IJsselstreek",
        "Kostenplaats 6.1234",
        "Sleutelpersoon Helen Berhane",
        "IBAN NL91 ABNA 0417 1643 00",
        "Uren 2:15",
        "Totaal te betalen",
        "De sleutelpersoon",
        "De coördinator sleutelpersonen",
    ):
        assert needed in text, needed
    assert text.count("Handtekening:") == 2 and text.count("Datum:") == 2
    meta = reader(path).metadata
    assert meta is not None and meta.title == titel(persoon, "2026-11")
    other = replace(persoon, voornaam="Amina")
    assert titel(other, "2026-11") != meta.title != titel(persoon, "2026-12")


@pytest.mark.parametrize("iban", ["NL91ABNA0417164301", "NL91 ABNA 0417", "12345"])
def test_a_wrong_iban_is_refused_in_dutch(iban: str) -> None:
    from app.validation import ValidationError

    with pytest.raises(ValidationError) as info:
        sleutelpersoon_from_form(persoon_form(iban=iban), {"0294"}, TODAY)
    assert info.value.errors["iban"].startswith("Dit is geen geldig IBAN")
