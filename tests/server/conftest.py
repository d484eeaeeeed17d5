"""Fixtures of the server tests live in tests/pg_cluster.py (shared with tests/bench)."""
