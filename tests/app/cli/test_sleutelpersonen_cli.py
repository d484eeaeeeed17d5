"""wegwijs keypersons import/export and wegwijs match, as a coordinator would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import run
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)


def cli(data_dir: Path, pw: Path, *args: str, user: str | None = None) -> int:
    extra = ["--user", user] if user else []
    return run(["--data-dir", str(data_dir), "--passphrase-file", str(pw), *extra, *args])


def coord(data_dir: Path, pw: Path, *args: str) -> int:
    """As the coördinator sleutelpersonen (the registry, claims and settings are theirs)."""
    return cli(data_dir, pw, *args, user="coord")


@pytest.fixture
def demo(data_dir: Path, passphrase_file: Path) -> tuple[Path, Path]:
    assert cli(data_dir, passphrase_file, "demo") == 0
    new = ("--new-passphrase-file", str(passphrase_file))
    assert cli(data_dir, passphrase_file, "user", "add", "coord", "--rol", "coordinator", *new) == 0
    return data_dir, passphrase_file


def test_klantmanager_cannot_import_export_or_change_settings(demo, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    # a klantmanager only (the first account has every role since issue 15)
    new = ("--new-passphrase-file", str(pw))
    assert cli(d, pw, "user", "add", "km", "--rol", "klantmanager", *new) == 0
    out = tmp_path / "pool.csv"
    assert coord(d, pw, "keypersons", "export", "--out", str(out)) == 0
    capsys.readouterr()
    assert cli(d, pw, "keypersons", "export", "--out", str(tmp_path / "km.csv"), user="km") == 2
    assert "mag dit niet (sleutelpersonen beheren)" in capsys.readouterr().err
    assert not (tmp_path / "km.csv").exists()
    assert cli(d, pw, "keypersons", "import", str(out), "--yes", user="km") == 2
    assert cli(d, pw, "keypersons", "settings", "--km-tarief", "0,30", user="km") == 2
    assert coord(d, pw, "keypersons", "settings") == 0
    assert json.loads(capsys.readouterr().out)["km_tarief_cent"] != 30


def test_export_import_round_trip_changes_nothing_without_yes(demo, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    out = tmp_path / "pool.csv"
    assert coord(d, pw, "keypersons", "export", "--out", str(out)) == 0
    assert "25 sleutelpersonen" in capsys.readouterr().out
    text = out.read_text("utf-8-sig").replace("Rasha;Haddad", "Rasha;Haddad-Khalil")
    out.write_text(text, "utf-8-sig")
    assert coord(d, pw, "keypersons", "import", str(out)) == 0
    assert "0 nieuw, 25 bijgewerkt" in capsys.readouterr().out
    assert coord(d, pw, "keypersons", "export", "--out", str(tmp_path / "na.json")) == 0
    names = [
        p["achternaam"] for p in json.loads((tmp_path / "na.json").read_text())["sleutelpersonen"]
    ]
    assert "Haddad-Khalil" not in names  # not accepted yet
    assert coord(d, pw, "keypersons", "import", str(out), "--yes") == 0
    # a new file: the CLI never overwrites one
    assert coord(d, pw, "keypersons", "export", "--out", str(tmp_path / "na-ja.json")) == 0
    names = [
        p["achternaam"]
        for p in json.loads((tmp_path / "na-ja.json").read_text())["sleutelpersonen"]
    ]
    assert "Haddad-Khalil" in names and len(names) == 25


def test_import_with_errors_exits_2_and_lists_lines(demo, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    bad = tmp_path / "bad.csv"
    bad.write_text("voornaam;achternaam;talen\nA;B;xx:goed\n", "utf-8-sig")
    assert coord(d, pw, "keypersons", "import", str(bad), "--yes") == 2
    err = capsys.readouterr().err
    assert "regel 2: talen: Onbekende taalcode 'xx'" in err and "niets veranderd" in err


def test_match_json_ranks_with_reasons(demo, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    assert cli(d, pw, "client", "list", "--json") == 0
    inburgeraar = json.loads(capsys.readouterr().out)[0]["id"]
    assert cli(d, pw, "match", inburgeraar, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    ranked = result["suggesties"]
    assert ranked and [r["rang"] for r in ranked] == list(range(1, len(ranked) + 1))
    scores = [r["score"] for r in ranked]
    assert scores == sorted(scores, reverse=True)
    first = ranked[0]
    assert first["voor"][0].startswith("spreekt ")
    assert first["score"] == pytest.approx(sum(p["punten"] for p in first["onderdelen"]), abs=0.05)


def test_match_unknown_inburgeraar_exits_2(demo, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    assert cli(d, pw, "match", "onbekend") == 2


def test_settings_change_weights_and_rate_and_refuse_nonsense(demo, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    assert (
        coord(d, pw, "keypersons", "settings", "--gewicht", "taal=60", "--km-tarief", "0,21") == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["gewichten"]["taal"] == 60 and shown["km_tarief_cent"] == 21
    assert coord(d, pw, "keypersons", "settings", "--gewicht", "schoenmaat=3") == 2
    assert "onbekend gewicht" in capsys.readouterr().err
    assert coord(d, pw, "keypersons", "settings", "--gewicht", "eigen_gemeenschap=10") == 2
    assert coord(d, pw, "keypersons", "settings") == 0
    assert json.loads(capsys.readouterr().out)["gewichten"]["taal"] == 60  # unchanged by errors


def test_coordinator_cannot_show_an_intake_or_print_a_pip(demo, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = demo
    assert coord(d, pw, "client", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    inburgeraar = listed[0]["id"]
    assert coord(d, pw, "intake", "show", inburgeraar) == 2
    assert "mag dit niet (dossier lezen)" in capsys.readouterr().err
    out = tmp_path / "pip.pdf"
    assert coord(d, pw, "pdf", "pip", inburgeraar, "--out", str(out)) == 2
    assert coord(d, pw, "pdf", "handout", inburgeraar, "--out", str(out)) == 2
    assert not out.exists()
    # the klantmanager may, for a person who has a PIP (without one: exit 1, as pip check)
    codes = []
    for c in listed:
        codes.append(cli(d, pw, "pdf", "pip", c["id"], "--out", str(out)))
        if codes[-1] == 0:
            break
    assert codes[-1] == 0 and set(codes) <= {0, 1}
    assert out.read_bytes().startswith(b"%PDF")
