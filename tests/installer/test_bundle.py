"""Build the frozen app and prove it works: self-test, size, start time.

Slow (a PyInstaller build): runs only with WEGWIJS_BUILD_BUNDLE=1 or in CI (CI=true), through
`make dist-selftest`. `make test` leaves it out.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from installer import build
from installer.measure_startup import measure

pytestmark = [
    pytest.mark.installer,
    pytest.mark.slow,
    pytest.mark.skipif(
        not (os.environ.get("WEGWIJS_BUILD_BUNDLE") == "1" or os.environ.get("CI") == "true"),
        reason="bouwt de bundel: zet WEGWIJS_BUILD_BUNDLE=1 (of draai 'make dist-selftest')",
    ),
]

MAX_MB = 250
MAX_COLD_START_S = 2.0


@pytest.fixture(scope="module")
def bundle() -> Path:
    seconds = build.build()
    print(f"\nbundel gebouwd in {seconds:.0f} s")
    return build.BUNDLE


def test_bundle_self_test_passes(bundle: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WEGWIJS_DATA_DIR", None)
    start = time.monotonic()
    done = subprocess.run(
        [str(build.executable(bundle)), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Zelftest geslaagd" in done.stdout
    assert "[ok] Bestanden van de app aanwezig" in done.stdout
    assert "[ok] 'Over Wegwijs' met versie, icoon en licenties" in done.stdout
    print(f"zelftest van de bundel: {time.monotonic() - start:.1f} s")


def test_bundle_fits_on_a_laptop(bundle: Path) -> None:
    size = build.size_mb(bundle)
    print(f"bundel: {size:.0f} MB op schijf")
    assert size <= MAX_MB


def test_bundle_starts_to_the_passphrase_dialog_quickly(bundle: Path) -> None:
    result = measure(bundle, runs=3)
    print(
        f"start tot wachtwoordvenster: koud {result['cold_median']:.2f} s, "
        f"warm {result['warm_median']:.2f} s"
    )
    assert result["cold_median"] <= MAX_COLD_START_S


def test_bundle_cli_works_without_python(bundle: Path, tmp_path: Path) -> None:
    """The frozen command line still answers (IT scripts use it), with a Dutch message."""
    bad = tmp_path / "wegwijs-defaults.json"
    bad.write_text('{"gemeentecode": "12"}', "utf-8")
    done = subprocess.run(
        [str(build.executable(bundle)), "gemeente-instellingen", "--bestand", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert done.returncode == 2
    assert "vier cijfers" in done.stderr
    assert sys.executable not in done.stderr
