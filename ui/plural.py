"""Dutch counts: "1 week", "2 weken", "0 dossiers"; a spin box whose unit follows its value."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox


def aantal(n: int, een: str, meer: str) -> str:
    """'1 dossier', '0 dossiers', '3 dossiers'."""
    return f"{n} {een if n == 1 else meer}"


def plural_suffix(box: QSpinBox, unit: Callable[[int], str]) -> None:
    """The unit after the number agrees with it: '1 week', '2 weken'. `unit(n)` is a plural
    translation, e.g. `lambda n: translate(context, " weken", None, n)` (Qt picks the form)."""

    def update(value: int) -> None:
        box.setSuffix(unit(value))

    box.valueChanged.connect(update)
    update(box.value())


def getal(value: float, decimals: int = 1, sign: bool = False) -> str:
    """A number the Dutch way, with a decimal comma: '21,5', '+18,0'."""
    text = f"{value:+.{decimals}f}" if sign else f"{value:.{decimals}f}"
    return text.replace(".", ",")
