"""A language picker for key persons: every ISO 639 language (dialects included), typed to
search, filled with one ``addItems`` call.

Why not ``ui.widgets.language_model``: with PySide6 6.12 on Python 3.11 every ``setData`` /
``appendRow`` call drops a reference to ``None``; building ~8,000 items that way can bring None's
count to zero in a fresh process and abort the app ("none_dealloc"). One ``addItems`` call does not.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QPushButton, QWidget

from app import reference
from ui.i18n import translate
from ui.widgets import ChoiceCombo

_CODE = re.compile(r"\(([a-z]{2,3})\)\s*$")


@cache
def _labels() -> tuple[str, ...]:
    names = {c.code: c.naam for c in reference.languages()}
    first = [c for c in reference.COMMON_LANGUAGES if c in names]
    rest = [c.code for c in reference.languages() if c.code not in first]
    return tuple(f"{names[c]} ({c})" for c in first + rest)


class TaalKeuze(QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(_labels()))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)

    def code(self) -> str:
        """The chosen code; what was typed when it is no list item (validation then says so)."""
        text = self.currentText().strip()
        match = _CODE.search(text)
        return match.group(1) if match else text

    def set_code(self, code: str) -> None:
        name = reference.language_name(code)
        self.setCurrentIndex(self.findText(f"{name} ({code})") if name else -1)


class TaalRegel(QWidget):
    """One language with its level and a remove button."""

    def __init__(self, on_remove: object) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.taal = TaalKeuze()
        self.taal.setAccessibleName(translate("sleutelpersonen.taal_keuze", "Taal"))
        self.niveau = ChoiceCombo(
            list(reference.TAALNIVEAUS.items()),
            empty=translate("sleutelpersonen.taal_keuze", "niveau…"),
        )
        self.niveau.setAccessibleName(translate("sleutelpersonen.taal_keuze", "Niveau"))
        remove = QPushButton(translate("sleutelpersonen.taal_keuze", "Verwijderen"))
        remove.clicked.connect(lambda: on_remove(self))  # type: ignore[operator]
        layout.addWidget(self.taal, 3)
        layout.addWidget(self.niveau, 1)
        layout.addWidget(remove)

    def value(self) -> dict[str, str]:
        return {"taal": self.taal.code(), "niveau": self.niveau.code()}
