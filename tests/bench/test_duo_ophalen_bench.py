# ruff: noqa: F811  (the DUO fixtures are imported by name from tests/support/duo/fixtures.py)
"""'Gegevens DUO ophalen' (docs/performance.md): one request from the laptop through the regional
server and the gateway to the mock DUO (six consults over two-way TLS) and back, read once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.duo.ophalen import DuoOphalenService
from app.inburgeraars.service import InburgeraarService
from tests.app.duo.test_ophalen import BSN, DUO_PERSON
from tests.conftest import valid_form
from tests.support.duo.fixtures import (  # noqa: F401  (fixtures)
    GEMEENTE,
    RunningGateway,
    contract,
    duo_db,
    gateway,
    gateway_config,
    laptop,
    mock_duo,
    pki,
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.laptops import Laptop

pytestmark = pytest.mark.bench


def test_bench_one_ophalen_round_trip(
    benchmark: Any,
    laptop: Laptop,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:
    inburgeraar = InburgeraarService(laptop.session).save(
        valid_form(gemeentecode=GEMEENTE, bsn=BSN, doelgroep="Gezinsvormer")
    )
    assert inburgeraar.id
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)
    mock_duo[0].keep_exchanges = False
    service = DuoOphalenService(laptop.session)
    cid = inburgeraar.id

    def one() -> None:
        assert service.ophalen(cid).regels

    benchmark.pedantic(one, rounds=10, iterations=1, warmup_rounds=1)
    print(f"\nophalen round trip: median {benchmark.stats.stats.median * 1000:.0f} ms")
