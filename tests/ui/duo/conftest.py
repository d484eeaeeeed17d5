"""Fixtures of the tests that tools/layout_tests.py moved here."""

from __future__ import annotations

from tests.support.duo.fixtures import (  # noqa: F401  (fixtures)
    contract,
    duo_db,
    gateway,
    gateway_config,
    mock_duo,
    pki,
)
