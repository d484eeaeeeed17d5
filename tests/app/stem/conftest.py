"""Fixtures of the tests that tools/layout_tests.py moved here."""

from __future__ import annotations

from tests.support.stem import dossier  # noqa: F401  (fixtures)
