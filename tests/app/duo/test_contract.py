"""Wegwijs's own DUO models against DUO's OpenAPI files: what we send validates, what DUO may
send parses, and what DUO's file forbids our parser refuses too."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.duo import meldingen
from app.duo.digikoppeling import request_headers
from app.duo.messages.common import DuoMessageError
from app.duo.messages.consults import (
    Doelgroep,
    Inburgeringsplicht,
    Inburgeringstermijn,
    Indeling,
    LbtResultaat,
)
from app.duo.messages.notifications import Notificatie
from app.duo.messages.outgoing import (
    Alfabetisering,
    Contactpersoongegevens,
    Leerroute,
    Pip,
    ResultaatMap,
    ResultaatPvt,
    ResultaatZroute,
    Uren,
    UrenSoort,
)
from tests.support.duo.contract import ContractError, DuoContract
from tests.support.duo.fixtures import DUO_OIN, GEMEENTE_OIN

BSN = "999990019"


def _headers() -> dict[str, str]:
    h = request_headers(bron_oin=GEMEENTE_OIN, doel_oin=DUO_OIN, bericht_id=str(uuid.uuid4()))
    h["Content-Type"] = "application/json"
    return h


def _check(contract: DuoContract, m: meldingen.Melding) -> None:
    contract.check_request(m.method, m.path, _headers(), m.body)


pips = st.builds(
    Pip,
    dagtekening=st.dates(date(2022, 1, 1), date(2035, 12, 31)),
    leerroute=st.sampled_from(Leerroute),
    niveau=st.sampled_from([None, "A2", "B1"]),
    geschatte_intensiteit_b1_route=st.none() | st.integers(1, 9999),
    mag_opleiding_afmaken=st.none() | st.booleans(),
    alfabetisering=st.none() | st.sampled_from(Alfabetisering),
)


@settings(max_examples=60, deadline=None)
@given(pips)
def test_every_pip_we_can_build_is_valid_for_duo(contract: DuoContract, pip: Pip) -> None:
    _check(contract, meldingen.pip(BSN, pip))
    assert Pip.from_json(pip.to_json()) == pip


@settings(max_examples=30, deadline=None)
@given(
    st.none() | st.dates(date(2022, 1, 1), date(2030, 1, 1)),
    st.none() | st.booleans(),
    st.integers(0, 9999),
    st.sampled_from(UrenSoort),
)
def test_results_and_hours_are_valid_for_duo(
    contract: DuoContract, day: date | None, verwijtbaar: bool | None, n: int, soort: UrenSoort
) -> None:
    _check(contract, meldingen.map_resultaat(BSN, ResultaatMap(day, verwijtbaar)))
    _check(contract, meldingen.pvt_resultaat(BSN, ResultaatPvt(day, verwijtbaar)))
    _check(contract, meldingen.zroute_resultaat(BSN, ResultaatZroute(day)))
    _check(contract, meldingen.uren(BSN, Uren(soort, n)))


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 99999))
def test_changing_and_removing_a_contactpersoon_is_valid_for_duo(
    contract: DuoContract, duo_id: int
) -> None:
    cp = Contactpersoongegevens("Anouk Jansen", "a.jansen@gemeente.nl", "0543123456")
    _check(contract, meldingen.contactpersoon_wijzigen(duo_id, cp))
    _check(contract, meldingen.contactpersoon_verwijderen(duo_id))


@settings(deadline=None)
@given(st.integers(-5, 0) | st.integers(100000, 10**6))
def test_a_contactpersoon_number_outside_duos_range_is_refused(duo_id: int) -> None:
    with pytest.raises(meldingen.MeldingError):
        meldingen.contactpersoon_verwijderen(duo_id)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 99999), st.from_regex(r"[0-9]{9}", fullmatch=True))
def test_linking_a_contactpersoon_to_a_person_is_valid_for_duo(
    contract: DuoContract, duo_id: int, bsn: str
) -> None:
    m = meldingen.contactpersoon_koppelen(duo_id, bsn)
    assert (m.method, m.path, m.body) == ("POST", f"/contactpersonen/{duo_id}/personen/{bsn}", None)
    _check(contract, m)


@settings(deadline=None)
@given(st.sampled_from(["", "12345678", "1234567890", "12345678a"]), st.integers(1, 99999))
def test_linking_without_a_valid_bsn_or_number_is_refused(bsn: str, duo_id: int) -> None:
    with pytest.raises(meldingen.MeldingError):
        meldingen.contactpersoon_koppelen(duo_id, bsn)
    with pytest.raises(meldingen.MeldingError):
        meldingen.contactpersoon_koppelen(0, BSN)


def test_pip_deletion_is_valid_for_duo(contract: DuoContract) -> None:
    _check(contract, meldingen.pip_verwijderen(BSN))


def test_the_contract_check_can_fail(contract: DuoContract) -> None:
    m = meldingen.Melding("pip", "POST", f"/personen/{BSN}/PIP", {"leerroute": "B"})
    with pytest.raises(ContractError, match="dagtekeningPip"):
        _check(contract, m)
    with pytest.raises(ContractError, match="berichtId"):
        h = _headers()
        h["berichtId"] = "geen-uuid"
        contract.check_request("POST", f"/personen/{BSN}/PIP", h, PIP_BODY)


PIP_BODY = {"dagtekeningPip": "2026-03-02", "leerroute": "B"}


@settings(max_examples=60, deadline=None)
@given(
    st.datetimes(datetime(2021, 1, 1), datetime(2035, 1, 1), timezones=st.timezones()),
    st.from_regex(r"\A[0-9A-Z]{1,6}\Z"),
    st.none() | st.from_regex(r"\A[0-9]{9}\Z"),
    st.none() | st.integers(0, 9999999999),
)
def test_every_notification_duo_may_send_is_read(
    contract: DuoContract, when: datetime, code: str, bsn: str | None, vnr: int | None
) -> None:
    body: dict[str, Any] = {"registratieDatumTijd": when.isoformat(), "gebeurtenisId": code}
    if bsn:
        body["bsn"] = bsn
    if vnr is not None:
        body["vNummer"] = vnr
    contract.check_request("POST", "/notificaties", _headers(), body)
    n = Notificatie.from_json(body)
    assert (n.gebeurtenis_id, n.bsn, n.v_nummer) == (code, bsn, vnr)
    # the same instant: compared in UTC, because Python never calls a local time in a DST gap or
    # fold equal to one in another zone (hypothesis found 2021-03-14 02:00 America/Juneau)
    assert n.registratie.astimezone(UTC) == when.astimezone(UTC)


@pytest.mark.parametrize(
    "body",
    [
        {"gebeurtenisId": "SS101"},
        {"registratieDatumTijd": "2026-01-05T10:00:00+01:00"},
        {"registratieDatumTijd": "2026-01-05T10:00:00+01:00", "gebeurtenisId": "ss101"},
        {"registratieDatumTijd": "2026-01-05T10:00:00+01:00", "gebeurtenisId": "SS1011X"},
        {"registratieDatumTijd": "2026-01-05", "gebeurtenisId": "SS101"},
        {"registratieDatumTijd": "2026-01-05T10:00:00Z", "gebeurtenisId": "SS101", "bsn": "12"},
        {"registratieDatumTijd": "2026-01-05T10:00:00Z", "gebeurtenisId": "SS101", "vNummer": -1},
    ],
)
def test_notifications_duo_forbids_are_refused_by_both(
    contract: DuoContract, body: dict[str, Any]
) -> None:
    with pytest.raises(ContractError):
        contract.check_request("POST", "/notificaties", _headers(), body)
    with pytest.raises(DuoMessageError):
        Notificatie.from_json(body)


CONSULTS: list[tuple[str, Any, Any]] = [
    (
        "inburgeringsplicht",
        {
            "indicatorInburgeringsplicht": True,
            "begindatum": "2026-01-10",
            "datumKennisgevingInburgeringsplicht": "2026-01-12",
        },
        Inburgeringsplicht(True, date(2026, 1, 10), datum_kennisgeving=date(2026, 1, 12)),
    ),
    (
        "doelgroep",
        {
            "indeling": "Gezinsmigrant en overige migrant",
            "gedetailleerdeDoelgroep": "Gezinshereniger met Asielstatushouder",
            "asielrechtenWijzigingVerblijfsdoel": "Behoud asielrechten",
        },
        Doelgroep(
            Indeling.GEZINSMIGRANT_OVERIG,
            None,
            "Gezinshereniger met Asielstatushouder",
            "Behoud asielrechten",
        ),
    ),
    (
        "termijn",
        {"startdatum": "2026-03-03", "einddatum": "2029-03-03", "verlengingsgrondcode": "ZW"},
        Inburgeringstermijn(date(2026, 3, 3), date(2029, 3, 3), verlengingsgrondcode="ZW"),
    ),
]


@pytest.mark.parametrize(("what", "body", "expected"), CONSULTS)
def test_consult_answers_valid_for_duo_are_read(
    contract: DuoContract, what: str, body: Any, expected: Any
) -> None:
    path = meldingen.consult_paths(BSN)[what]
    contract.check_response("GET", path, 200, {"API-Version": "1.0.0"}, body)
    assert type(expected).from_json(body) == expected


def test_lbt_results_are_read_and_a_bad_score_refused(contract: DuoContract) -> None:
    body = [
        {
            "resultaat": "B1-route haalbaar",
            "behaaldeScore": "61,50",
            "benodigdeScore": "55,00",
            "datumAfname": "2026-02-01",
        }
    ]
    path = meldingen.consult_paths(BSN)["lbt"]
    contract.check_response("GET", path, 200, {"API-Version": "1.2.0"}, body)
    assert LbtResultaat.list_from_json(body)[0].behaalde_score == "61,50"
    body[0]["behaaldeScore"] = "61.5"
    with pytest.raises(ContractError):
        contract.check_response("GET", path, 200, {"API-Version": "1.2.0"}, body)
    with pytest.raises(DuoMessageError):
        LbtResultaat.list_from_json(body)


def test_termijn_last_day_is_the_day_before_duos_exclusive_end() -> None:
    t = Inburgeringstermijn(date(2026, 3, 3), date(2029, 3, 3))
    assert t.laatste_dag == date(2029, 3, 2)


def test_melding_refuses_a_bad_bsn() -> None:
    with pytest.raises(meldingen.MeldingError):
        meldingen.pip("12345", Pip(date(2026, 1, 1), Leerroute.Z))


AGREE_CASES: list[tuple[dict[str, str], Any]] = [
    ({}, PIP_BODY),
    ({"berichtId": "geen-uuid"}, PIP_BODY),
    ({"bron": "123"}, PIP_BODY),
    ({}, {"leerroute": "B"}),
    ({}, {"dagtekeningPip": "2026-13-40", "leerroute": "B"}),
    ({}, {"dagtekeningPip": "2026-03-02", "leerroute": "B", "geschatteIntensiteitB1Route": 0}),
    ({}, {"dagtekeningPip": "2026-03-02", "leerroute": "Z", "niveau": "C1"}),
]


@pytest.mark.parametrize(("headers", "body"), AGREE_CASES)
def test_the_mocks_fast_check_agrees_with_openapi_core(
    contract: DuoContract, headers: dict[str, str], body: Any
) -> None:
    h = {**_headers(), **headers}
    results = []
    for check in (contract.check_request, contract.check_request_fast):
        try:
            check("POST", f"/personen/{BSN}/PIP", h, body)
            results.append(True)
        except ContractError:
            results.append(False)
    assert results[0] == results[1]
    results.clear()
    for check in (contract.check_request, contract.check_request_fast):
        try:
            check("POST", "/personen/12345/PIP", h, body)
            results.append(True)
        except ContractError:
            results.append(False)
    assert results == [False, False]


@settings(max_examples=30, deadline=None)
@given(st.from_regex(r"[0-9]{9}", fullmatch=True))
def test_the_gateways_pip_deletion_of_a_marked_row_is_valid_for_duo(
    contract: DuoContract, bsn: str
) -> None:
    """What the gateway builds from a laptop's `pip_verwijderen` row: DUO's DELETE, no body."""
    from app.duo.resultaten_scan import melding_for
    from db.server.duo_queue import ServerResultaat

    m = melding_for(ServerResultaat("m-1", "d-1", "0222", "pip_verwijderen", {}, bsn))
    assert (m.soort, m.method, m.path, m.body) == (
        "pip_verwijderen",
        "DELETE",
        f"/personen/{bsn}/PIP",
        None,
    )
    _check(contract, m)


def test_a_pip_deletion_without_a_bsn_is_not_sent() -> None:
    from app.duo.resultaten_scan import melding_for
    from db.server.duo_queue import ServerResultaat

    with pytest.raises(meldingen.MeldingError):
        melding_for(ServerResultaat("m-1", "d-1", "0222", "pip_verwijderen", {}, ""))


def test_duos_answers_to_a_pip_deletion_are_in_its_file(contract: DuoContract) -> None:
    """The mock's answers to DELETE /personen/{bsn}/PIP: 200, 403 with Foutmeldingen, 404."""
    path = f"/personen/{BSN}/PIP"
    h = {"API-Version": "1.0.0", "Content-Type": "application/json"}
    contract.check_response("DELETE", path, 200, {"API-Version": "1.0.0"}, None)
    fouten = [{"fouttekst": "De inburgeringstermijn is al vastgesteld."}]
    contract.check_response("DELETE", path, 403, h, fouten)
    contract.check_response("DELETE", path, 404, {"API-Version": "1.0.0"}, None)
    with pytest.raises(ContractError):
        contract.check_response("DELETE", path, 201, {"API-Version": "1.0.0"}, None)
