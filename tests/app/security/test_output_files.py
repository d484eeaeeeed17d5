"""Exports, PDFs and inzage never overwrite a file, and a missing folder is refused before
anything is read or logged (issue 12, item 13); output files are 0600 (item 14)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app.files import OutputFileError, write_new_file
from app.security import audit
from app.store import StoreLocation, unlock
from tests.app.security.test_cli_security import _add_inburgeraar, cli, ready  # noqa: F401
from tests.conftest import PASSPHRASE


def test_write_new_file_never_overwrites_and_is_private(tmp_path: Path) -> None:
    target = tmp_path / "uit.csv"
    write_new_file(target, b"eerste")
    with pytest.raises(OutputFileError, match="bestaat al"):
        write_new_file(target, b"tweede")
    assert target.read_bytes() == b"eerste"
    with pytest.raises(OutputFileError, match="bestaat niet"):
        write_new_file(tmp_path / "nergens" / "uit.csv", b"x")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["uit.csv"]  # no temp file left


def test_keypersons_export_and_pdf_never_overwrite(
    ready: tuple[Path, Path, Path],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d, pw, _other = ready
    bsn = _add_inburgeraar(d, pw, tmp_path)
    existing = tmp_path / "bestaat.csv"
    existing.write_bytes(b"van iemand anders")
    coordinator = ("user", "add", "co", "--rol", "coordinator", "--new-passphrase-file", str(pw))
    assert cli(d, pw, *coordinator) == 0
    assert cli(d, pw, "keypersons", "export", "--out", str(existing), user="co") == 2
    assert existing.read_bytes() == b"van iemand anders"
    pdf = tmp_path / "bestaat.pdf"
    pdf.write_bytes(b"ander document")
    assert cli(d, pw, "pdf", "handout", bsn, "--alleen-nederlands", "--out", str(pdf)) == 2
    assert pdf.read_bytes() == b"ander document"
    assert "bestaat al" in capsys.readouterr().err


def test_inzage_into_a_missing_folder_is_refused_before_it_is_logged(
    ready: tuple[Path, Path, Path],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d, pw, _other = ready
    _add_inburgeraar(d, pw, tmp_path)
    capsys.readouterr()
    assert cli(d, pw, "client", "list", "--json") == 0
    cid = json.loads(capsys.readouterr().out)[0]["id"]
    target = tmp_path / "nergens" / "inzage.json"
    assert cli(d, pw, "inzage", cid, "--out", str(target)) == 2
    assert "bestaat niet" in capsys.readouterr().err
    store = unlock(StoreLocation(d), PASSPHRASE)
    try:
        assert "inzage geëxporteerd" not in [r["actie"] for r in audit.recent(store, 20)]
    finally:
        store.close()
