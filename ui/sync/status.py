"""The sync state in the status bar: "Gesynchroniseerd om 14:02", "Offline — 37 wijzigingen
wachten", "Server weigert: …", "Synchroniseren…", and "1 conflict" as a button that opens the
Conflicten list. Hidden when no server is configured (the laptop is offline-first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.server.sync_view import SyncState, conflict_words


class SyncStatus(QWidget):
    def __init__(self, open_conflicts: Callable[[], object]) -> None:
        super().__init__()
        self.setObjectName("syncstatus")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("syncstatus_tekst")
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("syncstatus_conflicten")
        self.conflicts.setFlat(True)
        self.conflicts.setToolTip(self.tr("Open de lijst met conflicten"))
        self.conflicts.clicked.connect(lambda _checked=False: open_conflicts())
        # no taller than the status bar's text (a window on a 768-pixel screen must still fit)
        self.conflicts.setStyleSheet("QPushButton { padding: 0 4px; border: none; }")
        self.conflicts.setMaximumHeight(self.label.sizeHint().height())
        row.addWidget(self.label)
        row.addWidget(self.conflicts)
        self.show_state(SyncState("", "off"))

    def show_state(self, state: SyncState) -> None:
        self.setVisible(state.kind != "off")
        self.label.setText(state.text)
        self.label.setAccessibleName(self.tr("Synchronisatie: %s") % state.text)
        # "Server weigert" and "Offline" carry a sign too, not only a colour
        self.label.setProperty("soort", state.kind)
        count = state.open_conflicts
        self.conflicts.setVisible(state.kind != "off" and count > 0)
        words = conflict_words(count)
        self.conflicts.setText(f"⚠ {words}")
        self.conflicts.setAccessibleName(self.tr("%s: open de lijst Conflicten") % words)

    def text(self) -> str:
        """What the officer reads (tests)."""
        parts = [self.label.text()]
        if self.conflicts.isVisibleTo(self):
            parts.append(self.conflicts.text().removeprefix("⚠ "))
        return " · ".join(p for p in parts if p)
