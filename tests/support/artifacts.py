"""Files the tests write for people to look at: tests/artifacts/ (ignored by git, see
.gitignore), made when it is missing so a fresh checkout writes them too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def artifact(name: str) -> Path:
    """The path for *name* under tests/artifacts/ (which now exists)."""
    path = ARTIFACTS / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def save_grab(widget: QWidget, name: str) -> Path:
    """The widget as it is drawn now, written to tests/artifacts/<name> (a PNG)."""
    path = artifact(name)
    assert widget.grab().save(str(path)), f"could not write {path}"
    return path
