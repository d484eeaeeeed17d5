from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run
from tests.conftest import valid_form
from tests.support.pdf import all_text


def cli(data_dir: Path, pw: Path, *args: str) -> int:
    return run(["--data-dir", str(data_dir), "--passphrase-file", str(pw), *args])


@pytest.fixture
def inburgeraar(data_dir: Path, passphrase_file: Path, tmp_path: Path) -> str:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    path = tmp_path / "c.json"
    path.write_text(json.dumps(valid_form(geboortedatum="1995-03-14")), "utf-8")
    assert cli(data_dir, passphrase_file, "client", "add", "--json-file", str(path)) == 0
    return "999990019"


def test_pdf_pip_and_handout(inburgeraar, data_dir, passphrase_file, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "pip.pdf"
    # No PIP yet: `pdf pip` prints no empty concept and says what `pip check` says.
    assert cli(data_dir, passphrase_file, "pdf", "pip", inburgeraar, "--out", str(out)) == 1
    assert "heeft nog geen PIP" in capsys.readouterr().err
    assert not out.exists()
    assert cli(data_dir, passphrase_file, "pip", "check", inburgeraar) == 1
    assert "heeft nog geen PIP" in capsys.readouterr().err
    hand = tmp_path / "uitleg.pdf"
    args = ["pdf", "handout", inburgeraar, "--lang", "ar", "--out", str(hand)]
    assert cli(data_dir, passphrase_file, *args) == 0
    text = " ".join(all_text(hand.read_bytes()).split())
    assert "Jouw plan voor inburgering" in text and "999990019" not in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_pdf_wrong_input_writes_nothing(inburgeraar, data_dir, passphrase_file, tmp_path, capsys):  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    assert cli(data_dir, passphrase_file, "pdf", "pip", "123456782", "--out", str(out)) == 2
    assert "Geen inburgeraar gevonden" in capsys.readouterr().err
    args = ["pdf", "handout", inburgeraar, "--lang", "xx", "--out", str(out)]
    assert cli(data_dir, passphrase_file, *args) == 2
    assert "Beschikbaar: ar, en, nl, ti" in capsys.readouterr().err
    assert not out.exists()
    # the client's own language (ti) is the default
    args = ["pdf", "handout", inburgeraar, "--out", str(out)]
    assert cli(data_dir, passphrase_file, *args) == 0
    assert "ትግርኛ" in all_text(out.read_bytes())


@pytest.mark.slow
def test_a_fresh_process_writes_the_handout(
    inburgeraar, data_dir, passphrase_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cold.pdf"
    cmd = [
        sys.executable,
        "-m",
        "ui.main",
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        str(passphrase_file),
        "pdf",
        "handout",
        inburgeraar,
        "--lang",
        "ar",
        "--out",
        str(out),
    ]
    env = {k: v for k, v in os.environ.items() if k != "WEGWIJS_DATA_DIR"}
    # its speed (target 2 s) is measured in tests/bench/test_pdf_bench.py::test_bench_cold_cli
    subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=60)
    assert out.read_bytes().startswith(b"%PDF")
