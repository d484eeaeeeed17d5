"""Build the frozen app with PyInstaller into dist/Wegwijs/ and report its size and build time.

    python installer/build.py            # build
    python installer/build.py --check    # build, then run the bundle's --self-test

On Windows, the Inno Setup script installer/wegwijs.iss then turns dist/Wegwijs/ into
WegwijsSetup-<version>.exe (`iscc installer\\wegwijs.iss`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "Wegwijs"
MAX_MB = 250


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("Wegwijs.exe" if sys.platform == "win32" else "Wegwijs")


def size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def build() -> float:
    start = time.monotonic()
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "installer" / "wegwijs.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return time.monotonic() - start


def self_test(bundle: Path = BUNDLE) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WEGWIJS_DATA_DIR", None)
    return subprocess.run([str(executable(bundle)), "--self-test"], env=env, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the bundle's self-test after")
    args = parser.parse_args()
    seconds = build()
    size = size_mb(BUNDLE)
    print(f"Bundel: {BUNDLE} — {size:.0f} MB op schijf, gebouwd in {seconds:.0f} s")
    if size > MAX_MB:
        print(f"Te groot: meer dan {MAX_MB} MB.", file=sys.stderr)
        return 1
    return self_test() if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
