"""`wegwijs --self-test` from source: all steps pass here; a failing step gives exit 1."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from app.selftest import Context, Step
from ui import selftest


def test_self_test_passes_in_process(qtbot, capsys) -> None:  # type: ignore[no-untyped-def]
    assert selftest.main() == 0
    out = capsys.readouterr().out
    assert "[ok] Hoofdvenster tekenen met de inburgeraar" in out
    assert "[ok] 'Over Wegwijs' met versie, icoon en licenties" in out
    assert "Zelftest geslaagd" in out


def test_a_failing_step_gives_exit_code_1(qtbot, capsys) -> None:  # type: ignore[no-untyped-def]
    def broken(_ctx: Context) -> str:
        raise RuntimeError("lettertype ontbreekt")

    assert selftest.main([*selftest.all_steps(), Step("Kapot", broken)]) == 1
    assert "[MISLUKT] Kapot: RuntimeError: lettertype ontbreekt" in capsys.readouterr().out


def test_blank_image_is_recognised() -> None:
    blank = QImage(200, 100, QImage.Format.Format_ARGB32)
    blank.fill(0xFFFFFFFF)
    assert selftest.distinct_colours(blank) == 1


@pytest.mark.slow
def test_command_line_self_test_and_startup_probe(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "ui.main", "--self-test"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    probe = subprocess.run(
        [sys.executable, "-m", "ui.main", "--startup-probe", "--data-dir", str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0 and "Wachtwoordvenster getoond na" in probe.stdout
    assert not (tmp_path / "d").exists()  # probing creates nothing
