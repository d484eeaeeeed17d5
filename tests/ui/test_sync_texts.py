"""The sync's words for the status bar and for a failed connection, over any driver message:
always one of the known states, always Dutch, never the driver's name or a traceback."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from app.server.conflict_rows import field_label, shown_value
from app.server.sync_view import explain, local_time, state_of

PREFIXES = st.sampled_from(
    [
        "Offline: de server is niet bereikbaar (",
        "Verbinding met de server verbroken: ",
        "Server weigert: ",
        "Kan de server niet bereiken: connection failed: ",
        "",
    ]
)


@given(PREFIXES, st.text(max_size=80), st.integers(0, 10_000), st.integers(0, 50))
def test_every_failure_gives_a_known_state(
    prefix: str, rest: str, waiting: int, open_: int
) -> None:
    status = {"ingesteld": True, "wachtende_wijzigingen": waiting, "open_conflicten": open_}
    state = state_of(status, prefix + rest if prefix + rest else "x")
    assert state.kind in ("offline", "refused")
    assert state.open_conflicts == open_
    if state.kind == "offline":
        assert state.text.startswith("Offline — ") and str(waiting) in state.text
    else:
        assert state.text.startswith("Server weigert: ")
        assert not state.text.startswith("Server weigert: Server weigert")


@given(st.text(max_size=120))
def test_explain_never_leaks_the_driver_for_known_failures(message: str) -> None:
    for known in (
        "password authentication failed",
        "certificate verify failed",
        "Connection refused",
    ):
        text = explain(f"connection failed: {message} {known}")
        assert "psycopg" not in text and "Traceback" not in text
        assert text.endswith(".")


STAMPS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
)


@given(STAMPS)
def test_a_stored_utc_time_shows_as_hh_mm(stamp: str) -> None:
    shown = local_time(stamp)
    assert len(shown) == 5 and shown[2] == ":"


@given(st.one_of(st.none(), st.text(max_size=30)))
def test_anything_else_shows_as_hh_mm_or_nothing(stamp: str | None) -> None:
    shown = local_time(stamp)
    assert shown == "" or (len(shown) == 5 and shown[2] == ":")


def test_words() -> None:
    assert state_of({"ingesteld": True, "wachtende_wijzigingen": 1}, "Offline: x").text == (
        "Offline — 1 wijziging wacht"
    )
    assert state_of({"ingesteld": True}).text == "Nog niet gesynchroniseerd"
    assert field_label("inburgeraar", "telefoon") == "Telefoon"
    assert field_label("inburgeraar", "land_herkomst") == "Land van herkomst"
    assert field_label("intake_antwoord", "waarde") == "Intake-antwoord: Antwoord"
    assert shown_value(None) == shown_value("") == "(leeg)" and shown_value(True) == "ja"
