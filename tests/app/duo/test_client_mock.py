"""The DUO client against the mock DUO over two-way TLS: each kind of answer DUO can give."""

from __future__ import annotations

import asyncio
import ssl
import uuid
from datetime import date
from typing import Any

import httpx
import pytest

from app.duo import meldingen
from app.duo.client import DuoClient, Uitkomst
from app.duo.digikoppeling import TlsFiles, client_context
from app.duo.messages.outgoing import Leerroute, Pip, ResultaatMap
from tests.support.duo.fixtures import DUO_OIN, GEMEENTE_OIN
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pki import Pki

BSN = "999990019"


def _send(url: str, tls: TlsFiles, melding: meldingen.Melding, bron: str = GEMEENTE_OIN) -> Any:
    async def go() -> Any:
        client = DuoClient(url, DUO_OIN, client_context(tls))
        try:
            return await client.send(melding, bron_oin=bron, bericht_id=str(uuid.uuid4()))
        finally:
            await client.aclose()

    return asyncio.run(go())


PIP = Pip(date(2026, 3, 2), Leerroute.B1, niveau="B1")


def test_pip_confirmed_and_registered(mock_duo: tuple[MockDuo, str], pki: Pki) -> None:
    mock, url = mock_duo
    mock.person(BSN)
    answer = _send(url, pki.gemeente, meldingen.pip(BSN, PIP))
    assert answer.uitkomst is Uitkomst.BEVESTIGD and answer.status == 201
    assert answer.api_version == "1.2.0"
    assert mock.persons[BSN].pip == {
        "dagtekeningPip": "2026-03-02",
        "leerroute": "B",
        "niveau": "B1",
    }


def test_rule_violation_is_a_rejection_with_duos_reason(
    mock_duo: tuple[MockDuo, str], pki: Pki
) -> None:
    mock, url = mock_duo
    mock.person(BSN, plicht={"indicatorInburgeringsplicht": True, "begindatum": "2026-04-01"})
    answer = _send(url, pki.gemeente, meldingen.pip(BSN, PIP))
    assert answer.uitkomst is Uitkomst.AFGEWEZEN and answer.status == 403
    assert answer.fouten == ("De datum dagtekening ligt voor de start van de inburgeringsplicht.",)
    assert "voor de start van de inburgeringsplicht" in answer.reden
    assert mock.persons[BSN].pip is None


def test_unknown_person_is_rejected_not_retried(mock_duo: tuple[MockDuo, str], pki: Pki) -> None:
    _, url = mock_duo
    answer = _send(url, pki.gemeente, meldingen.pip(BSN, PIP))
    assert answer.uitkomst is Uitkomst.AFGEWEZEN and answer.status == 404


def test_duo_down_means_try_again(mock_duo: tuple[MockDuo, str], pki: Pki) -> None:
    mock, url = mock_duo
    mock.person(BSN)
    mock.down = True
    answer = _send(url, pki.gemeente, meldingen.map_resultaat(BSN, ResultaatMap(date(2026, 1, 5))))
    assert answer.uitkomst is Uitkomst.OPNIEUW and answer.status == 503
    assert mock.persons[BSN].results == {}


def test_unknown_bron_oin_is_refused(mock_duo: tuple[MockDuo, str], pki: Pki) -> None:
    mock, url = mock_duo
    mock.person(BSN)
    answer = _send(url, pki.gemeente, meldingen.pip(BSN, PIP), bron="00000009999999999000")
    assert answer.uitkomst is Uitkomst.AFGEWEZEN and answer.status == 403
    assert mock.persons[BSN].pip is None


def test_malformed_request_gets_400_and_is_not_retried(
    mock_duo: tuple[MockDuo, str], pki: Pki
) -> None:
    mock, url = mock_duo
    mock.person(BSN)
    bad = meldingen.Melding("pip", "POST", f"/personen/{BSN}/PIP", {"leerroute": "B"})
    answer = _send(url, pki.gemeente, bad)
    assert answer.uitkomst is Uitkomst.FOUT_VERZOEK and answer.status == 400
    assert mock.violations and "dagtekeningPip" in mock.violations[0]
    mock.violations.clear()  # this one was on purpose


def test_same_bericht_id_twice_changes_duo_once(mock_duo: tuple[MockDuo, str], pki: Pki) -> None:
    mock, url = mock_duo
    mock.person(BSN)
    bericht_id = str(uuid.uuid4())

    async def twice() -> list[Any]:
        client = DuoClient(url, DUO_OIN, client_context(pki.gemeente))
        try:
            m = meldingen.pip(BSN, PIP)
            return [
                await client.send(m, bron_oin=GEMEENTE_OIN, bericht_id=bericht_id) for _ in "ab"
            ]
        finally:
            await client.aclose()

    first, second = asyncio.run(twice())
    assert first.status == second.status == 201
    assert mock.deliveries[bericht_id] == 2 and mock.effects[bericht_id] == 1


def test_certificate_from_another_ca_cannot_connect(
    mock_duo: tuple[MockDuo, str], pki: Pki
) -> None:
    _, url = mock_duo
    ctx = ssl.create_default_context(cafile=str(pki.ca))
    ctx.load_cert_chain(str(pki.stranger.certificate), str(pki.stranger.key))
    with pytest.raises((httpx.HTTPError, ssl.SSLError)):
        httpx.get(url + f"/personen/{BSN}/PIP", verify=ctx).raise_for_status()


def test_no_client_certificate_cannot_connect(mock_duo: tuple[MockDuo, str], pki: Pki) -> None:
    _, url = mock_duo
    ctx = ssl.create_default_context(cafile=str(pki.ca))
    with pytest.raises((httpx.HTTPError, ssl.SSLError)):
        httpx.get(url + f"/personen/{BSN}/PIP", verify=ctx).raise_for_status()
