"""The Sleutelpersonen part of the main window: the tab and 'Sleutelpersoon zoeken' (Ctrl+K)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from app.changes import (
    Changes,
    InzetChanged,
    KoppelingChanged,
    RegisterChanged,
    SleutelpersonenChanged,
    any_of,
)
from app.security.roles import Permission, may
from ui.i18n import translate


def install(window: Any) -> None:
    """Add the tab and the menu action to the main window (one call from MainWindow)."""
    from ui.sleutelpersonen.match_panel import MatchDialog
    from ui.sleutelpersonen.view import NO_KEY_PERSONS, SleutelpersonenView, no_access

    session = window.session
    if not may(session, Permission.SLEUTELPERSONEN_LEZEN):  # e.g. a beheerder only
        window.tabs.addTab(
            no_access(translate("tekst", NO_KEY_PERSONS)),
            translate("sleutelpersonen", "Sleutelpersonen"),
        )
        window.sleutelpersonen = None
        return
    view = SleutelpersonenView(session.sleutelpersonen, window.settings.klantmanager)
    window.tabs.addTab(view, translate("sleutelpersonen", "Sleutelpersonen"))
    window.sleutelpersonen = view

    def on_changes(items: Changes) -> None:
        """Key persons, engagements or matches changed (a sync, demo data): show them."""
        if any_of(items, SleutelpersonenChanged, InzetChanged, KoppelingChanged, RegisterChanged):
            view.register.refresh()
            view.refresh_all()

    window.broadcast.subscribe(view, on_changes)
    matching = session.matching  # one per window: keeps the prepared pool warm

    def refused(text: str) -> None:
        window.statusBar().showMessage(text, 6000)

    def open_match() -> MatchDialog | None:
        if not may(session, Permission.DOSSIER_LEZEN):
            refused(
                translate(
                    "sleutelpersonen",
                    "Een sleutelpersoon koppelen doet de klantmanager; uw rol leest geen dossiers.",
                )
            )
            return None
        inburgeraar_id = window.selected_id()
        if not inburgeraar_id:
            window.statusBar().showMessage(
                translate("sleutelpersonen", "Kies eerst een inburgeraar in de lijst."), 4000
            )
            return None
        dialog = MatchDialog(matching, inburgeraar_id, window.settings.klantmanager, window)
        dialog.confirmed.connect(lambda _id: view.refresh_all())
        name = window.selected_name()
        dialog.confirmed.connect(
            lambda _id: window.statusBar().showMessage(
                translate("sleutelpersonen", "Sleutelpersoon gekoppeld aan {name}.").format(
                    name=name
                ),
                6000,
            )
        )
        dialog.open()
        window.match_dialog = dialog
        return dialog

    def open_assign_all() -> Any:
        from ui.sleutelpersonen.toewijzing_dialog import ToewijzingDialog

        if not (
            may(session, Permission.DOSSIER_LEZEN)
            or may(session, Permission.SLEUTELPERSONEN_BEHEREN)
        ):
            refused(translate("sleutelpersonen", "Uw rol mag wachtenden niet koppelen."))
            return None

        dialog = ToewijzingDialog(matching, window.settings.klantmanager, window)
        # No refresh_all here: storing is an op that publishes SleutelpersonenChanged, which
        # refreshes the view already (on_changes); a second refresh read Werkdruk and Bereik
        # again on the GUI thread (in a 111 ms gap of tests/bench/test_gui_block_bench.py).
        dialog.accepted_all.connect(
            lambda n: window.statusBar().showMessage(
                translate("sleutelpersonen", "{n} inburgeraars gekoppeld.").format(n=n), 6000
            )
        )
        dialog.open()
        window.assign_dialog = dialog
        return dialog

    assign_all = QAction(translate("sleutelpersonen", "Alle wachtenden koppelen…"), window)
    assign_all.triggered.connect(open_assign_all)
    window.menus["inburgeraar"].addAction(assign_all)
    window.assign_all_action = assign_all

    action = QAction(translate("sleutelpersonen", "Sleutelpersoon zoeken"), window)
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.triggered.connect(open_match)
    window.addAction(action)
    window.menus["inburgeraar"].addAction(action)
    window.match_action = action
    window.open_match = open_match
