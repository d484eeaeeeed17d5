"""`wegwijs inzage ID --out FILE.pdf|.json`: the format follows the extension."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.security.test_cli_security import _add_inburgeraar, cli, ready  # noqa: F401
from tests.support.pdf import all_text


def test_inzage_pdf_and_wrong_extension(ready, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    d, pw, _ = ready
    bsn = _add_inburgeraar(d, pw, tmp_path)
    capsys.readouterr()
    assert cli(d, pw, "client", "show", bsn) == 0
    cid = json.loads(capsys.readouterr().out)["id"]
    pdf = tmp_path / "inzage.pdf"
    assert cli(d, pw, "inzage", cid, "--out", str(pdf)) == 0
    text = all_text(pdf)
    assert "Inzage: wat de gemeente over u bewaart" in text and bsn in text
    assert cli(d, pw, "inzage", cid, "--out", str(pdf)) == 2  # never overwrites
    wrong = tmp_path / "inzage.txt"
    assert cli(d, pw, "inzage", cid, "--out", str(wrong)) == 2
    assert ".json of .pdf" in capsys.readouterr().err
    assert not wrong.exists()
    assert cli(d, pw, "inzage", "onbekend", "--out", str(tmp_path / "x.pdf")) == 2
    assert not (tmp_path / "x.pdf").exists()
    as_json = tmp_path / "inzage.JSON"
    assert cli(d, pw, "inzage", cid, "--out", str(as_json)) == 0
    assert json.loads(as_json.read_text("utf-8"))["inburgeraar_id"] == cid
