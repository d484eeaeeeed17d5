"""Meldingen through the PostgreSQL queue to the mock DUO, and DUO's answer into the dossier."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date
from typing import Any

import psycopg
import pytest

from app.duo import meldingen
from app.duo.client import DuoClient
from app.duo.config import Backoff, GatewayConfig
from app.duo.digikoppeling import client_context
from app.duo.messages.outgoing import Leerroute, Pip
from app.duo.sender import send_batch
from db.server import duo_queue
from tests.support.duo.fixtures import GEMEENTE
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows

BSN = "999990019"
PIP = Pip(date(2026, 3, 2), Leerroute.B1, niveau="B1")


async def _enqueue(config: GatewayConfig, m: meldingen.Melding, subject: str | None) -> str:
    async with await psycopg.AsyncConnection.connect(config.dsn, autocommit=True) as conn:
        return await duo_queue.enqueue(
            conn,
            gemeentecode=GEMEENTE,
            soort=m.soort,
            methode=m.method,
            pad=m.path,
            inhoud=m.body,
            dossier_id="dossier-1",
            onderwerp_id=subject,
        )


async def _send_all(config: GatewayConfig) -> tuple[int, int]:
    assert config.tls is not None
    client = DuoClient(config.duo_url, config.duo_oin, client_context(config.tls))
    try:
        async with await psycopg.AsyncConnection.connect(config.dsn, autocommit=True) as conn:
            return await send_batch(conn, client, config)
    finally:
        await client.aclose()


def enqueue(config: GatewayConfig, m: meldingen.Melding, subject: str | None = "pip-1") -> str:
    return asyncio.run(_enqueue(config, m, subject))


def send_all(config: GatewayConfig) -> tuple[int, int]:
    return asyncio.run(_send_all(config))


def _facts(db: DuoDb) -> list[Any]:
    return rows(db, "SELECT soort, omschrijving, gegevens FROM wegwijs.duo_feit ORDER BY seq")


def test_pip_sent_once_and_duos_confirmation_lands_in_the_dossier(
    gateway_config: GatewayConfig, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    first = enqueue(gateway_config, meldingen.pip(BSN, PIP))
    again = enqueue(gateway_config, meldingen.pip(BSN, PIP))  # the sync delivered it twice
    assert first == again
    assert send_all(gateway_config) == (1, 0)
    assert send_all(gateway_config) == (0, 0)
    assert mock.deliveries[first] == 1 and mock.persons[BSN].pip is not None
    ((soort, text, data),) = _facts(duo_db)
    assert soort == "pip_antwoord" and data["status"] == "bevestigd"
    assert text.startswith("PIP: door DUO geregistreerd op ") and "(bron: DUO)" in text
    status = rows(duo_db, "SELECT status, http_status, api_versie FROM wegwijs.duo_uitgaand")
    assert status == [("bevestigd", 201, "1.2.0")]


def test_rejection_reaches_the_dossier_with_duos_reason(
    gateway_config: GatewayConfig, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN, plicht={"indicatorInburgeringsplicht": True, "begindatum": "2026-04-01"})
    enqueue(gateway_config, meldingen.pip(BSN, PIP))
    send_all(gateway_config)
    ((_soort, text, data),) = _facts(duo_db)
    assert data["status"] == "afgewezen"
    assert "voor de start van de inburgeringsplicht" in text and "afgewezen" in text
    assert data["fouten"] == ["De datum dagtekening ligt voor de start van de inburgeringsplicht."]


def test_duo_down_keeps_the_melding_waiting_with_back_off_then_sends_it(
    gateway_config: GatewayConfig, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    mock.down = True
    gateway_config = replace(gateway_config, backoff=Backoff(30, 60))  # not due again by itself
    bericht_id = enqueue(gateway_config, meldingen.pip(BSN, PIP))
    assert send_all(gateway_config) == (1, 1)
    waiting = rows(
        duo_db,
        "SELECT status, pogingen, volgende_poging > now(), laatste_reden FROM wegwijs.duo_uitgaand",
    )
    assert waiting == [("wachtend", 1, True, "DUO niet beschikbaar (503).")]
    assert send_all(gateway_config) == (0, 0)  # not before its back-off
    assert _facts(duo_db) == []
    mock.down = False
    rows(duo_db, "UPDATE wegwijs.duo_uitgaand SET volgende_poging = now() RETURNING 1")
    assert send_all(gateway_config) == (1, 0)
    assert mock.effects[bericht_id] == 1
    assert [f[2]["status"] for f in _facts(duo_db)] == ["bevestigd"]


def test_a_malformed_melding_is_not_retried_and_shown_for_beheer(
    gateway_config: GatewayConfig, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    mock, _ = mock_duo
    mock.person(BSN)
    bad = meldingen.Melding("pip", "POST", f"/personen/{BSN}/PIP", {"leerroute": "B"})
    enqueue(gateway_config, bad)
    send_all(gateway_config)
    assert rows(duo_db, "SELECT status FROM wegwijs.duo_uitgaand") == [("fout",)]
    assert "melden bij beheer" in _facts(duo_db)[0][1]
    mock.violations.clear()  # sent wrong on purpose


def test_results_and_pip_deletion_go_out_in_duos_shape(
    gateway_config: GatewayConfig, duo_db: DuoDb, mock_duo: tuple[MockDuo, str]
) -> None:
    from app.duo.messages.outgoing import ResultaatPvt

    mock, _ = mock_duo
    mock.person(BSN, pip={"dagtekeningPip": "2026-01-05", "leerroute": "B"})
    enqueue(gateway_config, meldingen.pvt_resultaat(BSN, ResultaatPvt(date(2026, 2, 1))), "pvt-1")
    enqueue(gateway_config, meldingen.pip_verwijderen(BSN), "pip-del-1")
    assert send_all(gateway_config) == (2, 0)
    assert mock.persons[BSN].results["/personen/{bsn}/pvt"] == {
        "datumOndertekeningPvt": "2026-02-01"
    }
    assert mock.persons[BSN].pip is None
    texts = sorted(f[1] for f in _facts(duo_db))
    assert texts[0].startswith("Ondertekening PVT: door DUO geregistreerd")
    assert texts[1].startswith("PIP verwijderen: door DUO geregistreerd")


def test_gateway_role_touches_only_the_queue_and_duo_facts(duo_db: DuoDb) -> None:
    with psycopg.connect(duo_db.gateway_dsn, autocommit=True) as conn:
        conn.execute("SELECT count(*) FROM wegwijs.duo_uitgaand").fetchone()
        for sql in (
            "SELECT * FROM wegwijs.sync_row",
            "SELECT * FROM wegwijs.sync_dossier",
            "SELECT * FROM wegwijs.sync_field",
            "SELECT * FROM wegwijs.sync_change",
            "SELECT * FROM wegwijs.officer",
            "SELECT wegwijs.sync_push('00000000-0000-0000-0000-000000000000', '[]')",
            "DELETE FROM wegwijs.duo_feit",
            "DELETE FROM wegwijs.duo_uitgaand",
            "CREATE TABLE wegwijs.x (a int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
