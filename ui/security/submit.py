"""A security dialog's submit off the GUI thread: an account, its roles or a password (key
stretching takes a moment)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel

from app.errors import StoreError
from ui.i18n import app_text
from ui.ops import run_in_background


def submit_in_background(
    dialog: QDialog, message: QLabel, work: Callable[[], object], *, busy: str, failed: str
) -> None:
    """Run *work* on a worker with *dialog* disabled and *busy* in *message*. The dialog closes
    (accepted) when it succeeds; otherwise it is enabled again and *message* says why: the
    StoreError's own Dutch sentence, or *failed* for anything else."""

    def done(_result: object) -> None:  # the service wrote the audit line
        dialog.setEnabled(True)
        dialog.accept()

    def refused(exc: BaseException) -> None:
        dialog.setEnabled(True)
        message.setText(app_text(str(exc)) if isinstance(exc, StoreError) else failed)

    dialog.setEnabled(False)
    message.setText(busy)
    run_in_background(work, done, refused)
