"""Fixtures of the tests that tools/layout_tests.py moved here."""

from __future__ import annotations

from tests.support.stem import dossier  # noqa: F401  (fixtures)
from tests.support.world import world  # noqa: F401  (fixtures)
