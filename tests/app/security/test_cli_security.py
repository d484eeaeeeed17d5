from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import run
from tests.conftest import PASSPHRASE, valid_form


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(d: Path, pw: Path, *args: str, user: str | None = None) -> int:
    extra = ["--user", user] if user else []
    try:
        return run(["--data-dir", str(d), "--passphrase-file", str(pw), *extra, *args])
    except SystemExit as exc:  # argparse refuses an unknown choice with exit code 2
        return int(exc.code or 0)


@pytest.fixture
def ready(data_dir: Path, passphrase_file: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    other = tmp_path / "pieter.txt"
    other.write_text("pieter zijn eigen wachtwoord\n", "utf-8")
    return data_dir, passphrase_file, other


def _add_inburgeraar(d: Path, pw: Path, tmp_path: Path) -> str:
    path = tmp_path / "c.json"
    path.write_text(json.dumps(valid_form(geboortedatum="1995-03-14")), "utf-8")
    assert cli(d, pw, "client", "add", "--json-file", str(path)) == 0
    return "999990019"


def test_user_add_list_and_roles_apply(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, other = ready
    bsn = _add_inburgeraar(d, pw, tmp_path)
    capsys.readouterr()
    args = ("user", "add", "pieter", "--rol", "coordinator", "--new-passphrase-file", str(other))
    assert cli(d, pw, *args) == 0
    capsys.readouterr()
    assert cli(d, pw, "user", "list", "--json") == 0
    users = json.loads(capsys.readouterr().out)
    assert users == [
        {"naam": "beheerder", "rollen": "Klantmanager, Coördinator sleutelpersonen, Beheerder"},
        {"naam": "pieter", "rollen": "Coördinator sleutelpersonen"},
    ]
    assert cli(d, other, "client", "list", user="pieter") == 0
    assert cli(d, other, "client", "show", bsn, user="pieter") == 2
    assert "mag dit niet" in capsys.readouterr().err
    # a coordinator cannot add users; the key file keeps its accounts (a sign-in does update
    # its counter and audit anchor)
    before = _names(d)
    assert (
        cli(
            d,
            other,
            "user",
            "add",
            "kees",
            "--rol",
            "beheerder",
            "--new-passphrase-file",
            str(other),
            user="pieter",
        )
        == 2
    )
    assert _names(d) == before


def test_passwd_changes_only_the_wrap(ready, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d, pw, other = ready
    from app.security.accounts import sign_in

    key = sign_in(d, None, PASSPHRASE).key
    assert cli(d, pw, "user", "passwd", "beheerder", "--new-passphrase-file", str(other)) == 0
    assert sign_in(d, None, other.read_text().strip()).key == key  # same store key
    assert cli(d, pw, "db", "check") == 3
    assert cli(d, other, "db", "check") == 0


def test_audit_verify_finds_tampering(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, _ = ready
    _add_inburgeraar(d, pw, tmp_path)
    assert cli(d, pw, "audit", "verify") == 0
    assert "in orde" in capsys.readouterr().out
    from app.store import StoreLocation, unlock

    store = unlock(StoreLocation(d), PASSPHRASE)
    store.store.conn.execute("DROP TRIGGER audit_regel_geen_wijziging")
    store.store.conn.execute("UPDATE audit_regel SET resultaat = 'anders' WHERE volgnummer = 2")
    store.close()
    assert cli(d, pw, "audit", "verify") == 1
    assert "Regel 2 is na het schrijven veranderd" in capsys.readouterr().out


def test_db_restore(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, other = ready
    pieter = ("user", "add", "pieter", "--rol", "klantmanager", "--new-passphrase-file")
    assert cli(d, pw, *pieter, str(other)) == 0
    out = tmp_path / "b.db"
    assert cli(d, pw, "db", "backup", "--out", str(out)) == 0
    _add_inburgeraar(d, pw, tmp_path)
    bad = tmp_path / "half.db"
    bad.write_bytes(out.read_bytes()[:5000])
    before = digest(d / "wegwijs.db")
    assert cli(d, pw, "db", "restore", str(bad)) == 2
    assert "Er is niets veranderd" in capsys.readouterr().err
    assert digest(d / "wegwijs.db") == before
    assert cli(d, other, "db", "restore", str(out), user="pieter") == 2  # not a beheerder
    assert "Alleen een beheerder" in capsys.readouterr().err
    assert digest(d / "wegwijs.db") == before
    assert cli(d, pw, "db", "restore", str(out)) == 0
    assert "bewaard als wegwijs-vervangen-" in capsys.readouterr().out
    assert cli(d, pw, "db", "check", "--json") == 0
    assert json.loads(capsys.readouterr().out)["inburgeraars"] == 0


def test_inzage_and_bewaartermijn_cli(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw, _ = ready
    bsn = _add_inburgeraar(d, pw, tmp_path)
    capsys.readouterr()
    assert cli(d, pw, "client", "show", bsn) == 0
    cid = json.loads(capsys.readouterr().out)["id"]
    out = tmp_path / "inzage.json"
    assert cli(d, pw, "inzage", cid, "--out", str(out)) == 0
    assert json.loads(out.read_text("utf-8"))["tabellen"]["inburgeraar"][0]["bsn"] == bsn
    assert cli(d, pw, "inzage", cid, "--out", str(out)) == 2  # never overwrites
    assert cli(d, pw, "inzage", "onbekend", "--out", str(tmp_path / "x.json")) == 2
    assert cli(d, pw, "bewaartermijn") == 0
    assert cli(d, pw, "bewaartermijn", "--verwijder", cid) == 2
    assert "niets verwijderd" in capsys.readouterr().err


def _names(d: Path) -> list[str]:
    return [a["naam"] for a in json.loads((d / "sleutels.json").read_text("utf-8"))["accounts"]]


def _state(d: Path) -> tuple[str, str, int]:
    return digest(d / "sleutels.json"), digest(d / "wegwijs.db"), len(list(d.iterdir()))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    naam=st.text(min_size=0, max_size=40),
    rol=st.text(min_size=0, max_size=15),
    junk=st.binary(min_size=0, max_size=6000),
)
def test_bad_cli_input_is_refused_and_changes_nothing(ready, tmp_path, naam, rol, junk) -> None:  # type: ignore[no-untyped-def]
    d, pw, other = ready
    before = _state(d)
    code = (
        cli(d, pw, "user", "add", naam, "--rol", rol, "--new-passphrase-file", str(other))
        if not naam.startswith("-")
        else 2
    )
    valid = rol in ("klantmanager", "coordinator", "beheerder")
    assert code == 2 or valid, code
    if code == 0:
        return
    assert _state(d) == before
    junk_file = tmp_path / "junk.db"
    junk_file.write_bytes(junk)
    assert cli(d, pw, "db", "restore", str(junk_file)) == 2
    assert _state(d) == before
