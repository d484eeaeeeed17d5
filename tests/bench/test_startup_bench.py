"""Start to the passphrase dialog, side by side with a bare Qt window (issue 11: ≤ 2× bare).

Each round starts two fresh processes one after the other, offscreen: a bare PySide6 process
that shows one QDialog and quits, and `wegwijs --startup-probe` (which quits once the passphrase
dialog is shown); both timed from process start to exit, the load average noted per round
(other work on the machine slows both, not always equally). Both run with bytecode caches, as
the installed app does (the bundle ships compiled modules): a PYTHONDONTWRITEBYTECODE in the
environment would make every run compile Wegwijs's sources again (~20-40 ms of each start)."""

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
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run writes the caches
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


# The passphrase dialog as ui/application.py shows it, a 5 ms heartbeat on the GUI thread while
# the thread imports signing in and then the main window (ui/background_imports.py).
WHILE_IMPORTING = (
    "import sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtCore import QElapsedTimer, QTimer\n"
    "from app.store_location import StoreLocation\n"
    "from ui.application import make_app\n"
    "from ui.background_imports import start_up_imports\n"
    "from ui.unlock_dialog import UnlockDialog\n"
    "app = make_app()\n"
    "dialog = UnlockDialog(StoreLocation(Path(sys.argv[1])))\n"
    "imports = dialog.imports = start_up_imports(dialog.creating)\n"
    "clock, since = QElapsedTimer(), QElapsedTimer()\n"
    "longest, ready = [0], {}\n"
    "def tick():\n"
    "    longest[0] = max(longest[0], clock.restart())\n"
    "    for group in (0, 1):\n"
    "        if group not in ready and imports.ready(group):\n"
    "            ready[group] = since.elapsed()\n"
    "    if 1 in ready:\n"
    "        print('RESULT', longest[0], ready[0], ready[1])\n"
    "        app.quit()\n"
    "timer = QTimer()\n"
    "timer.setInterval(5)\n"
    "timer.timeout.connect(tick)\n"
    "def begin():\n"
    "    clock.start(); since.start(); timer.start(); imports.start()\n"
    "dialog.show()\n"
    "QTimer.singleShot(0, begin)\n"
    "app.exec()\n"
)
TARGET_MS = 50


def test_gui_thread_while_signing_in_and_the_main_window_are_imported(  # type: ignore[no-untyped-def]
    benchmark, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs: list[tuple[int, int, int]] = []

    def one() -> None:
        out = subprocess.run(
            [sys.executable, "-c", WHILE_IMPORTING, str(tmp_path / "data")],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("RESULT"))
        longest, sign_in, main_window = (int(v) for v in line.split()[1:])
        runs.append((longest, sign_in, main_window))
        print(
            f"\nGUI thread longest block {longest} ms; signing in imported after {sign_in} ms, "
            f"the main window after {main_window} ms (load {os.getloadavg()[0]:.1f})",
            end="",
        )

    benchmark.pedantic(one, rounds=ROUNDS, iterations=1)
    longest = [r[0] for r in runs]
    benchmark.extra_info.update(
        gui_longest_block_ms=longest,
        sign_in_imported_ms=[r[1] for r in runs],
        main_window_imported_ms=[r[2] for r in runs],
    )
    # The median: on 2 shared cores, about one process in 20 stands still as a whole for 40-260
    # ms (the import thread did nothing in that gap either: another process had the cores).
    typical = statistics.median(longest)
    assert typical <= TARGET_MS, f"GUI thread blocked {typical} ms (median) behind the dialog"
