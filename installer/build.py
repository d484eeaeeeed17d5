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
    if sys.platform == "win32":
        bundle_exe = bundle / "wegwijs-cli.exe"  # the console twin prints the steps
        return subprocess.run([str(bundle_exe), "--self-test"], check=False).returncode
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WEGWIJS_DATA_DIR", None)
    return subprocess.run([str(executable(bundle)), "--self-test"], env=env, check=False).returncode


def windows_installer() -> int:
    """Run Inno Setup's compiler on installer/wegwijs.iss (Windows, with Inno Setup 6)."""
    sys.path.insert(0, str(ROOT))
    from app.version import app_version

    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists() and not shutil.which("iscc"):
        print("Inno Setup 6 (iscc) niet gevonden.", file=sys.stderr)
        return 1
    script = ROOT / "installer" / "wegwijs.iss"
    return subprocess.run([iscc, f"/DAppVersion={app_version()}", str(script)]).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the bundle's self-test after")
    parser.add_argument("--installer", action="store_true", help="then make the Windows setup")
    args = parser.parse_args()
    seconds = build()
    size = size_mb(BUNDLE)
    print(f"Bundel: {BUNDLE} — {size:.0f} MB op schijf, gebouwd in {seconds:.0f} s")
    if size > MAX_MB:
        print(f"Te groot: meer dan {MAX_MB} MB.", file=sys.stderr)
        return 1
    if args.check and self_test() != 0:
        return 1
    return windows_installer() if args.installer else 0


if __name__ == "__main__":
    sys.exit(main())
