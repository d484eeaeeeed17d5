"""DUO's notifications through our Notificatie API to DUO facts on the dossier (real server)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from app.server.cluster import Cluster
from tests.support.duo.contract import DuoContract
from tests.support.duo.fixtures import GEMEENTE, RunningGateway, notify
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, add_region_dossier, rows
from tests.support.duo.pki import Pki

BSN = "999990019"
DOSSIER = "0b6f2d1e-6c0a-4d57-9d59-2f4c1a7e9b10"
PLICHT = {
    "indicatorInburgeringsplicht": True,
    "begindatum": "2026-01-10",
    "datumKennisgevingInburgeringsplicht": "2026-01-12",
}
DOELGROEP = {"indeling": "Asielstatushouder", "gedetailleerdeDoelgroep": "Asielstatushouder"}


def _body(code: str, bsn: str | None = BSN) -> dict[str, Any]:
    body: dict[str, Any] = {
        "registratieDatumTijd": "2026-02-01T09:30:00+01:00",
        "gebeurtenisId": code,
    }
    if bsn:
        body["bsn"] = bsn
    return body


def _wait(db: DuoDb, bericht_id: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = rows(
            db, "SELECT status FROM wegwijs.duo_inkomend WHERE bericht_id = %s", bericht_id
        )
        if found and found[0][0] != "ontvangen":
            return str(found[0][0])
        time.sleep(0.05)
    raise AssertionError("notification not processed in time")


def _send(
    gateway: RunningGateway, pki: Pki, db: DuoDb, code: str, bsn: str | None = BSN
) -> tuple[str, str]:
    bericht_id = str(uuid.uuid4())
    response = notify(gateway, pki, _body(code, bsn), bericht_id=bericht_id)
    assert response.status_code == 201
    return bericht_id, _wait(db, bericht_id)


def _facts(db: DuoDb, bericht_id: str) -> dict[str, tuple[Any, ...]]:
    found = rows(
        db,
        "SELECT soort, dossier_id, bsn, gegevens, omschrijving, waarschuwing"
        " FROM wegwijs.duo_feit WHERE bericht_id = %s ORDER BY seq",
        bericht_id,
    )
    return {r[0]: r[1:] for r in found}


@pytest.mark.parametrize("code", ["SS101", "SS128", "SS139"])
def test_new_inburgeringsplichtige_becomes_an_aanmelding_with_plicht_and_doelgroep(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str], code: str
) -> None:
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    bericht_id, status = _send(gateway, pki, duo_db, code)
    assert status == "verwerkt"
    facts = _facts(duo_db, bericht_id)
    assert list(facts) == ["gebeurtenis", "aanmelding", "plicht", "doelgroep"]
    dossier, bsn, data, text, _ = facts["plicht"]
    assert dossier is None and bsn == BSN  # not in the register yet: an aanmelding van DUO
    assert data["datum_start_plicht"] == "2026-01-10" and data["datum_melding_duo"] == "2026-01-12"
    assert (
        text == "Inburgeringsplicht volgens DUO: inburgeringsplichtig sinds 10-01-2026 (bron: DUO)"
    )
    assert facts["doelgroep"][2]["indeling"] == "Asielstatushouder"
    assert all("(bron: DUO)" in f[3] for f in facts.values())


def test_moved_in_with_pip_elsewhere_fills_the_known_dossier_with_duos_termijn(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    mock_duo[0].person(
        BSN,
        plicht=PLICHT,
        doelgroep=DOELGROEP,
        termijn={"startdatum": "2026-03-03", "einddatum": "2029-03-03"},
    )
    bericht_id, status = _send(gateway, pki, duo_db, "SS121")
    assert status == "verwerkt"
    facts = _facts(duo_db, bericht_id)
    assert list(facts) == ["gebeurtenis", "plicht", "doelgroep", "termijn"]
    assert {f[0] for f in facts.values()} == {DOSSIER}
    assert facts["termijn"][2]["laatste_dag"] == "2029-03-02"
    assert "03-03-2026 tot en met 02-03-2029" in facts["termijn"][3]


def test_moved_in_without_pip_unknown_bsn_becomes_an_aanmelding(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    bericht_id, _ = _send(gateway, pki, duo_db, "SS120")
    facts = _facts(duo_db, bericht_id)
    assert facts["aanmelding"][2] == {"soort": "verhuisd", "met_pip_elders": False}


def test_lbt_result_fills_the_dossier_marked_as_duos(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    lbt = [
        {"resultaat": "B1-route niet haalbaar", "behaaldeScore": "40,00",
         "benodigdeScore": "55,00", "datumAfname": "2026-01-20"},
        {"resultaat": "B1-route haalbaar", "behaaldeScore": "61,50",
         "benodigdeScore": "55,00", "datumAfname": "2026-02-20"},
    ]  # fmt: skip
    mock_duo[0].person(BSN, lbt=lbt)
    bericht_id, _ = _send(gateway, pki, duo_db, "SS131")
    dossier, _, data, text, _ = _facts(duo_db, bericht_id)["lbt"]
    assert dossier == DOSSIER
    assert data == {
        "resultaat": "B1-route haalbaar",
        "behaalde_score": "61,50",
        "benodigde_score": "55,00",
        "datum_afname": "2026-02-20",
    }
    assert text.startswith("Leerbaarheidstoets op 20-02-2026: B1-route haalbaar")


def test_termijn_started_records_duos_dates(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    mock_duo[0].person(BSN, termijn={"startdatum": "2026-03-03", "einddatum": "2029-03-03"})
    bericht_id, _ = _send(gateway, pki, duo_db, "SS102")
    assert _facts(duo_db, bericht_id)["termijn"][2]["einddatum_duo"] == "2029-03-03"


@pytest.mark.parametrize(
    ("code", "indeling"),
    [("SS124", "Gezinsmigrant en overige migrant"), ("SS125", "Asielstatushouder")],
)
def test_doelgroep_change_records_duos_indeling(
    gateway: RunningGateway,
    pki: Pki,
    duo_db: DuoDb,
    mock_duo: tuple[MockDuo, str],
    code: str,
    indeling: str,
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    rechten = "Op verzoek rechten van gezins- en overige migrant toegekend"
    mock_duo[0].person(
        BSN, doelgroep={"indeling": indeling, "asielrechtenWijzigingVerblijfsdoel": rechten}
    )
    bericht_id, _ = _send(gateway, pki, duo_db, code)
    data = _facts(duo_db, bericht_id)["doelgroep"][2]
    assert data["indeling"] == indeling and data["asielrechten_wijziging"] == rechten


@pytest.mark.parametrize(
    ("code", "reden", "expected"),
    [
        (
            "SS110",
            "Verblijfsdoel gewijzigd",
            "inburgeringsplicht ingetrokken (Verblijfsdoel gewijzigd)",
        ),
        ("SS111", "Overlijden", "overleden (Overlijden)"),
    ],
)
def test_plicht_ended_or_death_flags_the_dossier_and_starts_retention(
    gateway: RunningGateway,
    pki: Pki,
    duo_db: DuoDb,
    mock_duo: tuple[MockDuo, str],
    code: str,
    reden: str,
    expected: str,
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    mock_duo[0].person(
        BSN,
        plicht={"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": reden},
    )
    bericht_id, _ = _send(gateway, pki, duo_db, code)
    dossier, _, data, text, _ = _facts(duo_db, bericht_id)["einde"]
    assert dossier == DOSSIER and data["bewaartermijn_start"] is True
    assert expected in text


def test_bsn_the_region_does_not_hold_is_recorded_and_reported_not_guessed(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    add_region_dossier(duo_db, DOSSIER, "999990020", GEMEENTE)  # someone else
    mock_duo[0].person(BSN, lbt=[])
    bericht_id, status = _send(gateway, pki, duo_db, "SS131")
    assert status == "onbekend"
    facts = _facts(duo_db, bericht_id)
    assert list(facts) == ["onbekend_bsn"]
    assert facts["onbekend_bsn"][0] is None and facts["onbekend_bsn"][1] == BSN
    assert "niet in het register" in facts["onbekend_bsn"][3]
    assert mock_duo[0].exchanges == []  # nothing consulted for a person we do not hold


def test_duplicate_notification_changes_nothing(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    mock_duo[0].person(BSN, doelgroep=DOELGROEP)
    bericht_id = str(uuid.uuid4())
    for _ in range(3):
        assert notify(gateway, pki, _body("SS125"), bericht_id=bericht_id).status_code == 201
    _wait(duo_db, bericht_id)
    time.sleep(0.5)
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_inkomend") == [(1,)]
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_feit") == [(2,)]


def test_duo_down_during_the_consult_waits_then_processes_once(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    mock, _ = mock_duo
    mock.person(BSN, doelgroep=DOELGROEP)
    mock.down = True
    bericht_id = str(uuid.uuid4())
    assert notify(gateway, pki, _body("SS125"), bericht_id=bericht_id).status_code == 201
    deadline = time.monotonic() + 5
    while not rows(duo_db, "SELECT 1 FROM wegwijs.duo_inkomend WHERE pogingen > 0"):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert _facts(duo_db, bericht_id) == {}
    mock.down = False
    assert _wait(duo_db, bericht_id) == "verwerkt"
    assert list(_facts(duo_db, bericht_id)) == ["gebeurtenis", "doelgroep"]


def test_our_answers_keep_duos_notificatie_contract(
    gateway: RunningGateway, pki: Pki, duo_db: DuoDb, contract: DuoContract
) -> None:
    cases = [
        (_body("SS101"), {}, 201),
        ({"gebeurtenisId": "SS101"}, {}, 400),
        (_body("SS101"), {"bron": "00000009999999999000"}, 403),
        (_body("SS101"), {"doel": "00000009999999999000"}, 403),
    ]
    for body, extra, expected in cases:
        response = notify(gateway, pki, body, **extra)  # type: ignore[arg-type]
        assert response.status_code == expected
        contract.check_response(
            "POST", "/notificaties", response.status_code, dict(response.headers), None
        )
        assert response.headers["API-Version"] == "1.8.0"


def test_a_caller_without_duos_certificate_cannot_connect(
    gateway: RunningGateway, pki: Pki
) -> None:
    import ssl

    import httpx

    ctx = ssl.create_default_context(cafile=str(pki.ca))
    ctx.load_cert_chain(str(pki.stranger.certificate), str(pki.stranger.key))
    with pytest.raises((httpx.HTTPError, ssl.SSLError)):
        httpx.post(gateway.url + "/notificaties", json=_body("SS101"), verify=ctx)


def test_database_down_answers_503_and_the_repeat_is_stored_once_it_is_back(
    gateway: RunningGateway,
    pki: Pki,
    duo_db: DuoDb,
    mock_duo: tuple[MockDuo, str],
    pg_cluster: Cluster,
    contract: DuoContract,
) -> None:
    add_region_dossier(duo_db, DOSSIER, BSN, GEMEENTE)
    mock_duo[0].person(BSN, doelgroep=DOELGROEP)
    bericht_id = str(uuid.uuid4())
    pg_cluster.stop()
    try:
        down = notify(gateway, pki, _body("SS125"), bericht_id=bericht_id)
    finally:
        pg_cluster.start()
    assert down.status_code == 503
    assert down.json() == {"fouttekst": "Tijdelijk niet beschikbaar, probeer het later opnieuw."}
    contract.check_response("POST", "/notificaties", 503, dict(down.headers), down.json())
    again = notify(gateway, pki, _body("SS125"), bericht_id=bericht_id)  # DUO tries again
    assert again.status_code == 201
    assert _wait(duo_db, bericht_id, timeout=40) == "verwerkt"
    assert list(_facts(duo_db, bericht_id)) == ["gebeurtenis", "doelgroep"]
