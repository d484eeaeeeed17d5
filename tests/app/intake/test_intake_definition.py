"""The shipped questionnaire, the intake contract, and clear errors for malformed files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app import reference
from app.intake.definition import (
    DefinitionError,
    available_versions,
    load_definition,
    parse_definition,
    parse_definition_text,
)

# The intake contract's table (the question ids and types other parts rely on), kept in the
# repository: a test never reads a file outside it.
EXPECTED: dict[str, tuple[str, set[str] | None]] = {
    "lbt.afgenomen": ("choice", {"ja", "nee"}),
    "lbt.reden_niet_afgenomen": ("text", None),
    "lbt.resultaat": ("choice", {"B1-route haalbaar", "B1-route niet haalbaar", "Onbekend"}),
    "lbt.score_behaald": ("int", None),
    "lbt.score_benodigd": ("int", None),
    "lbt.datum": ("date", None),
    "taal.alfabetisering": ("choice", {"gealfabetiseerd", "anders_gealfabetiseerd", "analfabeet"}),
    "opleiding.hoogste_niveau": ("choice", {"geen", "basis", "voortgezet", "mbo", "hbo_wo"}),
    "opleiding.huidige_opleiding": ("bool", None),
    "opleiding.mag_afmaken": ("bool", None),
    "opleiding.wil_doorstuderen": ("bool", None),
    "werk.ervaring": ("longtext", None),
    "werk.ambitie": ("longtext", None),
    "gezondheid.belastbaarheid": ("choice", {"volledig", "beperkt", "zeer_beperkt"}),
    "gezin.kinderen": ("bool", None),
    "gezin.kinderopvang_nodig": ("bool", None),
    "financien.bijstand": ("bool", None),
    "financien.ontzorgen_nodig": ("bool", None),
    "begeleiding.maatschappelijke_begeleiding": ("bool", None),
    "mobiliteit.rijbewijs": ("bool", None),
    "mobiliteit.vervoer": ("choice", {"auto", "fiets", "ov", "geen"}),
    "sleutelpersoon.gewenst": ("choice", {"ja", "nee", "weet_niet"}),
    "sleutelpersoon.voorkeur_geslacht": ("choice", {"geen", "V", "M"}),
    "sleutelpersoon.niet_eigen_gemeenschap": ("bool", None),
    "sleutelpersoon.themas": ("multichoice", set(reference.THEMAS)),
}


def shipped() -> dict[str, Any]:
    text = (Path(__file__).parents[3] / "resources/intake/definitie-v1.json").read_text("utf-8")
    return dict(json.loads(text))


def test_shipped_definition_loads_with_all_domains() -> None:
    d = load_definition()
    assert d.version == max(available_versions()) == 1
    ids = [s.id for s in d.sections]
    for domain in ("taal", "leerbaarheidstoets", "opleiding", "werk", "gezondheid", "gezin",
                   "financien", "wonen", "netwerk", "mobiliteit", "wensen", "belemmeringen",
                   "sleutelpersoon"):  # fmt: skip
        assert domain in ids
    legal = {s.id for s in d.sections if s.legal_minimum}
    assert legal == {"leerbaarheidstoets", "opleiding", "werk", "gezondheid"}


@pytest.mark.parametrize("qid", sorted(EXPECTED))
def test_contract_ids_exist_with_their_type_and_values(qid: str) -> None:
    question = load_definition().question(qid)
    assert question is not None, qid
    qtype, values = EXPECTED[qid]
    text_types = {"text", "longtext"}
    assert question.type == qtype or {question.type, qtype} <= text_types
    if values is not None:
        assert {o.value for o in question.choices} == values


def broken(path: list[Any], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(shipped())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ["sections", 0, "questions", 0, "type"],
            "kleur",
            r"sectie 'taal'.*'taal.alfabetisering'.*onbekend type 'kleur'",
        ),
        (
            ["sections", 1, "questions", 0, "label"],
            KeyError,
            r"sectie 'leerbaarheidstoets'.*'lbt.afgenomen'.*'label' ontbreekt",
        ),
        (["sections", 0, "questions", 0, "choices"], [], r"'taal.alfabetisering'.*heeft 'choices'"),
        (
            ["sections", 0, "questions", 5, "choices"],
            [{"value": "a", "label": "A"}],
            r"'taal.andere_talen'.*type 'longtext' heeft geen 'choices'",
        ),
        (
            ["sections", 1, "questions", 1, "condition"],
            'lbt.afgenomen = "nee"',
            r"'lbt.reden_niet_afgenomen'.*voorwaarde .* klopt niet",
        ),
        (
            ["sections", 1, "questions", 1, "condition"],
            "lbt.bestaat_niet == true",
            r"onbekende vraag 'lbt.bestaat_niet'",
        ),
        (
            ["sections", 1, "questions", 1, "condition"],
            'lbt.reden_niet_afgenomen == "x"',
            r"verwijst naar de vraag zelf",
        ),
        (
            ["sections", 1, "questions", 1, "id"],
            "lbt.afgenomen",
            r"sectie 'leerbaarheidstoets', vraag 'lbt.afgenomen'.*komt al voor",
        ),
        (
            ["sections", 1, "questions", 1, "required_for_completion"],
            "ja",
            r"'required_for_completion' moet true/false zijn",
        ),
        (["sections", 1, "id"], "taal", r"sectie 'taal'.*twee keer"),
        (["sections", 2, "questions"], [], r"sectie 'opleiding'.*minstens één vraag"),
        (
            ["sections", 13, "questions", 3, "choices_from"],
            "kleuren",
            r"onbekende keuzelijst 'kleuren'",
        ),
        (["sections", 0, "questions", 0, "choices", 0], "ja", r"keuze 1.*'value' en 'label'"),
        (["version"], "1", r"'version' moet getal zijn"),
        (["sections", 3, "questions", 0, "id"], "Werk Ervaring", r"kleine letters"),
    ],
)
def test_malformed_definition_names_the_problem(path: list[Any], value: Any, expected: str) -> None:
    with pytest.raises(DefinitionError, match=expected):
        parse_definition(broken(path, value), "definitie-v1.json")


def test_invalid_json_says_line_and_column() -> None:
    with pytest.raises(DefinitionError, match=r"geen geldige JSON \(regel 2, kolom"):
        parse_definition_text('{"version": 1,\n "sections": [,]}', "kapot.json")


def test_question_ids_in_the_definition_are_unique_and_well_formed() -> None:
    d = load_definition()
    ids = d.question_ids()
    assert len(ids) == len(set(ids)) > 50
    assert all(q.label and q.type for s in d.sections for q in s.questions)
