"""Start-up shows the passphrase dialog before importing the main window (issue 11): the
probe's process must not have imported the main window or the CLI when the dialog shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.main import _gui_only


def test_the_dialog_comes_before_the_main_window_and_the_cli(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from ui import startup_probe\n"
        "from ui.main import main\n"
        f"code = main(['--startup-probe', '--data-dir', {str(tmp_path)!r}])\n"
        "late = ('ui.main_window', 'app.cli', 'reportlab', 'pycountry', 'filelock',\n"
        "        'ui.ops', 'importlib.metadata', 'app.version')\n"
        "loaded = [m for m in late if m in sys.modules]\n"
        "print('LOADED', loaded)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "Wachtwoordvenster getoond" in out.stdout
    assert "LOADED []" in out.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (False, None)),
        (["--data-dir", "/x"], (False, "/x")),
        (["--data-dir=/y", "--startup-probe"], (True, "/y")),
        (["client", "list"], None),
        (["--data-dir", "/x", "db", "init"], None),
        (["--help"], None),
        (["--data-dir"], None),
    ],
)
def test_only_plain_app_starts_skip_the_cli_parser(args: list[str], expected: object) -> None:
    assert _gui_only(args) == expected
