"""Session fixture: one throwaway PostgreSQL cluster on TCP port 55432 for all server tests.

Imported by tests/conftest.py. Each test that needs a clean server asks ``pg_database`` for a new
database in it. TLS is on when the binaries have OpenSSL (Debian's); ``pg_cluster.ssl`` says.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.server.cluster import DEFAULT_PORT, Cluster, create_cluster, port_free
from tests.support.laptops import Laptop, Server, new_server

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    # 55432, or the next free port: other checkouts on the same machine may run tests too
    first = int(os.environ.get("WEGWIJS_TEST_PG_PORT", DEFAULT_PORT))
    port = next((p for p in range(first, first + 60) if port_free(p)), first)
    cluster = create_cluster(port)
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> str:
    """The name of a new, empty database in the session cluster."""
    name = f"t{os.getpid()}_{next(_counter)}"
    pg_cluster.create_database(name)
    return name


@pytest.fixture
def server(pg_cluster: Cluster, pg_database: str) -> Server:
    return new_server(pg_cluster, pg_database)


@pytest.fixture
def laptop(server: Server, tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    """laptop("anouk") -> a laptop of a new klantmanager of gemeente 0294 (or as given)."""
    made: list[Laptop] = []

    def make(user: str, gemeente: str = "0294", rol: str = "klantmanager") -> Laptop:
        server.add_user(user, gemeente, rol)
        lap = Laptop(tmp_path / f"laptop-{user}-{len(made)}", server, user)
        made.append(lap)
        return lap

    yield make
    for lap in made:
        lap.close()
