"""Fixtures of the tests that tools/layout_tests.py moved here."""

from __future__ import annotations

from tests.support.world import world  # noqa: F401  (fixtures)
