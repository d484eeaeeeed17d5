"""`wegwijs gemeente-instellingen`: IT checks a defaults file before rolling it out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import defaults
from app.cli import run


def test_valid_file_is_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wegwijs-defaults.json"
    path.write_text(json.dumps({"gemeente_naam": "Aalten", "gemeentecode": "0197"}), "utf-8")
    assert run(["gemeente-instellingen", "--bestand", str(path)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["gemeente_naam"] == "Aalten" and shown["gemeentecode"] == "0197"


def test_bad_file_exit_2_with_dutch_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wegwijs-defaults.json"
    path.write_text('{"gemeentecode": "0197", "gemeentenaam": "Aalten"}', "utf-8")
    assert run(["gemeente-instellingen", "--bestand", str(path)]) == 2
    err = capsys.readouterr().err
    assert "onbekende instelling 'gemeentenaam'" in err
    assert "gebruikt dit bestand niet" in err


def test_missing_file_named_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["gemeente-instellingen", "--bestand", str(tmp_path / "nee.json")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_without_a_file_it_says_where_it_looked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("app.cli.defaults.find_defaults_file", lambda: None)
    assert run(["gemeente-instellingen"]) == 0
    out = capsys.readouterr().out
    assert "Geen centraal bestand gevonden" in out and defaults.FILE_NAME in out
