"""Browsing the register (the detail pane) logs each dossier viewed, without an fsync per row:
the line is committed with synchronous=NORMAL and made durable by the next real save."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import audit
from tests.conftest import TODAY, valid_form

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.store import StoreLocation, create_store
    from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, valid_form
    store = create_store(StoreLocation(Path(sys.argv[1])), PASSPHRASE, kdf=TEST_KDF)
    service = store.inburgeraars
    cid = service.save(valid_form(), TODAY).id
    for _ in range(int(sys.argv[2])):
        service.get(cid, browsing=sys.argv[3] == "1")
    store.store.conn.close()
    """
)


def _fsyncs(tmp_path: Path, views: int, browsing: bool) -> int:
    folder = tmp_path / f"d{views}{int(browsing)}"
    trace = tmp_path / f"trace{views}{int(browsing)}.txt"
    root = Path(__file__).resolve().parents[3]
    subprocess.run(
        ["strace", "-f", "-e", "trace=fsync,fdatasync", "-o", str(trace), sys.executable,
         "-c", CHILD, str(folder), str(views), "1" if browsing else "0"],
        check=True, capture_output=True, timeout=120, cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    return sum(1 for line in trace.read_text().splitlines() if "sync(" in line)


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_browsing_twenty_dossiers_adds_no_fsync(tmp_path: Path) -> None:
    base = _fsyncs(tmp_path, 0, True)
    assert _fsyncs(tmp_path, 20, True) == base
    assert _fsyncs(tmp_path, 20, False) >= base + 20  # a durable view: one fsync each


def test_browsed_views_are_in_the_trail_and_saves_stay_durable(
    inburgeraars: InburgeraarService,
) -> None:
    cid = inburgeraars.save(valid_form(), TODAY).id
    for _ in range(3):
        assert inburgeraars.get(cid, browsing=True) is not None
    lines = audit.recent(inburgeraars.session, 3)
    assert [line["actie"] for line in lines] == ["bekeken"] * 3
    assert audit.verify(inburgeraars.session) == []
    assert inburgeraars.store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
