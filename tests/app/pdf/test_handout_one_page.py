"""A two-language handout with both contacts in full (work phone, e-mail, hours) keeps to one
page: the contact facts are written once with the labels in both languages, side by side."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.sample import sample_handout
from app.pdf.texts import load_texts
from tests.support.pdf import all_text, reader, render_png

DOCS_IMG = Path(__file__).resolve().parents[3] / "docs" / "img"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def _flat(data: bytes) -> str:
    return " ".join(all_text(data).split())


@pytest.mark.parametrize("taal", ["ar", "ti"])
def test_the_demo_persons_two_language_handout_is_one_page(taal: str, qapp) -> None:  # type: ignore[no-untyped-def]
    doc = sample_handout(taal)
    assert doc.klantmanager and doc.klantmanager.email and doc.klantmanager.telefoon
    assert doc.sleutelpersoon and doc.sleutelpersoon.email and doc.sleutelpersoon.telefoon
    data = build_handout_pdf(doc)
    assert len(reader(data).pages) == 1
    text = _flat(data)
    for fact in (
        "Anouk Jansen",
        "Gemeente Winterswijk",
        "0543 123456",
        "a.jansen@winterswijk.nl",
        "Helen Berhane",
        "06 12345678",
        "h.berhane@sleutelpersonen.nl",
        "ma–do 9–17 uur",
        "Bewaar dit papier goed.",
        "Telefoon (werk)",
    ):
        assert fact in text, fact
    assert text.count("0543 123456") == 1  # written once, not once per column
    pages = render_png(data, ARTIFACTS / f"handout-{taal}", dpi=72)
    assert len(pages) == 1
    (DOCS_IMG / f"handout-{taal}-1.png").write_bytes(pages[0].read_bytes())


def test_the_other_language_labels_the_contact_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    texts = load_texts("ti")
    text = all_text(build_handout_pdf(sample_handout("ti")))
    for key in ("telefoon", "email", "klantmanager_kop", "sleutelpersoon_kop"):
        assert texts[key] in text, key


def test_too_much_content_still_takes_a_second_page_at_full_size() -> None:
    from app.pdf.document import HandoutAfspraak

    doc = sample_handout("ar")
    many = dataclasses.replace(
        doc, afspraken=tuple(HandoutAfspraak(f"Afspraak {i}", None) for i in range(14))
    )
    data = build_handout_pdf(many)
    assert len(reader(data).pages) == 2
    assert "Afspraak 13" in all_text(data) and "h.berhane@sleutelpersonen.nl" in all_text(data)
