"""PySide6 6.12 drops a reference to True on every Python ``emit()`` (and to None on every void
call); the guard in ui/__init__.py keeps the app alive through as many as typing produces. Runs in
a fresh interpreter: the fatal abort would otherwise take the test run down with it."""

from __future__ import annotations

import subprocess
import sys

from tests.support.crash_child import ROOT

EMITS = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{guard}
from PySide6.QtCore import QObject, Signal

class Editor(QObject):
    typed = Signal(object)

editor = Editor()
editor.typed.connect(lambda _value: None)
for n in range(20_000):  # about an afternoon of typing, one crash-draft signal per keystroke
    editor.typed.emit("woord")
print("levend")
"""


def run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", EMITS.format(guard=guard)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_twenty_thousand_signals_do_not_abort_the_app() -> None:
    result = run("import ui")
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "levend"


def test_without_the_guard_this_pyside_would_abort() -> None:
    """Shows the guard is what keeps it alive (on a PySide6 that has the bug)."""
    import PySide6

    result = run("")
    if PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12):
        assert result.returncode != 0 and "dealloc" in result.stderr
    else:
        assert result.returncode == 0
