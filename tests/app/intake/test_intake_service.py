"""Saving answers, completeness, closing, resume, old definition versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.definition import parse_definition_text
from app.intake.progress import NIET_VAN_TOEPASSING, ONVOLLEDIG, VOLLEDIG
from app.intake.service import IntakeIncomplete, IntakeService
from app.validation import FieldError, ValidationError
from tests.conftest import TODAY, valid_form
from tests.support.intake_data import COMPLETE

V2 = Path(__file__).parents[2] / "fixtures/intake/definitie-v2.json"


@pytest.fixture
def inburgeraar_id(inburgeraars: InburgeraarService) -> str:
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id
    return inburgeraar.id


@pytest.fixture
def intake(inburgeraars: InburgeraarService) -> IntakeService:
    return IntakeService(inburgeraars.session, today=TODAY)


def fill(intake: IntakeService, inburgeraar_id: str, answers: dict[str, object]) -> None:
    for qid, value in answers.items():
        intake.save_answer(inburgeraar_id, qid, value)


def test_answers_are_stored_typed_per_the_contract(
    intake: IntakeService, inburgeraar_id: str
) -> None:
    intake.save_answer(inburgeraar_id, "lbt.afgenomen", "ja")
    intake.save_answer(inburgeraar_id, "lbt.score_behaald", " 64 ")
    intake.save_answer(inburgeraar_id, "lbt.datum", "02-10-2026")
    intake.save_answer(inburgeraar_id, "gezin.kinderen", "ja")
    intake.save_answer(inburgeraar_id, "sleutelpersoon.gewenst", "ja")
    intake.save_answer(inburgeraar_id, "sleutelpersoon.themas", ["onderwijs", "gezondheid"])
    assert IntakeService(intake.session, today=TODAY).answers(inburgeraar_id) == {
        "lbt.afgenomen": "ja",
        "lbt.score_behaald": 64,
        "lbt.datum": "2026-10-02",
        "gezin.kinderen": True,
        "sleutelpersoon.gewenst": "ja",
        # definition order, not click order
        "sleutelpersoon.themas": ["gezondheid", "onderwijs"],
    }


@pytest.mark.parametrize(
    ("qid", "value", "message"),
    [
        ("lbt.score_behaald", "zestig", "geheel getal"),
        ("lbt.score_behaald", "-3", "minstens 0"),
        ("lbt.datum", "31-02-2026", "bestaat niet"),
        ("lbt.datum", "gisteren", "dd-mm-jjjj"),
        ("lbt.afgenomen", "misschien", "geen van de mogelijkheden"),
        ("gezin.kinderen", "soms", "ja of nee"),
        ("sleutelpersoon.themas", ["koken"], "koken"),
        ("werk.ervaring", "x" * 5001, "te lang"),
        ("bestaat.niet", "ja", "Onbekende vraag"),
    ],
)
def test_wrong_answer_is_refused_and_changes_nothing(
    intake: IntakeService, inburgeraar_id: str, qid: str, value: object, message: str
) -> None:
    intake.save_answer(inburgeraar_id, "lbt.afgenomen", "ja")
    intake.save_answer(inburgeraar_id, "lbt.score_behaald", 40)
    before = intake.stored_answers(inburgeraar_id)
    with pytest.raises(FieldError, match=message):
        intake.save_answer(inburgeraar_id, qid, value)
    assert intake.stored_answers(inburgeraar_id) == before


def test_clearing_an_answer_removes_it(intake: IntakeService, inburgeraar_id: str) -> None:
    intake.save_answer(inburgeraar_id, "werk.ambitie", "Kapper")
    intake.save_answer(inburgeraar_id, "werk.ambitie", "   ")
    assert "werk.ambitie" not in intake.stored_answers(inburgeraar_id)


def test_unknown_inburgeraar_is_refused(intake: IntakeService) -> None:
    with pytest.raises(ValueError, match="bestaat niet"):
        intake.save_answer("geen-id", "werk.ambitie", "x")


def test_conditions_follow_answers_and_inburgeraar_facts(
    intake: IntakeService, inburgeraars: InburgeraarService, inburgeraar_id: str
) -> None:
    other = inburgeraars.save(
        valid_form(bsn="999990020", v_nummer="", doelgroep="Gezinsvormer"), today=TODAY
    )
    assert other.id
    asiel = intake.assessment(inburgeraar_id)
    gezin = intake.assessment(other.id)
    missing_asiel = {m.question_id for m in asiel.missing}
    missing_gezin = {m.question_id for m in gezin.missing}
    assert "financien.ontzorgen_nodig" in missing_asiel
    assert "begeleiding.maatschappelijke_begeleiding" in missing_asiel
    assert "financien.ontzorgen_nodig" not in missing_gezin
    assert gezin.section("begeleiding").status == NIET_VAN_TOEPASSING  # type: ignore[union-attr]
    assert "gezin.vve_informatie" not in missing_asiel
    intake.save_answer(inburgeraar_id, "gezin.kinderen", True)
    assert "gezin.vve_informatie" in {
        m.question_id for m in intake.assessment(inburgeraar_id).missing
    }


def test_hidden_follow_up_answer_is_not_reported(
    intake: IntakeService, inburgeraar_id: str
) -> None:
    fill(intake, inburgeraar_id, {"gezin.kinderen": True, "gezin.kinderopvang_nodig": True})
    intake.save_answer(inburgeraar_id, "gezin.kinderen", False)
    assert intake.answers(inburgeraar_id) == {"gezin.kinderen": False}
    assert (
        intake.stored_answers(inburgeraar_id)["gezin.kinderopvang_nodig"] is True
    )  # kept, not lost


def test_completeness_lists_every_missing_required_item(
    intake: IntakeService, inburgeraar_id: str
) -> None:
    fill(intake, inburgeraar_id, COMPLETE)
    assert intake.assessment(inburgeraar_id).complete
    intake.save_answer(inburgeraar_id, "gezondheid.psychisch", "")
    intake.save_answer(inburgeraar_id, "lbt.score_benodigd", None)
    result = intake.assessment(inburgeraar_id)
    assert not result.complete
    assert [(m.section_id, m.question_id, m.legal_minimum) for m in result.missing] == [
        ("leerbaarheidstoets", "lbt.score_benodigd", True),
        ("gezondheid", "gezondheid.psychisch", True),
    ]
    statuses = {s.section_id: s.status for s in result.sections}
    assert statuses["gezondheid"] == ONVOLLEDIG
    assert statuses["werk"] == VOLLEDIG


def test_lbt_not_taken_needs_a_reason_instead_of_scores(
    intake: IntakeService, inburgeraar_id: str
) -> None:
    fill(intake, inburgeraar_id, COMPLETE)
    intake.save_answer(inburgeraar_id, "lbt.afgenomen", "nee")
    missing = [m.question_id for m in intake.assessment(inburgeraar_id).missing]
    assert missing == ["lbt.reden_niet_afgenomen"]
    intake.save_answer(inburgeraar_id, "lbt.reden_niet_afgenomen", "Zintuiglijke beperking")
    assert intake.assessment(inburgeraar_id).complete
    assert "lbt.score_behaald" not in intake.answers(inburgeraar_id)


def test_close_only_when_complete_or_with_reason(
    intake: IntakeService, inburgeraar_id: str
) -> None:
    fill(
        intake,
        inburgeraar_id,
        {k: v for k, v in COMPLETE.items() if not k.startswith("gezondheid")},
    )
    with pytest.raises(IntakeIncomplete, match="Gezondheid: Lichamelijke gezondheid"):
        intake.close(inburgeraar_id)
    with pytest.raises(IntakeIncomplete, match="minstens 10"):
        intake.close(inburgeraar_id, "te kort")
    assert intake.info(inburgeraar_id).status == "open"  # type: ignore[union-attr]
    intake.close(inburgeraar_id, "Gezondheid volgt bij huisbezoek.")
    info = intake.info(inburgeraar_id)
    assert info is not None and info.status == "afgerond"
    assert info.afgerond_reden == "Gezondheid volgt bij huisbezoek."
    assert "gezondheid.psychisch" in info.ontbrak_bij_afronden


def test_complete_intake_closes_without_reason(intake: IntakeService, inburgeraar_id: str) -> None:
    fill(intake, inburgeraar_id, COMPLETE)
    intake.close(inburgeraar_id)
    info = intake.info(inburgeraar_id)
    assert info is not None and info.status == "afgerond" and info.afgerond_reden == ""


def test_resume_position_is_the_last_answer(intake: IntakeService, inburgeraar_id: str) -> None:
    assert intake.resume_position(inburgeraar_id).section_id == "taal"
    intake.save_answer(inburgeraar_id, "gezin.partner", "geen")
    position = intake.resume_position(inburgeraar_id)
    assert (position.section_id, position.question_id) == ("gezin", "gezin.partner")


def test_interrupted_marks_survive_until_closed(intake: IntakeService, inburgeraar_id: str) -> None:
    intake.mark_open(inburgeraar_id)
    assert IntakeService(intake.session).interrupted() == [inburgeraar_id]
    intake.mark_closed(inburgeraar_id)
    assert intake.interrupted() == []


def test_summary_groups_by_domain_in_plain_text(intake: IntakeService, inburgeraar_id: str) -> None:
    fill(intake, inburgeraar_id, COMPLETE)
    summary = {s.section_id: s for s in intake.summary(inburgeraar_id)}
    lbt = {i.question_id: i.text for i in summary["leerbaarheidstoets"].items}
    assert lbt["lbt.datum"] == "02-10-2026"
    assert lbt["lbt.afgenomen"] == "Ja"
    themes = {i.question_id: i.text for i in summary["sleutelpersoon"].items}
    assert themes["sleutelpersoon.themas"] == "Opvoeding tussen culturen, Onderwijs"
    assert summary["leerbaarheidstoets"].legal_minimum


def test_answers_under_an_old_definition_still_open(
    intake: IntakeService, inburgeraar_id: str
) -> None:
    fill(intake, inburgeraar_id, COMPLETE)
    fill(intake, inburgeraar_id, {"werk.vaardigheden": "Naaien", "werk.ervaring_nl": "Schoonmaak"})
    v2 = parse_definition_text(V2.read_text("utf-8"), V2.name)
    newer = IntakeService(intake.session, v2, today=TODAY)
    answers = newer.answers(inburgeraar_id)
    assert answers["werk.ervaring"] == COMPLETE["werk.ervaring"]
    assert "werk.vaardigheden" not in answers  # dropped in v2
    assert "werk.ervaring_nl" not in answers  # now a choice: the old text does not fit
    missing = [m.question_id for m in newer.assessment(inburgeraar_id).missing]
    assert missing == ["gezondheid.medicijnen"]
    summary = newer.summary(inburgeraar_id)
    old = {i.question_id: (i.text, i.old_version) for i in summary[-1].items}
    assert old == {"werk.vaardigheden": ("Naaien", 1), "werk.ervaring_nl": ("Schoonmaak", 1)}
    newer.save_answer(inburgeraar_id, "gezondheid.medicijnen", False)
    assert newer.assessment(inburgeraar_id).complete
    werk = next(s for s in newer.summary(inburgeraar_id) if s.section_id == "werk")
    assert {i.question_id: i.old_version for i in werk.items}["werk.ervaring"] == 1


def test_save_many_is_all_or_nothing(intake: IntakeService, inburgeraar_id: str) -> None:
    with pytest.raises(ValidationError) as info:
        intake.save_answers(inburgeraar_id, {"werk.ambitie": "Kok", "lbt.score_behaald": "veel"})
    assert set(info.value.errors) == {"lbt.score_behaald"}
    assert intake.stored_answers(inburgeraar_id) == {}
    intake.save_answers(inburgeraar_id, COMPLETE)
    assert intake.answers(inburgeraar_id) == COMPLETE
