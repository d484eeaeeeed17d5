"""Sync benchmarks against a real PostgreSQL (figures in docs/performance.md).

Targets: a sync with nothing to do <= 200 ms; 1,000 changed answers up and down <= 2 s; the
first sync of a laptop receiving 5,000 dossiers with their intakes <= 60 s; and with 100,000
dossiers of 345 gemeenten on the server, a klantmanager's sync costs what it costs at 1,000.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from app.inburgeraars.service import InburgeraarService
from app.server import sync as sync_client
from app.server.cluster import Cluster
from db import sync_local
from db.records import insert_row
from db.server import remote
from tests.bench.sync_data import fill
from tests.conftest import valid_form
from tests.support.laptops import Laptop, Server, new_server

pytestmark = pytest.mark.bench
_names = itertools.count(1)


def _intake_with_answers(lap: Laptop, n: int) -> list[str]:
    inburgeraar = InburgeraarService(lap.session).save(valid_form())
    with lap.store.transaction() as conn:
        intake = insert_row(
            conn, "intake", {"inburgeraar_id": inburgeraar.id, "definitie_versie": 1}
        )
        return [
            insert_row(
                conn,
                "intake_antwoord",
                {
                    "intake_id": intake,
                    "vraag_id": f"vraag.{i}",
                    "waarde": '"ja"',
                    "definitie_versie": 1,
                },
            )
            for i in range(n)
        ]


def test_sync_with_nothing_to_do(benchmark: Any, laptop: Callable[..., Laptop]) -> None:
    a = laptop("anouk")
    _intake_with_answers(a, 20)
    a.sync()
    a.sync()
    result = benchmark.pedantic(a.sync, rounds=15, iterations=1, warmup_rounds=1)
    assert result.verstuurd == 0


def test_1000_changed_answers_up_and_down(benchmark: Any, laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("anouk"), laptop("bram")
    answers = _intake_with_answers(a, 1000)
    a.sync(), b.sync()
    values = itertools.count(1)

    def change() -> tuple[tuple[()], dict[str, Any]]:
        v = next(values)
        with a.store.transaction() as conn:
            conn.executemany(
                "UPDATE intake_antwoord SET waarde = ? WHERE id = ?",
                [(f'"antwoord {v}"', rid) for rid in answers],
            )
        return (), {}

    def up_and_down() -> None:
        assert a.sync().verstuurd == 1000
        assert b.sync().ontvangen == 1000

    benchmark.pedantic(up_and_down, setup=change, rounds=5, iterations=1)


def test_first_sync_receiving_5000_dossiers_with_intakes(
    benchmark: Any,
    server: Server,
    laptop: Callable[..., Laptop],
) -> None:
    with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
        fill(conn, 5000, answers=20)
    made = itertools.count(1)

    def new_laptop() -> tuple[tuple[Laptop], dict[str, Any]]:
        return (laptop(f"nieuw{next(made)}"),), {}

    def first_sync(lap: Laptop) -> None:
        said: list[str] = []
        sync_client.run(lap.session, said.append)
        assert InburgeraarService(lap.session).total() == 5000
        assert lap.pending() == 0  # nothing applied from the server went back out
        assert "5.000 van 5.000 dossiers ontvangen" in said

    benchmark.pedantic(first_sync, setup=new_laptop, rounds=2, iterations=1)
    benchmark.extra_info["velden"] = 5000 * (13 + 3 + 20 * 5)


# --- national scale: 345 municipalities, 1,000 vs 100,000 dossiers on the server -------------

OWN = 290  # anouk's gemeente (0294): about one 345th of 100,000, the same at both sizes
REGION_CHANGES = 1000  # changed by other laptops of the country between two of anouk's syncs


@dataclass
class Region:
    server: Server
    laptop: Laptop
    answers: list[str]
    plans: dict[str, list[str]]


@pytest.fixture(scope="module", params=[1_000, 100_000], ids=["1k", "100k"])
def region(
    request: pytest.FixtureRequest, pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Region]:
    """The server holds *total* dossiers: OWN of gemeente 0294, the rest spread over 345 other
    gemeenten (codes 1001-1345), 26 fields each; anouk (0294) has had her first sync."""
    total = int(request.param)
    name = f"region{total}_{os.getpid()}"
    pg_cluster.create_database(name)
    server = new_server(pg_cluster, name)
    with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
        fill(conn, total - OWN, 2, gemeente=None, codes_from=1000, more=[(OWN, "0294")])
    server.add_user("anouk", "0294")
    lap = Laptop(tmp_path_factory.mktemp(f"anouk{total}"), server, "anouk")
    lap.sync()
    answers = [
        str(r[0])
        for r in lap.store.conn.execute("SELECT id FROM intake_antwoord ORDER BY id LIMIT 100")
    ]
    with server.connect_as("anouk") as conn:
        plans = {
            "first": remote.explain_pull(conn, 0, 20_000, analyze=True),
            "later": remote.explain_pull(conn, _cursor(lap), 20_000, analyze=True),
        }
    yield Region(server, lap, answers, plans)
    lap.close()
    with psycopg.connect(pg_cluster.dsn("postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name}")


def _cursor(lap: Laptop) -> int:
    cfg = sync_local.settings(lap.store.conn)
    assert cfg is not None
    return int(cfg["cursor"])


def _the_country_changes(server: Server) -> None:
    """REGION_CHANGES answers of other gemeenten get a new value and sequence number, as
    other laptops' pushes would."""
    with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
        others = conn.execute(
            "SELECT count(*) FROM wegwijs.sync_dossier WHERE gemeentecode <> '0294'"
        ).fetchone()[0]
        conn.execute(
            "UPDATE wegwijs.sync_field SET seq = nextval('wegwijs.sync_seq'),"
            " waarde = to_jsonb(clock_timestamp()::text)"
            " WHERE tabel = 'intake_antwoord' AND veld = 'waarde' AND row_id IN ("
            " SELECT md5('a' || (1 + floor(random() * %s))::int || '.1')::uuid::text"
            " FROM generate_series(1, %s))",
            (others, REGION_CHANGES),
        )


def _report(benchmark: Any, region: Region) -> None:
    with psycopg.connect(region.server.admin_dsn) as conn:
        dossiers = conn.execute("SELECT count(*) FROM wegwijs.sync_dossier").fetchone()[0]
        fields = conn.execute("SELECT count(*) FROM wegwijs.sync_field").fetchone()[0]
    benchmark.extra_info["dossiers_op_server"] = dossiers
    benchmark.extra_info["velden_op_server"] = fields
    benchmark.extra_info["plan_eerste_pull"] = region.plans["first"]
    benchmark.extra_info["plan_latere_pull"] = region.plans["later"]


def test_national_sync_with_nothing_to_do(benchmark: Any, region: Region) -> None:
    """Nothing changed for anouk; meanwhile the rest of the country changed 1,000 fields."""

    def setup() -> tuple[tuple[()], dict[str, Any]]:
        _the_country_changes(region.server)
        return (), {}

    result = benchmark.pedantic(region.laptop.sync, setup=setup, rounds=15, warmup_rounds=1)
    assert result.verstuurd == 0 and result.ontvangen == 0
    _report(benchmark, region)


def test_national_sync_of_100_changed_answers(benchmark: Any, region: Region) -> None:
    """anouk changed 100 answers (pushed, and their new versions pulled back); meanwhile the
    rest of the country changed 1,000 fields."""
    values = itertools.count(1)

    def setup() -> tuple[tuple[()], dict[str, Any]]:
        v = next(values)
        with region.laptop.store.transaction() as conn:
            conn.executemany(
                "UPDATE intake_antwoord SET waarde = ? WHERE id = ?",
                [(f'"antwoord {v}"', rid) for rid in region.answers],
            )
        _the_country_changes(region.server)
        return (), {}

    result = benchmark.pedantic(region.laptop.sync, setup=setup, rounds=10, warmup_rounds=1)
    assert result.verstuurd == 100
    _report(benchmark, region)
