"""Measure the bundle's start to the passphrase dialog, cold and warm.

Cold: before each cold run every file of the bundle is dropped from the page cache
(posix_fadvise DONTNEED, Linux), so the loader, Python and Qt are read from disk again, as on the
first start after a reboot. Warm: the runs after that. Each run is ``Wegwijs --startup-probe``
(offscreen), timed from process start to exit; the probe exits right after the dialog is shown.

    python installer/measure_startup.py [dist/Wegwijs] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from installer.build import BUNDLE, executable  # noqa: E402


def evict(folder: Path) -> bool:
    """Drop the bundle's files from the page cache; False where the OS offers no way."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)  # pages still dirty from the build cannot be dropped
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def one_run(bundle: Path, data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(
        [str(executable(bundle)), "--startup-probe", "--data-dir", str(data_dir)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def measure(bundle: Path = BUNDLE, runs: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "gegevens"
        cold = []
        for _ in range(runs):
            evict(bundle)
            cold.append(one_run(bundle, data_dir))
        warm = [one_run(bundle, data_dir) for _ in range(runs)]
    return {
        "cold_median": statistics.median(cold),
        "cold_max": max(cold),
        "warm_median": statistics.median(warm),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", nargs="?", default=str(BUNDLE))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = measure(Path(args.bundle), args.runs)
    print(
        f"Start tot wachtwoordvenster: koud mediaan {result['cold_median']:.2f} s "
        f"(max {result['cold_max']:.2f} s), warm mediaan {result['warm_median']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
