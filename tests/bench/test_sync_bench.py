"""Sync benchmarks against a real PostgreSQL (figures in docs/performance.md).

Targets: a sync with nothing to do <= 200 ms; 1,000 changed answers up and down <= 2 s; the
first sync of a laptop receiving 5,000 dossiers with their intakes <= 60 s; and at 100,000
dossiers on the server, a klantmanager's sync costs what it costs at 5,000.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from app.clients.service import ClientService
from db.records import insert_row
from tests.bench.sync_data import fill
from tests.conftest import valid_form
from tests.server.laptops import Laptop, Server

pytestmark = pytest.mark.bench
_names = itertools.count(1)


def _intake_with_answers(lap: Laptop, n: int) -> list[str]:
    client = ClientService(lap.store).save(valid_form())
    with lap.store.transaction() as conn:
        intake = insert_row(conn, "intake", {"inburgeraar_id": client.id, "definitie_versie": 1})
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
        lap.sync()
        assert ClientService(lap.store).total() == 5000

    benchmark.pedantic(first_sync, setup=new_laptop, rounds=2, iterations=1)
    benchmark.extra_info["velden"] = 5000 * (13 + 3 + 20 * 5)


@pytest.mark.parametrize("total", [5_000, 100_000])
def test_klantmanager_sync_cost_independent_of_region_size(
    benchmark: Any,
    server: Server,
    laptop: Callable[..., Laptop],
    total: int,
) -> None:
    """The server holds *total* dossiers of other gemeenten; anouk's laptop (0294) syncs one
    changed answer each round: the cost must not grow with *total*."""
    with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
        fill(conn, total, answers=2, gemeente="0197")
    a = laptop("anouk")
    answers = _intake_with_answers(a, 10)
    a.sync()
    values = itertools.count(1)

    def change() -> tuple[tuple[()], dict[str, Any]]:
        with a.store.transaction() as conn:
            conn.execute(
                "UPDATE intake_antwoord SET waarde = ? WHERE id = ?",
                (f'"{next(values)}"', answers[0]),
            )
        return (), {}

    benchmark.pedantic(a.sync, setup=change, rounds=15, iterations=1)
    benchmark.extra_info["dossiers_op_server"] = total
    with psycopg.connect(server.admin_dsn) as conn:
        plan = conn.execute(
            "EXPLAIN SELECT tabel, row_id, veld, waarde, seq FROM wegwijs.sync_field"
            " WHERE seq > 100 ORDER BY seq LIMIT 5000"
        ).fetchall()
    assert "sync_field_seq" in " ".join(str(r[0]) for r in plan)
