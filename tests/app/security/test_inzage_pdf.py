"""The inzage PDF: every stored answer and record of one newcomer, readable, any script."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from app.intake.values import display
from app.matching.service import MatchService
from app.security.inzage_pdf import inzage_pdf
from app.security.roles import PermissionDeniedError, Role
from app.sleutelpersonen.inzet_service import InzetService
from tests.support.intake_data import COMPLETE
from tests.support.pdf import all_text, font_names, render_png
from tests.support.security import act_as
from tests.support.world import World

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ARABIC = "يسكن مع أخته"
ETHIOPIC = "ሰላም ንኹሉ"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _filled(world: World) -> dict[str, object]:
    answers = {**COMPLETE, "netwerk.contacten": ARABIC, "wensen.korte_termijn": ETHIOPIC}
    world.intake.save_answers(world.inburgeraar_id, answers)
    gid = world.gesprekken.add_gesprek(
        world.inburgeraar_id,
        {
            "datum": "20-11-2026",
            "plaats": "azc",
            "sleutelpersoon_id": world.persoon_id,
            "sleutelpersoon_naam": "Selam Tesfay",
            "rollen": ["vertaler"],
            "notitie": "Uitleg over de leerroute gegeven.",
            "inzet": {"registreren": True, "uren": "1,5", "km": "23"},
        },
    )
    world.gesprekken.add_signaal(
        world.inburgeraar_id,
        {"datum": "21-11-2026", "tekst": "Zorgen om huurachterstand.", "gesprek_id": gid},
    )
    sid = world.gesprekken.add_signaal(
        world.inburgeraar_id, {"datum": "21-11-2026", "tekst": "Fout."}
    )
    world.beheer.verwijder_signaal(sid, "Hoort bij een ander dossier.")
    MatchService(world.inburgeraars.session).bevestig(
        world.inburgeraar_id, world.persoon_id, None, "Kent de familie al.", "anouk"
    )
    return answers


def test_every_stored_answer_and_record_appears(world: World) -> None:
    answers = _filled(world)
    data = inzage_pdf(world.inburgeraars.session, world.inburgeraar_id)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "inzage.pdf").write_bytes(data)
    text = _flat(all_text(data))
    definition = world.intake.definition
    for qid, value in answers.items():
        question = definition.question(qid)
        assert question is not None, qid
        shown = _flat(display(question, value))
        if qid == "netwerk.contacten":  # Arabic is shaped and in display order
            flat = unicodedata.normalize("NFKC", text)
            assert all(w in flat or w[::-1] in flat for w in shown.split()), shown
            continue
        assert shown in text, (qid, shown)
        assert _flat(question.label) in text, qid
    assert ETHIOPIC in text
    for expected in (
        "Inschrijving",
        "Antwoorden: Gezondheid",
        "Slaapt slecht.",
        "Uitleg over de leerroute gegeven.",
        "Zorgen om huurachterstand.",
        "Hoort bij een ander dossier.",
        "Selam Tesfay",  # key person named, not an id
        "Intakegesprek",
        "inzage geëxporteerd",
        "aangemaakt inschrijving",
        "status intake",
        "Kent de familie al.",  # the match and its reason
    ):
        assert expected in text, expected
    assert "Fout." not in text  # a removed signaal is gone; only its reason stays
    assert world.inburgeraar_id not in text


def test_arabic_answer_is_in_the_arabic_font(world: World) -> None:
    _filled(world)
    fonts = font_names(inzage_pdf(world.inburgeraars.session, world.inburgeraar_id))
    assert any("NotoNaskhArabic" in f for f in fonts)
    assert any("NotoSansEthiopic" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)


def test_needs_dossier_exporteren_and_logs(world: World) -> None:
    store = world.inburgeraars.session
    act_as(store, Role.COORDINATOR)
    with pytest.raises(PermissionDeniedError):
        inzage_pdf(store, world.inburgeraar_id)
    act_as(store, Role.KLANTMANAGER)
    with pytest.raises(KeyError):
        inzage_pdf(store, "bestaat-niet")
    inzage_pdf(store, world.inburgeraar_id)
    count = store.store.conn.execute(
        "SELECT count(*) FROM audit_regel WHERE actie = 'inzage geëxporteerd' AND object_id = ?",
        (world.inburgeraar_id,),
    ).fetchone()[0]
    assert count == 1
    assert InzetService  # engagements are part of the inzage (see above)


def test_render_to_png_for_a_look(world: World) -> None:
    _filled(world)
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "inzage.pdf"
    pdf.write_bytes(inzage_pdf(world.inburgeraars.session, world.inburgeraar_id))
    pages = render_png(pdf, ARTIFACTS / "inzage", dpi=60)
    assert pages[0] == ARTIFACTS / "inzage-1.png"
    assert pages[0].exists()


def test_avg_article_15_information_codes_as_words_and_readable_type(world: World) -> None:
    from app.security.inzage_pdf import avg_informatie

    _filled(world)
    data = inzage_pdf(world.inburgeraars.session, world.inburgeraar_id)
    text = _flat(all_text(data))
    for kop, tekst in avg_informatie("Winterswijk", 5):
        assert _flat(kop) in text
        assert _flat(tekst) in text
    for needed in (
        "DUO",
        "COA",
        "sleutelpersoon",
        "5 jaar",
        "BRP",
        "artikel 17",
        "artikel 21",
        "Autoriteit Persoonsgegevens",
    ):
        assert needed in text, needed
    # codes as words, no heading that repeats the part's heading
    assert "Thema Overig" in text and "Urgentie Normaal" in text and "Status Open" in text
    assert "Intake Intake" not in text
    # body text at 10.5 pt or more
    sizes: set[float] = set()

    def visit(t, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if t.strip():
            sizes.add(round(size * tm[0], 1))

    from tests.support.pdf import reader

    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    body = sorted(sizes)
    assert [s for s in body if s < 8] == []  # only the page number is small (8.5)
    assert 10.5 in body
