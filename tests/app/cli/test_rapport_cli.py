"""wegwijs rapport kwartaal: PDF and CSV from the store; bad input exits 2 and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import run
from app.demo import seed_all
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE
from tests.support.pdf import all_text


def _cli(data_dir: Path, pw: Path, *args: str) -> int:
    return run(["--data-dir", str(data_dir), "--passphrase-file", str(pw), *args])


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("rapport")
    pw = root / "pw"
    pw.write_text(PASSPHRASE, "utf-8")
    data = root / "data"
    assert _cli(data, pw, "db", "init") == 0
    store = unlock(StoreLocation(data), PASSPHRASE)
    try:
        seed_all(store)
        names = [r[0] for r in store.store.conn.execute("SELECT achternaam FROM inburgeraar")]
        bsns = [
            r[0] for r in store.store.conn.execute("SELECT bsn FROM inburgeraar WHERE bsn != ''")
        ]
    finally:
        store.close()
    (root / "names").write_text("\n".join(names + bsns), "utf-8")
    return data, pw


def test_pdf_and_csv_without_names_or_bsn(demo_store: tuple[Path, Path], tmp_path: Path) -> None:
    data, pw = demo_store
    secrets = (data.parent / "names").read_text("utf-8").split()
    from datetime import date

    today = date.today()
    kwartaal = (today.month - 1) // 3 + 1
    pdf, csv = tmp_path / "r.pdf", tmp_path / "r.csv"
    for out in (pdf, csv):
        code = _cli(data, pw, "rapport", "kwartaal", "--jaar", str(today.year),
                    "--kwartaal", str(kwartaal), "--uit", str(out))  # fmt: skip
        assert code == 0
    text = all_text(pdf.read_bytes())
    assert "Signalen per thema en gemeente" in text and "< 5" in text
    assert "Heeft u er iets aan?" in text  # experiences per provider
    assert "Bereik naar taal" in text
    table = csv.read_bytes().decode("utf-8-sig")
    assert "Financiën" in table
    for secret in secrets:
        assert secret not in text and secret not in table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jaar", "2026", "--kwartaal", "5", "--uit", "r.pdf"], "kwartaal 1, 2, 3 of 4"),
        (["--jaar", "1999", "--kwartaal", "1", "--uit", "r.pdf"], "vanaf 2021"),
        (["--jaar", "2026", "--kwartaal", "1", "--uit", "r.xlsx"], ".pdf of .csv"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(  # type: ignore[no-untyped-def]
    demo_store, tmp_path, capsys, args, message
) -> None:
    data, pw = demo_store
    args = [a if not a.startswith("r.") else str(tmp_path / a) for a in args]
    assert _cli(data, pw, "rapport", "kwartaal", *args) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
