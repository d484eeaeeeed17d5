"""Fixtures of the server tests live in tests/support/pg.py (shared with tests/bench)."""
