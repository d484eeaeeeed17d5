"""Beheer → "Regionale server": connect a laptop through the widgets against a real PostgreSQL;
each bad input gives a Dutch message and changes nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.server import sync as client_sync
from app.server.cluster import port_free
from app.server.sync_view import ConnectError, connect_laptop, explain, state_of
from app.session import Session
from tests.conftest import finish
from tests.support.laptops import PASSWORD, Server
from ui.main_window import MainWindow
from ui.sync import SyncPart
from ui.sync.server_box import ServerBox


def _window(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session, session.data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def _box(window: MainWindow) -> ServerBox:
    box = window.parts.need(SyncPart).server_box
    assert box is not None, "a beheerder sees Beheer → Regionale server"
    return box


def _connect(qtbot, box: ServerBox, dsn: str, user: str, password: str) -> str:  # type: ignore[no-untyped-def]
    box.dsn.setText("")
    qtbot.keyClicks(box.dsn, dsn)
    box.user.setText(user)
    box.password.setText(password)
    finish(qtbot, box.connect_server())
    return box.message.text()


def _free_port() -> int:
    return next(p for p in range(56900, 57000) if port_free(p))


def test_nothing_shows_without_a_server(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, inburgeraars.session)
    part = window.parts.need(SyncPart)
    assert not part.status.isVisibleTo(window)
    assert not part.sync_action.isVisible() and not part.conflicts_action.isVisible()
    assert part.runner.sync_now() is None  # offline-first: no server, no sync
    assert "alleen lokaal" in _box(window).current.text()


def test_connect_via_the_beheer_section(
    qtbot, inburgeraars: InburgeraarService, server: Server
) -> None:  # type: ignore[no-untyped-def]
    session = inburgeraars.session
    server.add_user("anouk")
    window = _window(qtbot, session)
    box = _box(window)
    part = window.parts.need(SyncPart)
    message = _connect(qtbot, box, server.laptop_dsn, "anouk", PASSWORD)
    assert message.startswith("Verbonden als anouk (klantmanager)")
    assert client_sync.configured(session)
    assert "Verbonden met" in box.current.text() and box.button.text() == "Verbinding wijzigen"
    assert box.password.text() == ""  # not kept in the widget either
    # never in plain text in the store
    raw = session.store.conn.execute("SELECT wachtwoord FROM sync_instelling").fetchone()[0]
    assert PASSWORD not in raw
    # the first sync starts by itself and the status bar says so
    qtbot.waitUntil(lambda: part.status.text().startswith("Gesynchroniseerd om"), timeout=60_000)
    assert part.sync_action.isVisible()
    # the connection is never changed under a running sync, and no sync starts while it changes
    running = part.runner.sync_now()
    assert running is not None and box.connect_server() is None
    assert "synchronisatie" in box.message.text()
    finish(qtbot, running)
    box.password.setText(PASSWORD)
    changing = box.connect_server()
    assert changing is not None and part.runner.sync_now() is None
    finish(qtbot, changing)
    qtbot.waitUntil(lambda: not part.runner.running, timeout=60_000)  # the sync it started


def _bad_inputs(server: Server, tmp_path: Path) -> list[tuple[str, str, str, str]]:
    good = server.laptop_dsn
    port = str(server.cluster.port)
    cases = [
        ("", "anouk", PASSWORD, "Vul het serveradres in."),
        (good, " ", PASSWORD, "Vul het serveraccount in."),
        (good, "anouk", "", "Vul het serverwachtwoord in."),
        ("host='onaf", "anouk", PASSWORD, "Ongeldig serveradres (DSN)."),
        (good + " password=geheim", "anouk", PASSWORD, "Zet het wachtwoord niet"),
        (good.replace(port, str(_free_port())), "anouk", PASSWORD, "niet bereikbaar"),
        (good, "anouk", "fout-wachtwoord", "wachtwoord klopt niet"),
        (good, "niemand", PASSWORD, "wachtwoord klopt niet"),
    ]
    if server.cluster.ssl:
        wrong_ca = tmp_path / "ander-ca.pem"
        wrong_ca.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
        cases.append(
            (
                good.replace(str(server.cluster.ca_file), str(wrong_ca)),
                "anouk",
                PASSWORD,
                "TLS",
            )
        )
    return cases


def test_each_bad_input_is_a_dutch_message_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, inburgeraars: InburgeraarService, server: Server, tmp_path: Path
) -> None:
    session = inburgeraars.session
    server.add_user("anouk")
    window = _window(qtbot, session)
    box = _box(window)
    for dsn, user, password, expected in _bad_inputs(server, tmp_path):
        message = _connect(qtbot, box, dsn, user, password)
        assert expected in message, (dsn, user, message)
        assert "Traceback" not in message and "psycopg" not in message
        assert not client_sync.configured(session), dsn
        assert box.button.isEnabled()


def test_tls_is_required_unless_a_test_fixture_says_otherwise(  # type: ignore[no-untyped-def]
    inburgeraars: InburgeraarService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(client_sync.INSECURE_ENV, raising=False)
    with pytest.raises(ConnectError, match="sslmode=verify-full"):
        connect_laptop(inburgeraars.session, "host=127.0.0.1 dbname=x", "anouk", "x")
    assert not client_sync.configured(inburgeraars.session)
    assert os.environ.get(client_sync.INSECURE_ENV) is None


def test_only_a_beheerder_may_connect(inburgeraars: InburgeraarService) -> None:
    from app.security.roles import Actor, PermissionDeniedError, Role

    officer = Session(inburgeraars.session.store, Actor("km", frozenset({Role.KLANTMANAGER})))
    with pytest.raises(PermissionDeniedError):
        connect_laptop(officer, "host=x sslmode=verify-full", "km", "x")
    assert not client_sync.configured(officer)


def test_state_lines() -> None:
    base = {"ingesteld": True, "wachtende_wijzigingen": 37, "open_conflicten": 0}
    assert state_of({"ingesteld": False}).kind == "off"
    offline = state_of(base, "Offline: de server is niet bereikbaar (connection refused).")
    assert offline.text == "Offline — 37 wijzigingen wachten"
    refused = state_of(base, "Server weigert: permission denied for table x")
    assert refused.text == "Server weigert: permission denied for table x"
    wrong = state_of(base, "Offline: de server is niet bereikbaar (password authentication failed)")
    assert wrong.text.startswith("Server weigert:") and "wachtwoord" in wrong.text
    ok = state_of({**base, "laatste_sync": "2026-03-02T13:02:11Z", "open_conflicten": 1})
    assert ok.text.startswith("Gesynchroniseerd om ") and ok.open_conflicts == 1
    assert "TLS" in explain("connection failed: SSL error: certificate verify failed")
