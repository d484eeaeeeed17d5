"""Session fixture: one throwaway PostgreSQL cluster on TCP port 55432 for all server tests.

Imported by tests/conftest.py. Each test that needs a clean server asks ``pg_database`` for a new
database in it. TLS is on when the binaries have OpenSSL (Debian's); ``pg_cluster.ssl`` says.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from app.server.cluster import DEFAULT_PORT, Cluster, create_cluster

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    port = int(os.environ.get("WEGWIJS_TEST_PG_PORT", DEFAULT_PORT))
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
