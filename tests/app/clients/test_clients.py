from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.clients.json_shape import FORM_FIELDS, client_to_json, form_from_json
from app.clients.model import client_from_form, fold, search_words
from app.clients.service import ClientService, ConflictError, ListFilter
from app.demo import seed_all
from app.demo.clients import generate_clients
from app.errors import DuplicateError
from app.validation import ValidationError
from tests.conftest import TODAY, valid_form

CODES = {"0294", "0197"}


def test_valid_form_builds_a_client() -> None:
    client = client_from_form(valid_form(), CODES, TODAY)
    assert client.naam == "Selam Tesfamariam"
    assert client.postcode == "7101 AB"
    assert client.telefoon == "0543123456"
    assert client.geboortedatum == date(1995, 3, 14)
    assert [t.code for t in client.talen] == ["ti", "nl"]


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
        client_from_form(valid_form(**{field: value}), CODES, TODAY)
    assert list(info.value.errors) == [field]
    assert fragment.lower() in info.value.errors[field].lower()


def test_all_errors_are_reported_at_once() -> None:
    form = valid_form(voornamen="", bsn="1", postcode="x")
    with pytest.raises(ValidationError) as info:
        client_from_form(form, CODES, TODAY)
    assert set(info.value.errors) == {"voornamen", "bsn", "postcode"}


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(FORM_FIELDS), st.text(max_size=30)))
def test_random_form_input_never_crashes(garbage: dict[str, str]) -> None:
    form = valid_form(**{k: v for k, v in garbage.items() if k != "talen"})
    try:
        client = client_from_form(form, CODES, TODAY)
    except ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
    else:
        assert client.voornamen and client.achternaam


def test_save_get_and_update(clients: ClientService) -> None:
    saved = clients.save(valid_form(), TODAY)
    assert saved.id and saved.version == 1
    again = clients.get(saved.id)
    assert again == saved
    form = client_to_json(saved)
    form.update(achternaam="Haile", id=saved.id, version=saved.version)
    updated = clients.save({k: v for k, v in form.items()}, TODAY)
    assert updated.achternaam == "Haile" and updated.version == 2


def test_stale_version_is_refused(clients: ClientService) -> None:
    saved = clients.save(valid_form(), TODAY)
    form = valid_form(id=saved.id, version=saved.version)
    clients.save(form, TODAY)
    with pytest.raises(ConflictError):
        clients.save(valid_form(id=saved.id, version=saved.version, achternaam="Oud"), TODAY)
    assert clients.get(saved.id).achternaam == "Tesfamariam"  # type: ignore[union-attr]


def test_invalid_input_stores_nothing(clients: ClientService) -> None:
    with pytest.raises(ValidationError):
        clients.save(valid_form(bsn="123456789"), TODAY)
    assert clients.total() == 0


def test_duplicates_are_refused_naming_the_existing_record(clients: ClientService) -> None:
    clients.save(valid_form(), TODAY)
    with pytest.raises(DuplicateError, match="Selam Tesfamariam") as info:
        clients.save(valid_form(voornamen="Ander", v_nummer=""), TODAY)
    assert info.value.field == "bsn"
    with pytest.raises(DuplicateError, match="V-nummer"):
        clients.save(valid_form(bsn=""), TODAY)
    assert clients.total() == 1


def test_search_filter_and_sort(clients: ClientService) -> None:
    clients.save(valid_form(), TODAY)
    clients.save(
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
    names = lambda flt: [r.naam for r in clients.page(flt, 0, 50)]  # noqa: E731
    assert names(ListFilter(text="sahin")) == ["Emre Şahin"]
    assert names(ListFilter(text="SELAM tesfa")) == ["Selam Tesfamariam"]
    assert names(ListFilter(text="1112.22")) == ["Emre Şahin"]
    assert names(ListFilter(text="9912345678")) == ["Selam Tesfamariam"]
    assert names(ListFilter(text="%")) == []
    assert names(ListFilter(gemeentecode="0197")) == ["Emre Şahin"]
    assert names(ListFilter(status="aangemeld")) == ["Selam Tesfamariam"]
    assert names(ListFilter(sort="naam")) == ["Emre Şahin", "Selam Tesfamariam"]
    assert names(ListFilter(sort="naam", descending=True)) == ["Selam Tesfamariam", "Emre Şahin"]
    assert clients.count(ListFilter(text="e")) == 2


def test_find_by_bsn_or_v_nummer(clients: ClientService) -> None:
    saved = clients.save(valid_form(), TODAY)
    assert clients.find("999990019") == saved
    assert clients.find("99.12.34.56.78") == saved
    assert clients.find(saved.id or "") == saved
    assert clients.find("nobody") is None


def test_fold_and_search_words() -> None:
    assert fold("Şahin Öztürk") == "sahin ozturk"
    assert search_words("  Al-Hassan  1234.56 ") == ("al-hassan", "123456")


def test_gemeente_add_validates(clients: ClientService) -> None:
    clients.add_gemeente("0363", "Amsterdam")
    assert ("0363", "Amsterdam") in clients.gemeente_list()
    with pytest.raises(DuplicateError, match="Amsterdam"):
        clients.add_gemeente("0363", "Nog eens")
    with pytest.raises(ValidationError) as info:
        clients.add_gemeente("36", "")
    assert set(info.value.errors) == {"code", "naam"}


def test_demo_data_is_valid_and_fictional(clients: ClientService) -> None:
    for client in generate_clients(40, random.Random(1), TODAY):
        form = {k: v for k, v in client_to_json(client).items() if k in FORM_FIELDS}
        assert client_from_form(form, {c for c, _ in clients.gemeente_list()}, TODAY)
        assert client.bsn is None or client.bsn.startswith("9999")


def test_seed_all_only_fills_an_empty_store(clients: ClientService) -> None:
    report = seed_all(clients.session)
    total = clients.total()
    assert total >= 50
    assert report.lines
    seed_all(clients.session)
    assert clients.total() == total


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
