"""Beheer → Regionale server, the Conflicten list and the register with a conflict marker fit a
1366×768 laptop with nothing cut off and every field named (real content: two laptops on a
throwaway PostgreSQL; tests/ui/sync_screens.py runs in its own Qt process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.test_fits_screen import ROOT, SCREENS


def test_sync_screens_fit_a_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "logicalBaseDpi": 96, "dpr": 1}
    screen.update(SCREENS["1366x768-100"])
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env.pop("WEGWIJS_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.sync_screens", str(tmp_path / "shots")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    assert result["unnamed"] == []
    assert result["shots"] == ["sync-register.png", "regionale-server.png", "conflicten.png"]
    assert all((tmp_path / "shots" / s).stat().st_size > 2000 for s in result["shots"])
