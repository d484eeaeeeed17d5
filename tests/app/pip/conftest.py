"""Fixtures of the tests that tools/layout_tests.py moved here."""

from __future__ import annotations

from tests.support.pip import inburgeraar, pips  # noqa: F401  (fixtures)
