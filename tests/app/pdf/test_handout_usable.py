"""The handout is something the newcomer can act on: who to reach and how, who does what, on
which weekday; Arabic and Ethiopic set larger; dates isolated; one page when it fits; metadata."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from app.pdf.document import Contact, HandoutAfspraak
from app.pdf.fonts import ARABIC, ETHIOPIC, LATIN
from app.pdf.handout_pdf import SCALE, build_handout_pdf
from app.pdf.sample import sample_handout
from app.pdf.textblock import wrap_logical
from tests.support.pdf import all_text, positioned_runs, reader, visual_lines


def _flat(data: bytes) -> str:
    return " ".join(all_text(data).split())


def test_contact_lines_work_phone_email_and_municipality() -> None:
    text = _flat(build_handout_pdf(sample_handout("nl")))
    assert "Anouk Jansen Gemeente Winterswijk Telefoon (werk): 0543 123456" in text
    assert "E-mail: a.jansen@winterswijk.nl" in text
    assert "Helen Berhane Telefoon (werk): 06 12345678" in text  # the key person's work phone


def test_each_agreement_says_who_acts_and_the_weekday() -> None:
    text = _flat(build_handout_pdf(sample_handout("nl")))
    assert "vrijdag 04-12-2026 Klantmanager: Kinderopvang regelen" in text
    assert "dinsdag 08-12-2026 Selam: Eerste les" in text


def test_weekday_in_the_arabic_column_and_the_date_reads_as_in_dutch() -> None:
    data = build_handout_pdf(sample_handout("ar"))
    lines = [line.replace("\n", "") for line in visual_lines(data, A4[0] / 2)]
    # drawn left to right: the date keeps its order 04-12-2026 (not 2026-12-04)
    assert any("04-12-2026" in line and "ﺍﻟﺠﻤﻌﺔ" in line for line in lines), lines
    assert not any("2026-12-04" in line for line in lines)
    assert not any("2026-12-01" in line for line in lines)  # the "gemaakt op" date too


def test_dutch_lines_in_the_arabic_column_are_right_aligned() -> None:
    data = build_handout_pdf(sample_handout("ar"))
    runs = [r for r in positioned_runs(data) if "Klantmanager: Kinderopvang" in r[3]]
    assert len(runs) == 2
    _dutch_x, arabic_x = sorted(r[2] for r in runs)
    assert arabic_x > A4[0] / 2 + 40  # pushed to the right edge, not at the column's start


def test_arabic_and_ethiopic_are_set_larger() -> None:
    assert 1.15 <= SCALE[ARABIC] <= 1.2 and 1.08 <= SCALE[ETHIOPIC] <= 1.12
    sizes: dict[str, set[float]] = {}
    for data, script in ((build_handout_pdf(sample_handout("ar")), ARABIC),):

        def visit(text, cm, tm, font, size, script=script):  # type: ignore[no-untyped-def]
            if text.strip() and font is not None:
                name = str(font.get("/BaseFont", ""))
                sizes.setdefault(name, set()).add(round(size * tm[0], 1))

        for page in reader(data).pages:
            page.extract_text(visitor_text=visit)
    arabic = max(max(v) for k, v in sizes.items() if "Arabic" in k)
    latin = max(max(v) for k, v in sizes.items() if "NotoSans-" in k)
    assert arabic >= latin  # the largest Arabic heading at least as large as the Dutch one


@pytest.mark.parametrize("width", [60.0, 80.0, 110.0])
def test_email_breaks_only_at_at_or_dot(width: float) -> None:
    lines = wrap_logical(
        "mail a.jansen-de-vries@gemeente-winterswijk.nl", width, LATIN, 13.5, False
    )
    assert lines[0] == "mail" and lines[1].startswith("a")
    assert "".join(lines[1:]) == "a.jansen-de-vries@gemeente-winterswijk.nl"
    for line in lines[2:]:
        assert line[0] in "@.", lines  # never inside a name part


def test_fits_one_page_when_the_content_allows() -> None:
    doc = sample_handout("nl")
    assert len(reader(build_handout_pdf(doc)).pages) == 1
    four = dataclasses.replace(doc, afspraken=doc.afspraken * 1)
    assert len(reader(build_handout_pdf(four)).pages) == 1  # set a little smaller to fit
    many = dataclasses.replace(
        doc,
        afspraken=tuple(HandoutAfspraak(f"Afspraak {i}", date(2027, 1, i + 1)) for i in range(25)),
    )
    assert len(reader(build_handout_pdf(many)).pages) >= 2  # too much: a second page, full size
    arabic = dataclasses.replace(many, taal="ar")
    assert "Afspraak 24" in all_text(build_handout_pdf(arabic))  # a long list never overflows


def test_metadata_language_tag_and_no_name_in_the_title() -> None:
    doc = dataclasses.replace(sample_handout("ar"), klantmanager=Contact("A. Jansen"))
    r = reader(build_handout_pdf(doc))
    assert r.trailer["/Root"].get("/Lang") == "nl-NL"
    meta = r.metadata
    assert meta is not None and meta.title is not None
    assert "Selam" not in meta.title
    assert meta.subject is not None and "(ar)" in meta.subject
