"""The newcomers' voice in the main window: a Signalen tab, the "Stem van de nieuwkomer" tab
(key persons' side and the quarterly report) and Inburgeraar → Ervaring met het aanbod…"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from app.security.roles import Permission, may

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.stem.signalen_view import SignalenView
    from ui.stem.stem_view import StemView


@dataclass
class StemPart:
    ervaring_action: QAction | None = None
    signalen_view: SignalenView | None = None
    stem_view: StemView | None = None


def install(window: MainWindow) -> StemPart:
    from app.stem.signalen import SignaalOpvolging
    from ui.stem.signalen_view import SignalenView
    from ui.stem.stem_view import StemView

    session = window.session
    part = window.parts.put(StemPart())
    if may(session, Permission.DOSSIER_WIJZIGEN):
        part.ervaring_action = window.add_action(
            "Ervaring met het aanbod…", lambda: open_ervaring(window), name="ervaring_invullen"
        )
        window.removeAction(part.ervaring_action)  # a menu item only, as before
    if may(session, Permission.DOSSIER_LEZEN):
        view = SignalenView(SignaalOpvolging(session))
        view.open_client.connect(lambda cid: _show(window, cid))
        view.changed.connect(window.changed.emit)
        window.changed.connect(lambda _cid: view.refresh())
        window.add_tab(view, "Signalen")
        part.signalen_view = view
    if may(session, Permission.SLEUTELPERSONEN_LEZEN) or may(session, Permission.RAPPORT_MAKEN):
        stem = StemView(session)
        window.changed.connect(lambda _cid: stem.refresh())
        window.add_tab(stem, "Stem van de nieuwkomer")
        part.stem_view = stem
    return part


def _show(window: MainWindow, client_id: str) -> None:
    window.tabs.setCurrentIndex(0)
    window.search.clear()
    window.select(client_id)


def open_ervaring(window: MainWindow) -> object | None:
    from app.stem.ervaring import ErvaringService
    from ui.stem.ervaring_dialog import ErvaringDialog

    client_id = window.selected_id()
    if client_id is None:
        window.statusBar().showMessage("Kies eerst een inburgeraar.", 4000)
        return None
    client = window.service.get(client_id)
    taal = client.voorkeurstaal if client is not None else "nl"
    dialog = ErvaringDialog(ErvaringService(window.session), client_id, taal or "nl", window)
    dialog.accepted.connect(lambda: window.changed.emit(client_id))
    dialog.open()
    return dialog
