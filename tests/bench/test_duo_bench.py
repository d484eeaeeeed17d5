# ruff: noqa: F811  (the DUO fixtures are imported by name from tests/support/duo/fixtures.py)
"""DUO gateway figures (docs/performance.md): meldingen per second through the PostgreSQL queue
to the mock DUO over two-way TLS, and one notification to a dossier change on the server."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.duo import meldingen
from app.duo.client import DuoClient
from app.duo.config import GatewayConfig
from app.duo.digikoppeling import client_context
from app.duo.messages.outgoing import Leerroute, Pip
from app.duo.sender import send_batch
from db.server import duo_queue
from tests.support.duo.contract import REPO
from tests.support.duo.fixtures import (  # noqa: F401  (fixtures)
    GEMEENTE,
    RunningGateway,
    contract,
    duo_db,
    free_port,
    gateway,
    gateway_config,
    mock_duo,
    notify,
    pki,
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, add_region_dossier, rows
from tests.support.duo.pki import Pki

pytestmark = pytest.mark.bench

N = 500
PIP = Pip(date(2026, 3, 2), Leerroute.B1, niveau="B1")


async def _fill(dsn: str, start: int) -> None:
    async with (
        await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn,
        conn.transaction(),
    ):
        for i in range(start, start + N):
            m = meldingen.pip(f"9{i:08d}", PIP)
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


async def _drain(config: GatewayConfig) -> int:
    assert config.tls is not None
    client = DuoClient(
        config.duo_url,
        config.duo_oin,
        client_context(config.tls),
        max_connections=config.connections,
    )

    async def worker() -> int:
        sent = 0
        async with await psycopg.AsyncConnection.connect(config.dsn, autocommit=True) as conn:
            while True:
                handled, _ = await send_batch(conn, client, config)
                if not handled:
                    return sent
                sent += handled

    try:  # as the gateway runs it: `senders` loops, each its own connection (SKIP LOCKED)
        return sum(await asyncio.gather(*(worker() for _ in range(config.senders))))
    finally:
        await client.aclose()


@pytest.fixture
def duo_process(pki: Pki) -> Iterator[str]:
    """The mock DUO in its own process (as the real DUO is on another machine)."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.duo.mock_server",
            str(port),
            str(pki.ca.parent),
            str(N * 4),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        yield f"https://127.0.0.1:{port}/v1"
    finally:
        fields = Path(f"/proc/{proc.pid}/stat").read_text().split()
        print(f"\nmock DUO process CPU: {(int(fields[13]) + int(fields[14])) / 100:.1f} s")
        proc.terminate()
        proc.wait(timeout=10)


def test_bench_meldingen_per_second_through_the_queue(
    benchmark: Any, gateway_config: GatewayConfig, duo_db: DuoDb, duo_process: str
) -> None:
    gateway_config = replace(gateway_config, duo_url=duo_process)
    rounds = iter(range(4))

    def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
        asyncio.run(_fill(duo_db.owner_dsn, next(rounds) * N))
        return (), {}

    import resource

    before = resource.getrusage(resource.RUSAGE_SELF)

    def drain() -> int:
        if os.environ.get("DUO_PROFILE"):
            import cProfile

            prof = cProfile.Profile()
            out = prof.runcall(lambda: asyncio.run(_drain(gateway_config)))
            prof.dump_stats(os.environ["DUO_PROFILE"])
            return out  # type: ignore[no-any-return]
        return asyncio.run(_drain(gateway_config))

    result = benchmark.pedantic(drain, setup=setup, rounds=3, iterations=1)
    assert result == N
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"\ngateway CPU for {3 * N} meldingen (and their setup): {cpu:.1f} s")
    per_second = N / benchmark.stats.stats.median
    benchmark.extra_info["meldingen_per_s"] = round(per_second, 1)
    print(f"\n{N} meldingen in {benchmark.stats.stats.median:.2f} s: {per_second:.0f}/s")
    assert rows(
        duo_db, "SELECT count(*) FROM wegwijs.duo_uitgaand WHERE status <> 'bevestigd'"
    ) == [(0,)]


def test_bench_one_notification_to_a_dossier_change(
    benchmark: Any,
    gateway: RunningGateway,
    pki: Pki,
    duo_db: DuoDb,
    mock_duo: tuple[MockDuo, str],
) -> None:
    bsn = "999990019"
    add_region_dossier(duo_db, "dossier-bench", bsn, GEMEENTE)
    mock_duo[0].person(bsn, doelgroep={"indeling": "Asielstatushouder"})

    def one() -> None:
        bericht_id = str(uuid.uuid4())
        body = {
            "registratieDatumTijd": "2026-02-01T09:30:00+01:00",
            "gebeurtenisId": "SS125",
            "bsn": bsn,
        }
        assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
        while not rows(
            duo_db,
            "SELECT 1 FROM wegwijs.duo_feit WHERE bericht_id = %s AND soort = 'doelgroep'",
            bericht_id,
        ):
            time.sleep(0.005)

    benchmark.pedantic(one, rounds=20, iterations=1, warmup_rounds=1)
    print(f"\nnotification to dossier change: median {benchmark.stats.stats.median * 1000:.0f} ms")
