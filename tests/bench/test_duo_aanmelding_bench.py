# ruff: noqa: F811  (the DUO fixtures are imported by name from tests/support/duo/fixtures)
"""'Nieuw van DUO' figure (docs/performance.md, #16): one notification about a BSN the region
does not hold -> DUO consulted (plicht, doelgroep) -> an aanmelding in the sync store, readable by
a klantmanager of that gemeente with their own role (what their next pull receives)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import psycopg
import pytest

from app.server.cluster import Cluster
from tests.app.duo.test_notifications import DOELGROEP, PLICHT
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
from tests.support.duo.pg import DuoDb
from tests.support.duo.pki import Pki
from tests.support.laptops import Server

pytestmark = pytest.mark.bench

BSN = "999990020"


def test_bench_notification_to_an_aanmelding_for_the_gemeente(
    benchmark: Any,
    pg_cluster: Cluster,
    pg_database: str,
    gateway: RunningGateway,
    pki: Pki,
    duo_db: DuoDb,
    mock_duo: tuple[MockDuo, str],
) -> None:
    server = Server(pg_cluster, pg_database)
    server.add_user("km.bench", gemeente=GEMEENTE)
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    officer = server.connect_as("km.bench")
    owner = psycopg.connect(duo_db.owner_dsn, autocommit=True)

    def setup() -> tuple[tuple[()], dict[str, Any]]:
        # the previous round's aanmelding set aside: this round makes a new one
        owner.execute("UPDATE wegwijs.duo_aanmelding SET status = 'niet_voor_ons'")
        return (), {}

    def one() -> None:
        body = {
            "registratieDatumTijd": "2026-02-01T09:30:00+01:00",
            "gebeurtenisId": "SS101",
            "bsn": BSN,
        }
        before = officer.execute(
            "SELECT count(*) FROM wegwijs.sync_row WHERE tabel = 'duo_aanmelding' AND NOT deleted"
        ).fetchone()
        assert before == (0,)
        assert notify(gateway, pki, body, bericht_id=str(uuid.uuid4())).status_code == 201
        while officer.execute(
            "SELECT count(*) FROM wegwijs.sync_field WHERE tabel = 'duo_aanmelding'"
            " AND veld = 'bsn'"
        ).fetchone() != (1,):
            time.sleep(0.005)

    try:
        benchmark.pedantic(one, setup=setup, rounds=15, iterations=1, warmup_rounds=1)
    finally:
        officer.close()
        owner.close()
    print(f"\nnotification to aanmelding: median {benchmark.stats.stats.median * 1000:.0f} ms")
