"""Contrast (WCAG 2.1 AA, EN 301 549 clause 11): text at least 4.5:1 against its background,
the focus indicator and non-text signals at least 3:1. Measured on the app's own palette
(ui.palette) and on every colour ui/ sets in a style sheet or a QColor: error texts, the red
"te laat" rows, amber deadlines, greys, row backgrounds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.palette import accessible_palette

UI = Path(__file__).resolve().parents[2] / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
# Colours used as a background behind the palette's text (row colours of Werkdruk).
BACKGROUNDS = {"#f8d7da", "#fff3cd"}
STYLE_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6})\b")
# Colours that are no text: a bar in a chart (3:1 against its white background).
NON_TEXT = {"#2e6da4"}

Group = QPalette.ColorGroup
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def blended(colour: QColor, background: QColor) -> QColor:
    """A colour with alpha as it shows on its background."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )


def contrast(fg: QColor, bg: QColor) -> float:
    high, low = sorted((luminance(blended(fg, bg)), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_is_wcags() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#bebebe"), QColor("#efefef")) < 2  # Qt's disabled grey: too faint


@pytest.fixture
def palette(qapp: QApplication) -> QPalette:
    return accessible_palette(qapp.style().standardPalette())


TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
]


@pytest.mark.parametrize("group", [Group.Active, Group.Inactive, Group.Disabled])
def test_palette_text_is_readable(palette: QPalette, group: Group) -> None:
    low = {
        f"{fg.name}/{bg.name}": round(
            contrast(palette.color(group, fg), palette.color(group, bg)), 2
        )
        for fg, bg in TEXT_PAIRS
        if not (group == Group.Disabled and fg == Role.HighlightedText)  # nothing is selected
    }
    assert {k: v for k, v in low.items() if v < 4.5} == {}


def test_focus_indicator_stands_out(palette: QPalette) -> None:
    """Fusion draws the focus frame and the current row in the highlight colour."""
    focus = palette.color(Group.Active, Role.Highlight)
    for background in (Role.Window, Role.Base, Role.AlternateBase):
        assert contrast(focus, palette.color(Group.Active, background)) >= 3.0, background.name


def _colours_in_ui() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name == "palette.py":  # the palette itself: measured above
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for colour in HEX.findall(line):
                found.setdefault(colour.lower(), []).append(f"{path.relative_to(UI)}:{n}")
            # a style sheet's background ("background: #fff4cc"): text goes on it
            BACKGROUNDS.update(c.lower() for c in STYLE_BACKGROUND.findall(line))
    return found


def test_every_colour_the_app_sets_is_readable(palette: QPalette) -> None:
    colours = _colours_in_ui()
    assert "#b00020" in colours  # the error red, also the "te laat" rows
    assert "#fff4cc" in BACKGROUNDS  # found in a style sheet (the letterhead example)
    text_backgrounds = [
        palette.color(Group.Active, Role.Base),
        palette.color(Group.Active, Role.Window),
        palette.color(Group.Active, Role.AlternateBase),
        *(QColor(c) for c in BACKGROUNDS),
    ]
    too_low = []
    for colour, where in colours.items():
        if colour in BACKGROUNDS:
            ratio = contrast(palette.color(Group.Active, Role.Text), QColor(colour))
            needed = 4.5
        elif colour in NON_TEXT:
            ratio = contrast(QColor(colour), QColor("#ffffff"))
            needed = 3.0
        else:
            ratio = min(contrast(QColor(colour), bg) for bg in text_backgrounds)
            needed = 4.5
        if ratio < needed:
            too_low.append(f"{colour} {ratio:.2f} < {needed} at {', '.join(where)}")
    assert too_low == [], "\n".join(too_low)


def test_a_window_behind_a_dialog_looks_the_same(palette: QPalette) -> None:
    """The selection (and every other colour) of an inactive window is that of an active one:
    the selected row stays as easy to find with a dialog in front, and Qt need not repaint the
    whole window each time a dialog opens or closes (docs/performance.md)."""
    assert palette.isEqual(Group.Active, Group.Inactive)
    assert palette.color(Group.Inactive, Role.Highlight) == QColor("#1f5f99")
