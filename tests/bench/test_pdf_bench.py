"""PDF speed: formal PIP of 3 pages ≤ 150 ms, bilingual handout ≤ 200 ms warm; cold CLI ≤ 2 s."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import run
from app.pdf.fonts import register_fonts
from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.sample import sample_handout, sample_pip
from app.pip.service import PipService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, valid_form
from tests.support.pdf import reader
from tests.support.pip import complete_inhoud

pytestmark = pytest.mark.bench


def test_bench_formal_pip_four_pages(benchmark) -> None:  # type: ignore[no-untyped-def]
    """The sample PIP as a beschikking (letterhead, decision, reasons, objection clause): four
    pages since the beschikking issue (three before; the timing compares that size)."""
    register_fonts()
    doc = sample_pip()
    data = benchmark(build_pip_pdf, doc)
    assert len(reader(data).pages) == 4
    assert benchmark.stats.stats.median < 0.150


@pytest.mark.parametrize("taal", ["ar", "ti"])
def test_bench_bilingual_handout(benchmark, taal) -> None:  # type: ignore[no-untyped-def]
    register_fonts()
    build_handout_pdf(sample_handout(taal))  # warm: fonts registered, texts loaded
    benchmark(build_handout_pdf, sample_handout(taal))
    assert benchmark.stats.stats.median < 0.200


@pytest.mark.parametrize(
    "what", [["pip", "999990019"], ["handout", "999990019", "--lang", "ar"]], ids=["pip", "handout"]
)
def test_bench_cold_cli(  # type: ignore[no-untyped-def]
    benchmark, data_dir: Path, passphrase_file: Path, tmp_path: Path, what: list[str]
) -> None:
    base = ["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file)]
    assert run([*base, "db", "init"]) == 0
    path = tmp_path / "c.json"
    path.write_text(json.dumps(valid_form(geboortedatum="1995-03-14")), "utf-8")
    assert run([*base, "client", "add", "--json-file", str(path)]) == 0
    session = unlock(StoreLocation(data_dir), PASSPHRASE)
    try:  # `pdf pip` prints no empty concept: the person has a PIP
        inburgeraar_id = str(session.store.conn.execute("SELECT id FROM inburgeraar").fetchone()[0])
        PipService(session).create(inburgeraar_id, complete_inhoud())
    finally:
        session.close()
    out = tmp_path / "uit.pdf"
    cmd = [sys.executable, "-m", "ui.main", *base, "pdf", *what, "--out", str(out)]
    env = {k: v for k, v in os.environ.items() if k != "WEGWIJS_DATA_DIR"}

    def cold() -> float:
        out.unlink(missing_ok=True)  # the CLI never overwrites a file
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, timeout=30)
        assert done.returncode == 0, done.stderr.decode()
        return time.perf_counter() - start

    benchmark.pedantic(cold, rounds=5, iterations=1)
    assert out.read_bytes().startswith(b"%PDF")
    assert benchmark.stats.stats.median < 2.0
