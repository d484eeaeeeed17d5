from __future__ import annotations

import dataclasses

import pytest

from app.pdf.document import Afspraak, PipDocument
from app.pdf.fonts import GlyphError
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.sample import sample_pip
from tests.support.pdf import all_text, reader


@pytest.fixture(scope="module")
def pip_pdf() -> bytes:
    return build_pip_pdf(sample_pip())


def test_every_part_and_agreement_is_in_the_text(pip_pdf: bytes) -> None:
    doc = sample_pip()
    text = " ".join(all_text(pip_pdf).split())
    for part in doc.onderdelen():
        assert part.titel in text
        assert " ".join(part.inhoud.split()) in text
    for afspraak in doc.afspraken:
        assert afspraak.wat in text
        assert afspraak.uiterlijk is not None
        assert afspraak.uiterlijk.strftime("%d-%m-%Y") in text
    for heading in (
        "Ontzorgen",
        "Maatschappelijke begeleiding",
        "Randvoorwaarden",
        "Participatie",
        "Voortgangsgesprekken",
        "Bezwaar",
        "Ondertekening",
    ):
        assert heading in text
    for item in (*doc.ontzorgen, *doc.randvoorwaarden, *doc.participatie):
        assert item in text
    assert doc.leerroute.motivering.split(".")[0] in text
    assert "Selam is 31 en wil eerst werken, niet studeren." in text
    assert "Verbinder: gaat mee naar de eerste les" in text
    assert "999990019" in text and "9912345678" in text
    assert "Namens het college van burgemeester en wethouders van Winterswijk" in text


def test_bezwaar_deadline_is_six_weeks_after_dagtekening(pip_pdf: bytes) -> None:
    assert sample_pip().bezwaar_uiterlijk.isoformat() == "2027-01-12"  # type: ignore[union-attr]
    assert "tot en met dinsdag 12 januari 2027" in " ".join(all_text(pip_pdf).split())


def test_pages_are_numbered_x_of_y_with_running_header(pip_pdf: bytes) -> None:
    pages = reader(pip_pdf).pages
    total = len(pages)
    assert total >= 3
    for i, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"pagina {i} van {total}" in text
        if i > 1:
            assert "Persoonlijk Plan Inburgering en Participatie · Selam Tesfamariam" in text


def test_metadata(pip_pdf: bytes) -> None:
    r = reader(pip_pdf)
    meta = r.metadata
    assert meta is not None
    assert meta.title == "Persoonlijk Plan Inburgering en Participatie – Selam Tesfamariam"
    assert meta.author == "Gemeente Winterswijk"
    assert meta.subject == "PIP versie 2"
    assert r.trailer["/Root"].get("/Lang") == "nl-NL"


def test_long_table_repeats_its_header_on_the_next_page() -> None:
    data = build_pip_pdf(sample_pip(afspraken=60))
    pages = [p.extract_text() for p in reader(data).pages]
    with_rows = [p for p in pages if "inschrijven en voortgang" in p]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert "Wie Wat Uiterlijk" in " ".join(page.split())


def test_headings_never_end_a_page() -> None:
    data = build_pip_pdf(sample_pip(afspraken=25))
    headings = {"Afspraken", "Voortgangsgesprekken", "Begeleiding", "Bezwaar", "Ondertekening"}
    for page in reader(data).pages:
        lines = [ln.strip() for ln in page.extract_text().splitlines() if ln.strip()]
        body = [ln for ln in lines if not ln.startswith(("pagina", "PIP versie"))]
        assert body[-1] not in headings


def test_concept_without_dagtekening_says_so() -> None:
    doc = dataclasses.replace(sample_pip(), dagtekening=None, status="concept")
    assert doc.bezwaar_uiterlijk is None
    assert "Dit is een concept. Het is nog geen besluit" in " ".join(
        all_text(build_pip_pdf(doc)).split()
    )


def test_missing_glyph_is_named_in_dutch() -> None:
    doc: PipDocument = dataclasses.replace(
        sample_pip(), afspraken=(Afspraak("Gemeente", "Afspraak met 漢 erin"),)
    )
    with pytest.raises(GlyphError) as err:
        build_pip_pdf(doc)
    message = str(err.value)
    assert "'漢' (U+6F22 CJK UNIFIED IDEOGRAPH-6F22)" in message
    assert "Nederlands" in message and "geen meegeleverd lettertype" in message
