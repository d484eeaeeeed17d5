"""Colours everyone can read (WCAG 2.1 AA, EN 301 549 clause 11): text 4.5:1 against its
background, the focus indicator and other non-text signals 3:1.

Qt's Fusion palette is almost right; three of its colours are not: disabled text (#bebebe on
#efefef, 1.7:1), placeholder text (black at half strength, 3.9:1) and the selection blue
(#308cc6: white text on it is 3.6:1). `accessible_palette` replaces those. The colours the app
sets itself (error red, the amber and red of deadlines, greys) are measured by
tests/ui/test_contrast.py, which reads them from the source."""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DISABLED_TEXT = "#5c5c5c"  # 5.8:1 on the window grey, still visibly lighter than black
PLACEHOLDER = "#5c5c5c"
SELECTION = "#1f5f99"  # white on it 6.6:1; against white and the window grey over 3:1 (focus)

Group = QPalette.ColorGroup
Role = QPalette.ColorRole


def accessible_palette(base: QPalette) -> QPalette:
    # copy.copy, not QPalette(base): that overload lookup costs 40-60 ms on the first call
    # (PySide6 6.12), before the passphrase dialog shows.
    palette = copy.copy(base)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT))
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        palette.setColor(group, Role.PlaceholderText, QColor(PLACEHOLDER))
    palette.setColor(Group.Active, Role.Highlight, QColor(SELECTION))
    palette.setColor(Group.Active, Role.HighlightedText, QColor("#ffffff"))
    # An inactive window looks as an active one (Fusion only greys the selection a little).
    # Qt repaints a whole window when it is activated or deactivated if the two groups differ:
    # opening the PDF preview repainted the main window behind it in the same pass (~20 ms
    # of the ~40 ms measured, tests/bench/test_gui_block_bench.py), and a selection stays as
    # easy to see when a dialog is in front.
    for role in Role:
        if role not in (Role.NColorRoles, Role.NoRole):
            palette.setBrush(Group.Inactive, role, palette.brush(Group.Active, role))
    return palette


def apply_accessible_palette(app: QApplication) -> None:
    app.setPalette(accessible_palette(app.style().standardPalette()))
