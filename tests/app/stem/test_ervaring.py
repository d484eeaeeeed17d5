"""Experiences with the offer: the questionnaire as data, texts in the newcomer's language where
they exist (marked when not yet checked), answers per provider and period."""

from __future__ import annotations

import pytest

from app.stem.ervaring import ErvaringService, parse_vragenlijst, vragenlijst
from app.validation import ValidationError
from db.connection import Store
from tests.conftest import TODAY
from tests.support.stem import Dossier

FORM = {
    "onderdeel": "taalschool",
    "aanbieder": "  Taalschool   De Brug ",
    "datum": "15-11-2026",
    "ingevuld_door": "sleutelpersoon",
    "taal": "ti",
    "antwoorden": {"nuttig": "ja", "uitleg": "beetje", "bereikbaar": "nee"},
}


def test_shipped_definition_has_dutch_everywhere_and_marks_unchecked_languages() -> None:
    d = vragenlijst()
    assert {v.id for v in d.vragen_voor("ontzorgen")} >= {"rekeningen", "nuttig"}
    assert "rekeningen" not in {v.id for v in d.vragen_voor("map")}
    nuttig = d.vragen_voor("taalschool")[0]
    assert d.tekst(nuttig.tekst, "nl") == ("Heeft u er iets aan?", True)
    assert d.tekst(nuttig.tekst, "ar") == ("هل يفيدك هذا؟", False)  # not yet checked
    bereikbaar = next(v for v in d.vragen if v.id == "bereikbaar")
    assert d.tekst(bereikbaar.tekst, "ti")[0] == bereikbaar.tekst["nl"]  # no Tigrinya: Dutch
    assert d.tekst(nuttig.tekst, "so")[0] == "Heeft u er iets aan?"


@pytest.mark.parametrize(
    "broken",
    [
        {"versie": 1, "antwoorden": [{"id": "ja", "tekst": {"en": "Yes"}}], "vragen": []},
        {"versie": 1, "antwoorden": [], "vragen": [{"id": "a", "onderdelen": ["kapper"],
                                                    "tekst": {"nl": "?"}}]},
        {"versie": 1, "antwoorden": [], "vragen": [{"id": "a", "onderdelen": ["map"],
                                                    "tekst": {"nl": "?"}}] * 2},
    ],
)  # fmt: skip
def test_a_broken_definition_is_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        parse_vragenlijst(broken)


def test_answers_are_stored_per_provider_and_period(dossier: Dossier, store: Store) -> None:
    service = ErvaringService(store, today=TODAY)
    service.save(dossier.inburgeraar_id, FORM)
    service.save(dossier.inburgeraar_id, {**FORM, "antwoorden": {"nuttig": "nee"}})  # replaces
    service.save(dossier.inburgeraar_id, {**FORM, "onderdeel": "map", "aanbieder": "Werkplein",
                                     "antwoorden": {"nuttig": "ja"}})  # fmt: skip
    found = {(e.onderdeel, e.aanbieder, e.periode): e for e in service.van(dossier.inburgeraar_id)}
    assert set(found) == {("taalschool", "Taalschool De Brug", "2026-Q4"),
                          ("map", "Werkplein", "2026-Q4")}  # fmt: skip
    assert found[("taalschool", "Taalschool De Brug", "2026-Q4")].antwoorden == {"nuttig": "nee"}
    assert service.aanbieders("taalschool") == ["Taalschool De Brug"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"onderdeel": "kapper"}, "onderdeel"),
        ({"aanbieder": " "}, "aanbieder"),
        ({"ingevuld_door": "buurman"}, "ingevuld_door"),
        ({"antwoorden": {"nuttig": "super"}}, "antwoord.nuttig"),
        ({"antwoorden": {"rekeningen": "ja"}}, "antwoord.rekeningen"),  # ontzorgen only
        ({"antwoorden": {}}, "antwoorden"),
        ({"datum": "01-01-2030"}, "datum"),
    ],
)
def test_wrong_answers_save_nothing(
    dossier: Dossier, store: Store, change: dict[str, object], field: str
) -> None:
    service = ErvaringService(store, today=TODAY)
    with pytest.raises(ValidationError) as info:
        service.save(dossier.inburgeraar_id, {**FORM, **change})
    assert field in info.value.errors
    assert service.van(dossier.inburgeraar_id) == []
