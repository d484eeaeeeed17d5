"""The handout: no BSN, Arabic in the right order, Ethiopic intact, clear errors.

How the Arabic check works. reportlab draws each line in *visual* order: left to right, letters
replaced by their joined presentation forms (U+FE70–U+FEFC). pypdf's text extraction turns each
run of right-to-left letters back into logical order, but places neutral punctuation at the
edges of a line by its own heuristics. So after NFKC (which maps the presentation forms back to
the plain letters, and the lam-alef ligature back to lam + alef) we compare the *sequence of
Arabic words* (letters only, punctuation dropped) with the source sentence's words. This fails
when letters are drawn in logical instead of visual order (every word comes out mirrored), when
lines are wrapped after reordering instead of before (the word sequence breaks across lines), or
when letters are dropped. That the letters are joined is checked separately: only presentation
forms are drawn, never the unjoined base letters.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from app.pdf.document import HandoutDocument
from app.pdf.fonts import GlyphError
from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.sample import sample_handout, sample_pip
from app.pdf.texts import MissingTexts, load_texts, missing_keys
from tests.support.pdf import all_text, nfkc, visual_lines

FORBIDDEN = {"bsn", "v_nummer", "geboortedatum", "gezondheid", "medisch", "health", "dossier"}


def test_handout_type_has_no_field_for_bsn_or_health() -> None:
    names = {f.name for f in dataclasses.fields(HandoutDocument)}
    assert not names & FORBIDDEN
    with pytest.raises(TypeError):
        HandoutDocument(voornaam="Selam", leerroute="B", taal="ar", bsn="999990019")  # type: ignore[call-arg]


@pytest.mark.parametrize("taal", ["nl", "ar", "ti", "en"])
def test_handout_carries_no_bsn(taal: str) -> None:
    pip = sample_pip()
    text = all_text(build_handout_pdf(sample_handout(taal)))
    for secret in (pip.dossier.bsn, pip.dossier.v_nummer, "14-03-1995"):
        assert secret not in text.replace(" ", "")


def arabic_words(text: str) -> list[str]:
    return re.findall(r"[\u0621-\u064A]+", nfkc(text))


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


@pytest.mark.parametrize(
    "key", ["intro", "klantmanager_uitleg", "sleutelpersoon_uitleg", "afspraken_nl", "bewaren"]
)
def test_arabic_comes_out_in_logical_order(key: str) -> None:
    data = build_handout_pdf(sample_handout("ar"))
    source = arabic_words(load_texts("ar")[key])
    assert len(source) >= 3
    assert _contains(arabic_words(all_text(data)), source)


def test_arabic_order_check_would_catch_mirrored_words() -> None:
    data = build_handout_pdf(sample_handout("ar"))
    mirrored = [w[::-1] for w in arabic_words(load_texts("ar")["intro"])]
    assert not _contains(arabic_words(all_text(data)), mirrored)


def test_arabic_letters_are_joined_not_isolated() -> None:
    data = build_handout_pdf(sample_handout("ar"))
    drawn = "".join(visual_lines(data, A4[0] / 2))
    presentation = [ch for ch in drawn if 0xFE70 <= ord(ch) <= 0xFEFC]
    plain = [ch for ch in drawn if 0x0621 <= ord(ch) <= 0x064A]
    assert len(presentation) > 200 and not plain


def test_mixed_arabic_line_keeps_latin_readable() -> None:
    data = build_handout_pdf(sample_handout("ar"))
    # The contact facts are written once (the key person's cell is the right half), beside
    # the Arabic labels: the number and the hours read left to right, not "12345678 06".
    lines = visual_lines(data, A4[0] / 2)
    assert any("Helen Berhane" in line for line in lines)
    lines = [line.replace("\n", "") for line in lines]
    assert any("06 12345678 · maandag 10–12 uur" in line for line in lines), lines
    assert any("ﻫﺎﺗﻒ" in line for line in lines)  # the Arabic label "work phone" beside it


def test_ethiopic_text_survives() -> None:
    text = nfkc(all_text(build_handout_pdf(sample_handout("ti"))))
    texts = load_texts("ti")
    assert texts["titel"] in " ".join(text.split())  # set larger: the title may wrap
    for word in texts["intro"].split():
        assert word in text
    assert "ሰላም" in text and "Selam" in text


def test_english_and_dutch_side_by_side() -> None:
    text = " ".join(all_text(build_handout_pdf(sample_handout("en"))).split())
    assert "Your integration plan" in text and "Jouw plan voor inburgering" in text
    assert "Only contact them on their work number." in text


def test_missing_translation_names_the_keys_and_dutch_only_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "handout"
    folder.mkdir()
    src = Path(__file__).resolve().parents[3] / "resources" / "handout"
    for name in ("nl.json", "ar.json"):
        (folder / name).write_text((src / name).read_text("utf-8"), "utf-8")
    ar = json.loads((folder / "ar.json").read_text("utf-8"))
    del ar["sleutelpersoon_uitleg"]
    ar["bewaren"] = "  "
    (folder / "ar.json").write_text(json.dumps(ar, ensure_ascii=False), "utf-8")
    assert missing_keys("ar", folder) == ("sleutelpersoon_uitleg", "bewaren")
    with pytest.raises(MissingTexts) as err:
        load_texts("ar", folder)
    assert "mist 2 tekst(en): sleutelpersoon_uitleg, bewaren" in str(err.value)
    assert "alleen in het Nederlands" in str(err.value)
    monkeypatch.setattr("app.pdf.texts.handout_dir", lambda: folder)
    with pytest.raises(MissingTexts):
        build_handout_pdf(sample_handout("ar"))
    dutch = all_text(build_handout_pdf(sample_handout("ar"), dutch_only=True))
    assert "Jouw plan voor inburgering" in dutch and "خطتك" not in dutch


def test_language_without_any_texts_cannot_be_printed() -> None:
    with pytest.raises(MissingTexts) as err:
        build_handout_pdf(sample_handout("fa"))
    assert "(fa)" in str(err.value)


def test_missing_glyph_in_handout_names_character_and_language() -> None:
    doc = dataclasses.replace(sample_handout("ti"), voornaam="Selam\u0f00")
    with pytest.raises(GlyphError) as err:
        build_handout_pdf(doc)
    assert "U+0F00" in str(err.value)
    assert "tigrinya" in str(err.value).lower() or "nederlands" in str(err.value).lower()


def test_every_bundled_language_file_is_complete() -> None:
    for taal in ("nl", "en", "ar", "ti"):
        assert missing_keys(taal) == ()


@pytest.mark.parametrize("taal", ["nl", "ar"])
def test_undecided_route_is_never_guessed(taal: str) -> None:
    doc = dataclasses.replace(sample_handout(taal), leerroute="")
    text = nfkc(" ".join(all_text(build_handout_pdf(doc)).split()))
    assert "B1-route" not in text and "Onderwijsroute" not in text
    assert "Je leerroute is nog niet bepaald." in text
