"""The version comes from one place: pyproject.toml."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from app import version

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_version_is_the_one_in_pyproject() -> None:
    expected = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["version"]
    assert version.app_version() == expected


def _not_installed(_name: str) -> str:
    raise metadata.PackageNotFoundError("wegwijs")


def test_source_checkout_without_metadata_reads_pyproject(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(version.metadata, "version", _not_installed)
    project = tmp_path / "pyproject.toml"
    project.write_text('[project]\nname = "wegwijs"\nversion = "9.8.7"\n', "utf-8")
    assert version.app_version(project) == "9.8.7"


@pytest.mark.parametrize("text", ["", "niet [toml", "[project]\nversion = 3\n", "[tool]\n"])
def test_unreadable_version_says_unknown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    monkeypatch.setattr(version.metadata, "version", _not_installed)
    project = tmp_path / "pyproject.toml"
    project.write_text(text, "utf-8")
    assert version.app_version(project) == version.UNKNOWN
    assert version.app_version(tmp_path / "bestaat-niet.toml") == version.UNKNOWN
