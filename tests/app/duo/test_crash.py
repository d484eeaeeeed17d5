"""SIGKILL the gateway at random moments while it sends 200 meldingen: DUO registers each
berichtId exactly once, and every dossier ends with DUO's answer."""

from __future__ import annotations

import asyncio
import random
import signal
import time
from datetime import date
from pathlib import Path

import psycopg
import pytest

from app.duo import meldingen
from app.duo.config import GatewayConfig
from app.duo.messages.outgoing import Leerroute, Pip
from db.server import duo_queue
from tests.support.duo.fixtures import GEMEENTE
from tests.support.duo.gateway_process import start, write_config
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows

N = 200


async def _fill(dsn: str, bsns: list[str]) -> None:
    pip = Pip(date(2026, 3, 2), Leerroute.B1, niveau="B1")
    async with (
        await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn,
        conn.transaction(),
    ):
        for i, bsn in enumerate(bsns):
            m = meldingen.pip(bsn, pip)
            await duo_queue.enqueue(
                conn,
                gemeentecode=GEMEENTE,
                soort=m.soort,
                methode=m.method,
                pad=m.path,
                inhoud=m.body,
                dossier_id=f"dossier-{i}",
                onderwerp_id=f"pip-{i}",
            )


@pytest.mark.slow
def test_sigkill_while_sending_loses_nothing_and_doubles_nothing(
    gateway_config: GatewayConfig, duo_db: DuoDb, mock_duo: tuple[MockDuo, str], tmp_path: Path
) -> None:
    mock, _ = mock_duo
    mock.delay = 0.02  # each answer takes a moment, so kills land mid-batch
    bsns = [f"9{i:08d}" for i in range(N)]
    for bsn in bsns:
        mock.person(bsn)
    asyncio.run(_fill(duo_db.owner_dsn, bsns))
    config_file = write_config(tmp_path / "gateway.toml", gateway_config)
    log = tmp_path / "gateway.log"
    rng = random.Random(16)
    kills = 0

    def waiting() -> int:
        return int(
            rows(duo_db, "SELECT count(*) FROM wegwijs.duo_uitgaand WHERE status = 'wachtend'")[0][
                0
            ]
        )

    while waiting() and kills < 12:
        proc = start(config_file, log)
        # kill once DUO has seen a random number of new requests: mid-batch, mid-answer, or
        # (with the extra pause) while the answers are being recorded
        seen = sum(mock.deliveries.values())
        target = seen + rng.randint(1, 60)
        deadline = time.monotonic() + 20
        while sum(mock.deliveries.values()) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.choice([0, 0, 0.05, 0.2]))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
    proc = start(config_file, log)  # the last run may finish in peace
    try:
        deadline = time.monotonic() + 60
        while waiting():
            assert time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)

    sent = rows(duo_db, "SELECT bericht_id::text, status FROM wegwijs.duo_uitgaand")
    assert len(sent) == N and {s for _, s in sent} == {"bevestigd"}
    assert all(mock.effects[b] == 1 for b, _ in sent)
    assert sum(mock.effects.values()) == N
    assert all(mock.persons[b].pip is not None for b in bsns)
    answers = rows(
        duo_db,
        "SELECT dossier_id, count(*) FROM wegwijs.duo_feit WHERE soort = 'pip_antwoord'"
        " GROUP BY dossier_id",
    )
    assert len(answers) == N and {c for _, c in answers} == {1}
    redelivered = sum(1 for b, _ in sent if mock.deliveries[b] > 1)
    print(f"\n{kills} kills, {redelivered} meldingen sent again after a kill")
    assert "/personen/" not in log.read_text("utf-8")  # no BSN in the gateway's log
    assert kills >= 5 and redelivered > 0  # the kills did land while meldingen were in flight
