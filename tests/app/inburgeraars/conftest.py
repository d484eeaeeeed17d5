"""The test-only register field's fixture (extra_veld.py)."""

from tests.app.inburgeraars.extra_veld import session_met_huisarts  # noqa: F401
