"""The newcomers' voice in the main window: a Signalen tab, the "Stem van de nieuwkomer" tab
(key persons' side and the quarterly report) and Inburgeraar → Ervaring met het aanbod…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from app.security.roles import Permission, may

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from app.stem.signalen import SignaalOpvolging
    from ui.stem.signalen_view import SignalenView
    from ui.stem.stem_view import StemView

    session = window.session
    if may(session, Permission.DOSSIER_WIJZIGEN):
        action = QAction("Ervaring met het aanbod…", window)
        action.setObjectName("ervaring_invullen")
        action.triggered.connect(lambda: open_ervaring(window))
        window.menus["inburgeraar"].addAction(action)
        window.ervaring_action = action  # type: ignore[attr-defined]
    if may(session, Permission.DOSSIER_LEZEN):
        view = SignalenView(SignaalOpvolging(session))
        view.open_client.connect(lambda cid: _show(window, cid))
        view.changed.connect(window.changed.emit)
        window.changed.connect(lambda _cid: view.refresh())
        window.tabs.addTab(view, "Signalen")
        window.signalen_view = view  # type: ignore[attr-defined]
    if may(session, Permission.SLEUTELPERSONEN_LEZEN) or may(session, Permission.RAPPORT_MAKEN):
        stem = StemView(session)
        window.changed.connect(lambda _cid: stem.refresh())
        window.tabs.addTab(stem, "Stem van de nieuwkomer")
        window.stem_view = stem  # type: ignore[attr-defined]


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
