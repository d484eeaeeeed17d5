"""Inzage shows what a crash draft holds that was typed, not the technical shape it is kept in."""

from __future__ import annotations

from app.security.inzage_inhoud import getypt, rij


def test_an_intake_answer_draft_is_the_text() -> None:
    assert getypt("Ik wil kok worden") == ["Ik wil kok worden"]


def test_a_dialog_draft_shows_only_what_was_typed_and_the_table_rows() -> None:
    draft = {
        "rijen": 1,
        "basis": [["line", "Selam"], ["line", ""], ["check", True]],
        "invoer": [["line", "Selam"], ["line", "0612345678"], ["check", False]],
        "extra": [[[["Klantmanager", "Bellen met school", ""], [False, True]]], []],
        "basis_extra": [[], []],
    }
    assert getypt(draft) == ["0612345678", "nee", "Klantmanager, Bellen met school, nee, ja"]


def test_the_row_in_inzage_leaves_out_the_technical_key() -> None:
    row = {"soort": "intake", "sleutel": "id-1/werk.ambitie", "waarde": '"Kok"',
           "inburgeraar_id": "id-1", "updated_at": "2026-12-01T15:00:00.000+00:00"}  # fmt: skip
    blok = rij("invoer_concept", row, {})
    assert ("Getypt", "Kok") in blok.regels
    assert "Antwoord in de intake" in [text for _label, text in blok.regels]
    assert not any("werk.ambitie" in text for _label, text in blok.regels)
