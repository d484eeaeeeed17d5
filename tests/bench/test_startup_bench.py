"""Start to the passphrase dialog, side by side with a bare Qt window (issue 11: ≤ 2× bare).

Each round starts two fresh processes one after the other, offscreen: a bare PySide6 process
that shows one QDialog and quits, and `wegwijs --startup-probe` (which quits once the passphrase
dialog is shown); both timed from process start to exit, the load average noted per round
(other work on the machine slows both, not always equally)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

ROUNDS = 8
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QDialog\n"
    "app = QApplication(sys.argv[:1])\n"
    "d = QDialog()\n"
    "d.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def _wall(args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def test_startup_to_passphrase_dialog_vs_bare_window(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    probe = [sys.executable, "-m", "ui.main", "--startup-probe", "--data-dir", str(tmp_path)]
    bare = [sys.executable, "-c", BARE]
    _wall(bare), _wall(probe)  # warm the page cache for both
    pairs: list[tuple[float, float, float]] = []

    def one_pair() -> None:
        load = os.getloadavg()[0]
        pairs.append((_wall(bare), _wall(probe), load))

    benchmark.pedantic(one_pair, rounds=ROUNDS, iterations=1)
    for b, w, load in pairs:
        print(f"\nbare {b:.3f} s  wegwijs {w:.3f} s  ratio {w / b:.2f}  load {load:.1f}", end="")
    ratios = [w / b for b, w, _load in pairs]
    best_bare, best_app = min(p[0] for p in pairs), min(p[1] for p in pairs)
    print(
        f"\nminima: bare {best_bare:.3f} s, wegwijs {best_app:.3f} s "
        f"({best_app / best_bare:.2f}×); median ratio {statistics.median(ratios):.2f}"
    )
    benchmark.extra_info.update(
        bare_min_s=best_bare,
        wegwijs_min_s=best_app,
        ratio_of_minima=best_app / best_bare,
        median_ratio=statistics.median(ratios),
        loads=[round(p[2], 1) for p in pairs],
    )
