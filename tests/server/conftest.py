"""Fixtures of the server tests: a fresh, initialised regional database per test, laptops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.server.cluster import Cluster
from tests.server.laptops import Laptop, Server, new_server


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
