"""Fault injection: a laptop's sync killed (SIGKILL) at random points, the server stopped in
the middle of a sync, a connection dropped. Afterwards every laptop and the server hold the same
rows; no change is applied twice and none is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.inburgeraars.service import InburgeraarService
from app.server import sync as client_sync
from app.store import unlock
from db.server import remote
from tests.conftest import valid_form
from tests.support.laptops import STORE_PASSPHRASE, Laptop, Server, dossier_view

ROOT = Path(__file__).resolve().parents[2]
RUNS = 50


def _server_rows(server: Server) -> dict[tuple[str, str], dict[str, Any]]:
    return server.fields()


def _assert_same_everywhere(server: Server, *laps: Laptop) -> None:
    views = [dossier_view(lap.state()) for lap in laps]
    for view in views[1:]:
        differ = {
            k: (view.get(k), views[0].get(k))
            for k in set(view) | set(views[0])
            if view.get(k) != views[0].get(k)
        }
        assert not differ
    on_server = {k for k in _server_rows(server) if k[0] != "gemeente"}
    on_laptop = {k for k in views[0] if k[0] != "gemeente"}
    assert on_server == on_laptop


def _letters(*numbers: int) -> str:
    """Names have no digits: 12, 3 -> "bc-d"."""
    return "-".join("".join("abcdefghij"[int(d)] for d in str(n)) for n in numbers)


def _new_inburgeraar(lap_store: Any, name: str) -> str:
    inburgeraar = InburgeraarService(lap_store).save(
        valid_form(bsn=None, v_nummer=None, voornamen=name)
    )
    assert inburgeraar.id
    return inburgeraar.id


def _child(folder: Path, mode: str, call: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WEGWIJS_KILL_CALL": str(call)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.server.sync_child", str(folder), STORE_PASSPHRASE, mode],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


@pytest.mark.slow
def test_sigkill_at_random_points_of_a_sync(server: Server, laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("anouk"), laptop("bram")
    a.sync(), b.sync()
    folder = a.location.data_dir
    a.session.close()
    rng = random.Random(20261201)
    made: list[str] = []
    killed = 0
    for run in range(RUNS):
        store = unlock(a.location, STORE_PASSPHRASE)
        try:
            for i in range(rng.randint(1, 6)):
                made.append(_new_inburgeraar(store, "Run" + _letters(run, i)))
        finally:
            store.close()
        made.append(_new_inburgeraar(b.session, "Bram" + _letters(run)))
        b.sync()
        mode = rng.choice(("after_push", "after_pull", "timer"))
        child = _child(folder, mode, rng.randint(1, 3))
        assert child.stdout is not None
        child.stdout.readline()  # "start": the store is open, the sync begins
        if mode == "timer":
            time.sleep(rng.uniform(0.0, 0.15))
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        killed += child.returncode == -signal.SIGKILL
    assert killed >= RUNS // 2  # most runs really died in the middle
    a.session = unlock(a.location, STORE_PASSPHRASE)
    a.store = a.session.store
    a.sync(), b.sync(), a.sync()
    _assert_same_everywhere(server, a, b)
    names = [r[0] for r in a.store.conn.execute("SELECT voornamen FROM inburgeraar").fetchall()]
    assert len(names) == len(set(names)) == len(made)  # none lost, none doubled
    with psycopg.connect(server.admin_dsn) as conn:
        assert conn.execute(
            "SELECT count(*) FROM wegwijs.sync_row WHERE tabel = 'inburgeraar'"
        ).fetchone() == (len(made),)


def test_server_stopped_in_the_middle_of_a_sync(
    server: Server, laptop: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("anouk"), laptop("bram")
    for i in range(5):
        _new_inburgeraar(a.session, "A" + _letters(i))
        _new_inburgeraar(b.session, "B" + _letters(i))
    b.sync()
    real_push = remote.push

    def push_then_stop(*args: Any, **kwargs: Any) -> Any:
        out = real_push(*args, **kwargs)  # committed on the server …
        server.cluster.stop("immediate")  # … and the server goes down before the pull
        return out

    monkeypatch.setattr(remote, "push", push_then_stop)
    with pytest.raises(client_sync.SyncError) as err:
        a.sync()
    assert err.value.code == 3
    monkeypatch.setattr(remote, "push", real_push)
    server.cluster.start()
    a.sync(), b.sync(), a.sync()
    _assert_same_everywhere(server, a, b)
    assert InburgeraarService(a.session).total() == InburgeraarService(b.session).total() == 10


def test_dropped_connection_during_the_pull(
    server: Server, laptop: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("anouk"), laptop("bram")
    for i in range(12):
        _new_inburgeraar(b.session, "B" + _letters(i))
    b.sync()
    monkeypatch.setattr(client_sync, "PULL_PAGE", 40)
    real_pull = remote.pull_page
    calls = {"n": 0}

    def pull_then_drop(conn: Any, cursor: int, limit: int) -> Any:
        calls["n"] += 1
        if calls["n"] == 4:  # the network goes away after three pages
            with psycopg.connect(server.admin_dsn, autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anouk'"
                )
        return real_pull(conn, cursor, limit)

    monkeypatch.setattr(remote, "pull_page", pull_then_drop)
    with pytest.raises(client_sync.SyncError) as err:
        a.sync()
    assert err.value.code == 3
    from db import sync_local

    cursor = sync_local.settings(a.store.conn)["cursor"]  # type: ignore[index]
    assert cursor > 0 and InburgeraarService(a.session).total() < 12  # the pages so far were kept
    monkeypatch.setattr(remote, "pull_page", real_pull)
    a.sync()
    _assert_same_everywhere(server, a, b)
    assert InburgeraarService(a.session).total() == 12
