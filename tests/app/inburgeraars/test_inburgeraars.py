from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo import seed_all
from app.demo.inburgeraars import generate_inburgeraars
from app.errors import DuplicateError
from app.inburgeraars.json_shape import FORM_FIELDS, form_from_json, inburgeraar_to_json
from app.inburgeraars.model import fold, inburgeraar_from_form, search_words
from app.inburgeraars.service import ConflictError, InburgeraarService, ListFilter
from app.validation import ValidationError
from tests.conftest import TODAY, valid_form

CODES = {"0294", "0197"}


def test_valid_form_builds_a_inburgeraar() -> None:
    inburgeraar = inburgeraar_from_form(valid_form(), CODES, TODAY)
    assert inburgeraar.naam == "Selam Tesfamariam"
    assert inburgeraar.postcode == "7101 AB"
    assert inburgeraar.telefoon == "0543123456"
    assert inburgeraar.geboortedatum == date(1995, 3, 14)
    assert [t.code for t in inburgeraar.talen] == ["ti", "nl"]


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("voornamen", "", "Vul dit in"),
        ("achternaam", "Tesfa2", "geen cijfers"),
        ("geboortedatum", "01-01-2030", "toekomst"),
        ("geboortedatum", "", "Vul dit in"),
        ("geslacht", "Q", "geslacht"),
        ("bsn", "123456789", "elfproef"),
        ("doelgroep", "Toerist", "doelgroep"),
        ("land_herkomst", "XX", "land"),
        ("voorkeurstaal", "zz", "taal"),
        ("gemeentecode", "0363", "gemeente"),
        ("datum_start_plicht", "01-06-2021", "2022"),
        ("postcode", "ABC", "postcode"),
        ("email", "geen-mail", "e-mailadres"),
        ("telefoon", "123", "telefoonnummer"),
        ("status", "weg", "status"),
        ("talen", [{"taal": "xx9", "niveau": "goed"}], "taalcode"),
        ("talen", [{"taal": "ar", "niveau": "perfect"}], "niveau"),
        ("talen", [{"taal": "ar", "niveau": "goed"}, {"taal": "ar", "niveau": "goed"}], "twee"),
    ],
)
def test_each_invalid_field_gets_its_message(field: str, value: object, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        inburgeraar_from_form(valid_form(**{field: value}), CODES, TODAY)
    assert list(info.value.errors) == [field]
    assert fragment.lower() in info.value.errors[field].lower()


def test_all_errors_are_reported_at_once() -> None:
    form = valid_form(voornamen="", bsn="1", postcode="x")
    with pytest.raises(ValidationError) as info:
        inburgeraar_from_form(form, CODES, TODAY)
    assert set(info.value.errors) == {"voornamen", "bsn", "postcode"}


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(FORM_FIELDS), st.text(max_size=30)))
def test_random_form_input_never_crashes(garbage: dict[str, str]) -> None:
    form = valid_form(**{k: v for k, v in garbage.items() if k != "talen"})
    try:
        inburgeraar = inburgeraar_from_form(form, CODES, TODAY)
    except ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
    else:
        assert inburgeraar.voornamen and inburgeraar.achternaam


def test_save_get_and_update(inburgeraars: InburgeraarService) -> None:
    saved = inburgeraars.save(valid_form(), TODAY)
    assert saved.id and saved.version == 1
    again = inburgeraars.get(saved.id)
    assert again == saved
    form = inburgeraar_to_json(saved)
    form.update(achternaam="Haile", id=saved.id, version=saved.version)
    updated = inburgeraars.save({k: v for k, v in form.items()}, TODAY)
    assert updated.achternaam == "Haile" and updated.version == 2


def test_stale_version_is_refused(inburgeraars: InburgeraarService) -> None:
    saved = inburgeraars.save(valid_form(), TODAY)
    form = valid_form(id=saved.id, version=saved.version)
    inburgeraars.save(form, TODAY)
    with pytest.raises(ConflictError):
        inburgeraars.save(valid_form(id=saved.id, version=saved.version, achternaam="Oud"), TODAY)
    assert inburgeraars.get(saved.id).achternaam == "Tesfamariam"  # type: ignore[union-attr]


def test_invalid_input_stores_nothing(inburgeraars: InburgeraarService) -> None:
    with pytest.raises(ValidationError):
        inburgeraars.save(valid_form(bsn="123456789"), TODAY)
    assert inburgeraars.total() == 0


def test_duplicates_are_refused_naming_the_existing_record(
    inburgeraars: InburgeraarService,
) -> None:
    inburgeraars.save(valid_form(), TODAY)
    with pytest.raises(DuplicateError, match="Selam Tesfamariam") as info:
        inburgeraars.save(valid_form(voornamen="Ander", v_nummer=""), TODAY)
    assert info.value.field == "bsn"
    with pytest.raises(DuplicateError, match="V-nummer"):
        inburgeraars.save(valid_form(bsn=""), TODAY)
    assert inburgeraars.total() == 1


def test_search_filter_and_sort(inburgeraars: InburgeraarService) -> None:
    inburgeraars.save(valid_form(), TODAY)
    inburgeraars.save(
        valid_form(
            voornamen="Emre",
            achternaam="Şahin",
            bsn="111222333",
            v_nummer="",
            gemeentecode="0197",
            land_herkomst="TR",
            voorkeurstaal="tr",
            status="intake",
        ),
        TODAY,
    )
    names = lambda flt: [r.naam for r in inburgeraars.page(flt, 0, 50)]  # noqa: E731
    assert names(ListFilter(text="sahin")) == ["Emre Şahin"]
    assert names(ListFilter(text="SELAM tesfa")) == ["Selam Tesfamariam"]
    assert names(ListFilter(text="1112.22")) == ["Emre Şahin"]
    assert names(ListFilter(text="9912345678")) == ["Selam Tesfamariam"]
    assert names(ListFilter(text="%")) == []
    assert names(ListFilter(gemeentecode="0197")) == ["Emre Şahin"]
    assert names(ListFilter(status="aangemeld")) == ["Selam Tesfamariam"]
    assert names(ListFilter(sort="naam")) == ["Emre Şahin", "Selam Tesfamariam"]
    assert names(ListFilter(sort="naam", descending=True)) == ["Selam Tesfamariam", "Emre Şahin"]
    assert inburgeraars.count(ListFilter(text="e")) == 2


def test_find_by_bsn_or_v_nummer(inburgeraars: InburgeraarService) -> None:
    saved = inburgeraars.save(valid_form(), TODAY)
    assert inburgeraars.find("999990019") == saved
    assert inburgeraars.find("99.12.34.56.78") == saved
    assert inburgeraars.find(saved.id or "") == saved
    assert inburgeraars.find("nobody") is None


def test_fold_and_search_words() -> None:
    assert fold("Şahin Öztürk") == "sahin ozturk"
    assert search_words("  Al-Hassan  1234.56 ") == ("al-hassan", "123456")


def test_gemeente_add_validates(inburgeraars: InburgeraarService) -> None:
    inburgeraars.add_gemeente("0363", "Amsterdam")
    assert ("0363", "Amsterdam") in inburgeraars.gemeente_list()
    with pytest.raises(DuplicateError, match="Amsterdam"):
        inburgeraars.add_gemeente("0363", "Nog eens")
    with pytest.raises(ValidationError) as info:
        inburgeraars.add_gemeente("36", "")
    assert set(info.value.errors) == {"code", "naam"}


def test_demo_data_is_valid_and_fictional(inburgeraars: InburgeraarService) -> None:
    for inburgeraar in generate_inburgeraars(40, random.Random(1), TODAY):
        form = {k: v for k, v in inburgeraar_to_json(inburgeraar).items() if k in FORM_FIELDS}
        assert inburgeraar_from_form(form, {c for c, _ in inburgeraars.gemeente_list()}, TODAY)
        assert inburgeraar.bsn is None or inburgeraar.bsn.startswith("9999")


def test_seed_all_only_fills_an_empty_store(inburgeraars: InburgeraarService) -> None:
    report = seed_all(inburgeraars.session)
    total = inburgeraars.total()
    assert total >= 50
    assert report.lines
    seed_all(inburgeraars.session)
    assert inburgeraars.total() == total


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
    )
)
def test_form_from_json_rejects_garbage_clearly(data: object) -> None:
    try:
        form_from_json(data)
    except ValueError as exc:
        assert str(exc)
