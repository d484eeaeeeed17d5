"""The status bar's busy indicator for ops that the officer may work beside (``Op.busy``).

One indicator per status bar, made once and kept in the layout while hidden: adding a progress
bar when an op started and removing it when it ended changed the status bar's height, so the
whole window was laid out and repainted twice per op (about 50 ms each time at 1366×768 with
100,000 people in the list; tests/bench/test_gui_block_bench)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QStatusBar

NAME = "wegwijs-bezig"
_COUNT = "wegwijs_ops"


def indicator_of(bar: QStatusBar) -> QProgressBar:
    """The indicator of *bar*, made (hidden, its room kept) on first use."""
    found = bar.findChild(QProgressBar, NAME)
    if found is not None:
        return found
    indicator = QProgressBar(bar)
    indicator.setObjectName(NAME)
    indicator.setRange(0, 0)  # no known end: the bar runs to and fro
    indicator.setTextVisible(False)
    indicator.setMaximumWidth(120)
    policy = indicator.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    indicator.setSizePolicy(policy)
    indicator.setProperty(_COUNT, 0)
    bar.addPermanentWidget(indicator)
    indicator.hide()
    return indicator


def start(bar: QStatusBar, text: str) -> None:
    """One more op is busy: show the indicator and say what runs."""
    indicator = indicator_of(bar)
    indicator.setProperty(_COUNT, int(indicator.property(_COUNT) or 0) + 1)
    indicator.setAccessibleName(text)
    indicator.show()
    bar.showMessage(text)


def stop(bar: QStatusBar) -> None:
    """One op less; the indicator hides when none is left."""
    indicator = indicator_of(bar)
    left = max(0, int(indicator.property(_COUNT) or 0) - 1)
    indicator.setProperty(_COUNT, left)
    if not left:
        indicator.hide()
        bar.clearMessage()
