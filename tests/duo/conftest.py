"""Fixtures for the DUO tests: DUO's contract, a throwaway PKI and the mock DUO on loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.duo.contract import DuoContract, duo_contract
from tests.duo.mock_duo import MockDuo, Served
from tests.duo.pki import Pki, make_pki

GEMEENTE_OIN = "00000001001589623000"  # fictional OINs (20 digits)
DUO_OIN = "00000001800866472000"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def contract() -> DuoContract:
    return duo_contract()


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), gemeente_oin=GEMEENTE_OIN, duo_oin=DUO_OIN)


@pytest.fixture
def mock_duo(contract: DuoContract, pki: Pki) -> Iterator[tuple[MockDuo, str]]:
    """The mock DUO over two-way TLS; the test fails if Wegwijs broke DUO's contract."""
    mock = MockDuo(contract, bron_oins={GEMEENTE_OIN}, doel_oin=DUO_OIN)
    with Served(mock.app, free_port(), pki.duo) as served:
        yield mock, served.url + "/v1"
    assert not mock.violations, mock.violations


def pem(path: Path) -> bytes:
    return path.read_bytes()
