"""The command-line shapes of docs/cli.md: server init / user add, sync setup / sync / status,
conflicts list / resolve, client edit, audit verify --server; bad input is exit 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import run
from app.inburgeraars.service import InburgeraarService
from app.server import sync as client_sync
from app.store import StoreLocation, create_store
from tests.conftest import TEST_KDF, valid_form
from tests.support.laptops import PASSWORD, STORE_PASSPHRASE, Laptop, Server


@pytest.fixture
def pw_files(tmp_path: Path) -> tuple[Path, Path]:
    store_pw = tmp_path / "store.txt"
    store_pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    server_pw = tmp_path / "server.txt"
    server_pw.write_text(PASSWORD + "\n", "utf-8")
    return store_pw, server_pw


def cli(lap_dir: Path, store_pw: Path, *args: str) -> int:
    return run(["--data-dir", str(lap_dir), "--passphrase-file", str(store_pw), *args])


def test_server_init_is_idempotent_and_user_add_checks_input(
    server: Server, pw_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _store_pw, server_pw = pw_files
    assert run(["server", "init", "--dsn", server.admin_dsn]) == 0
    assert "niets te doen" in capsys.readouterr().out
    base = ["server", "user", "add", "--dsn", server.admin_dsn, "--new-passphrase-file"]
    assert run([*base, str(server_pw), "anouk", "--gemeente", "0294", "--rol", "klantmanager"]) == 0
    assert "aangemaakt" in capsys.readouterr().out
    assert run([*base, str(server_pw), "anouk", "--gemeente", "294", "--rol", "klantmanager"]) == 2
    assert "gemeentecode" in capsys.readouterr().err
    assert run([*base, str(server_pw), "anouk", "--gemeente", "0294", "--rol", "baas"]) == 2
    assert run([*base, str(server_pw), "Anouk!", "--gemeente", "0294", "--rol", "beheerder"]) == 2
    dead = "host=127.0.0.1 port=1 dbname=x user=x password=x sslmode=disable"
    assert run(["server", "init", "--dsn", dead]) == 3
    assert "bereiken" in capsys.readouterr().err


def test_setup_sync_status_conflicts_and_offline(
    server: Server,
    laptop: Callable[..., Laptop],
    pw_files: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store_pw, server_pw = pw_files
    other = laptop("bram")
    server.add_user("anouk")
    folder = tmp_path / "anouk"
    create_store(StoreLocation(folder), STORE_PASSPHRASE, kdf=TEST_KDF).close()
    dsn = server.laptop_dsn
    setup = ["sync", "setup", "--server", dsn, "--user", "anouk", "--server-passphrase-file"]
    # TLS required: a plain address is refused unless a test fixture says otherwise
    monkeypatch.delenv(client_sync.INSECURE_ENV, raising=False)
    plain = f"host=127.0.0.1 port={server.cluster.port} dbname={server.dbname} sslmode=disable"
    assert cli(folder, store_pw, *setup[:3], plain, *setup[4:], str(server_pw)) == 2
    assert "verify-full" in capsys.readouterr().err
    if not server.cluster.ssl:
        monkeypatch.setenv(client_sync.INSECURE_ENV, "1")
    assert cli(folder, store_pw, *setup, str(server_pw)) == 0
    assert "Verbonden" in capsys.readouterr().out
    # the password is not in the store in plain text
    with_pw = folder / "wegwijs.db"
    assert PASSWORD.encode() not in with_pw.read_bytes()

    inburgeraar = InburgeraarService(other.session).save(valid_form())
    other.sync()
    assert cli(folder, store_pw, "sync") == 0
    assert cli(folder, store_pw, "sync", "status", "--json") == 0
    out = capsys.readouterr().out
    status = json.loads(out[out.index("{") :])
    assert status["wachtende_wijzigingen"] == 0 and status["open_conflicten"] == 0
    assert status["laatste_sync"] and status["gebruiker"] == "anouk"

    # edit offline from a script: only the fields in the file
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"telefoon": "0543 111111"}), "utf-8")
    assert cli(folder, store_pw, "client", "edit", inburgeraar.id, "--json-file", str(edit)) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schoenmaat": 43}), "utf-8")
    assert cli(folder, store_pw, "client", "edit", inburgeraar.id, "--json-file", str(bad)) == 2
    assert "schoenmaat" in capsys.readouterr().err

    # the other laptop edits the same field first: one conflict, exit 1
    svc = InburgeraarService(other.session)
    form = valid_form(telefoon="0543 999999")
    form.update(id=inburgeraar.id, version=svc.get(inburgeraar.id).version)  # type: ignore[union-attr]
    svc.save(form)
    other.sync()
    assert cli(folder, store_pw, "sync") == 1
    capsys.readouterr()
    assert cli(folder, store_pw, "conflicts", "list", "--json") == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert conflict["veld"] == "telefoon" and conflict["server"]["door"] == "bram"
    assert conflict["ander"]["waarde"] == "0543111111" and conflict["ander"]["van_deze_laptop"]
    assert cli(folder, store_pw, "conflicts", "resolve", "geen-id", "--kies", "mijn") == 2
    assert cli(folder, store_pw, "conflicts", "resolve", conflict["id"], "--kies", "mijn") == 0

    # server unreachable: exit 3, the resolution waits, nothing lost
    server.cluster.stop()
    try:
        assert cli(folder, store_pw, "sync") == 3
        assert "Offline" in capsys.readouterr().err
        assert cli(folder, store_pw, "sync", "status", "--json") == 0
        out = capsys.readouterr().out
        assert json.loads(out[out.index("{") :])["wachtende_wijzigingen"] == 1
    finally:
        server.cluster.start()
    assert cli(folder, store_pw, "sync") == 0
    other.sync()
    assert other.store.conn.execute(
        "SELECT telefoon FROM inburgeraar WHERE id = ?", (inburgeraar.id,)
    ).fetchone() == ("0543111111",)
    assert other.conflicts() == []

    # the server's audit check, per laptop
    capsys.readouterr()
    assert run(["audit", "verify", "--server", server.admin_dsn, "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)
    assert {d["account"] for d in devices} == {"anouk", "bram"}
    assert all(d["ok"] and d["regels_ontvangen"] > 0 for d in devices)
