from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import run
from tests.conftest import valid_form


def cli(data_dir: Path, pw: Path, *args: str) -> int:
    return run(["--data-dir", str(data_dir), "--passphrase-file", str(pw), *args])


@pytest.fixture
def ready(data_dir: Path, passphrase_file: Path) -> tuple[Path, Path]:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    return data_dir, passphrase_file


def write_json(tmp_path: Path, data: object, name: str = "c.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_add_then_list_json(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    form = valid_form(geboortedatum="1995-03-14")
    assert cli(d, pw, "client", "add", "--json-file", str(write_json(tmp_path, form))) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["bsn"] == "999990019" and added["postcode"] == "7101 AB"
    assert cli(d, pw, "client", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["naam"] for r in rows] == ["Selam Tesfamariam"]
    assert cli(d, pw, "client", "show", "999990019") == 0
    assert json.loads(capsys.readouterr().out)["id"] == added["id"]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "Ongeldige JSON"),
        ("[1, 2]", "JSON-object"),
        (json.dumps(valid_form(bsn="123456789")), "elfproef"),
        (json.dumps(valid_form(onzin="x")), "Onbekende velden"),
        (json.dumps(valid_form(voornamen=["a"])), "tekst"),
    ],
)
def test_add_invalid_exits_2_and_stores_nothing(ready, tmp_path, capsys, content, fragment) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    assert cli(d, pw, "client", "add", "--json-file", str(path)) == 2
    assert fragment in capsys.readouterr().err
    assert cli(d, pw, "client", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_duplicate_add_exits_2(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    path = write_json(tmp_path, valid_form())
    assert cli(d, pw, "client", "add", "--json-file", str(path)) == 0
    assert cli(d, pw, "client", "add", "--json-file", str(path)) == 2
    assert "hoort al bij Selam Tesfamariam" in capsys.readouterr().err


def test_missing_file_and_missing_store(data_dir, passphrase_file, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli(data_dir, passphrase_file, "client", "list") == 3
    assert "nog geen gegevensbestand" in capsys.readouterr().err
    cli(data_dir, passphrase_file, "db", "init")
    assert cli(data_dir, passphrase_file, "client", "add", "--json-file", str(tmp_path / "x")) == 2
    assert "Kan" in capsys.readouterr().err


def test_wrong_passphrase_exits_3(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, _ = ready
    bad = tmp_path / "bad.txt"
    bad.write_text("dit is fout wachtwoord", "utf-8")
    assert cli(d, bad, "db", "check") == 3
    assert "wachtwoord klopt niet" in capsys.readouterr().err


def test_weak_passphrase_is_refused_for_a_new_store(data_dir, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    weak = tmp_path / "weak.txt"
    weak.write_text("kort", "utf-8")
    assert cli(data_dir, weak, "db", "init") == 2
    assert "Te kort" in capsys.readouterr().err
    assert not any(data_dir.iterdir())


def test_db_check_and_backup(ready, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    assert cli(d, pw, "demo") == 0
    assert "fictieve inburgeraars" in capsys.readouterr().out
    assert cli(d, pw, "db", "check", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["inburgeraars"] >= 50 and report["schemaversie"] >= 1
    out = tmp_path / "backup.db"
    assert cli(d, pw, "db", "backup", "--out", str(out)) == 0
    assert out.exists() and b"Tesfamariam" not in out.read_bytes()
    assert cli(d, pw, "db", "backup", "--out", str(out)) == 2  # never overwrites
    restored = tmp_path / "restored"
    restored.mkdir()
    (restored / "wegwijs.db").write_bytes(out.read_bytes())
    # A backup is the store plus the key file beside it (the key is wrapped per account).
    keys = out.with_name(out.name + ".sleutels.json")
    (restored / "sleutels.json").write_bytes(keys.read_bytes())
    assert cli(restored, pw, "db", "check") == 0


def test_gemeente_commands(ready, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    assert cli(d, pw, "gemeente", "add", "--code", "0363", "--naam", "Amsterdam") == 0
    assert cli(d, pw, "gemeente", "add", "--code", "363", "--naam", "Amsterdam") == 2
    assert cli(d, pw, "gemeente", "list") == 0
    assert "0363  Amsterdam" in capsys.readouterr().out


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25, deadline=None
)
@given(st.binary(max_size=200))
def test_add_with_random_bytes_never_stores(ready, tmp_path, data: bytes) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    path = tmp_path / "fuzz.json"
    path.write_bytes(data)
    assert (
        run(
            [
                "--data-dir",
                str(d),
                "--passphrase-file",
                str(pw),
                "client",
                "add",
                "--json-file",
                str(path),
            ]
        )
        == 2
    )


def test_console_script_help_and_exit_codes(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("wegwijs")
    env = {**os.environ, "WEGWIJS_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env=env, check=False)
    assert out.returncode == 0
    for command in ("demo", "client", "db", "gemeente"):
        assert command in out.stdout
    done = subprocess.run(
        [str(exe), "client", "list"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 3
    assert "nog geen gegevensbestand" in done.stderr
