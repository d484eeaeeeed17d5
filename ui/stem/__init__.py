"""The newcomers' voice in the main window: a Signalen tab, the "Stem van de nieuwkomer" tab
(key persons' side and the quarterly report) and Inburgeraar → Ervaring met het aanbod…"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.security.roles import Permission, may
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.stem.signalen_view import SignalenView


@dataclass
class StemPart:
    ervaring_action: QAction | None = None
    signalen_tab: LazyTab | None = None  # the view is built when the tab is first shown
    stem_tab: LazyTab | None = None


def install(window: MainWindow) -> StemPart:
    from app.stem.signalen import SignaalOpvolging
    from ui.stem.signalen_view import SignalenView
    from ui.stem.stem_view import StemView

    session = window.session
    part = window.parts.put(StemPart())
    if may(session, Permission.DOSSIER_WIJZIGEN):
        part.ervaring_action = window.add_action(
            translate("stem", "Ervaring met het aanbod…"),
            lambda: open_ervaring(window),
            name="ervaring_invullen",
        )
        window.removeAction(part.ervaring_action)  # a menu item only, as before
    if may(session, Permission.DOSSIER_LEZEN):

        def signalen() -> SignalenView:
            view = SignalenView(SignaalOpvolging(session))
            view.open_inburgeraar.connect(lambda cid: _show(window, cid))
            view.changed.connect(window.changed.emit)
            return view

        part.signalen_tab = LazyTab(window, translate("stem", "Signalen"), signalen)
    if may(session, Permission.SLEUTELPERSONEN_LEZEN) or may(session, Permission.RAPPORT_MAKEN):
        part.stem_tab = LazyTab(
            window, translate("stem", "Stem van de nieuwkomer"), lambda: StemView(session)
        )
    return part


class LazyTab(QWidget):
    """A tab whose view is built the first time it is shown (start-up stays fast with many
    dossiers), then refreshed on the window's "what changed" broadcast."""

    def __init__(self, window: MainWindow, title: str, build: Callable[[], Any]) -> None:
        super().__init__()
        self.build = build
        self.view: Any = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        window.add_tab(self, title)
        window.tabs.currentChanged.connect(lambda _i: self.ensure() if self.isVisible() else None)
        window.changed.connect(lambda _cid: self.view.refresh() if self.view else None)

    def ensure(self) -> Any:
        if self.view is None:
            self.view = self.build()
            self.box.addWidget(self.view)
        return self.view


def _show(window: MainWindow, inburgeraar_id: str) -> None:
    window.tabs.setCurrentIndex(0)
    window.search.clear()
    window.select(inburgeraar_id)


def open_ervaring(window: MainWindow) -> object | None:
    from app.stem.ervaring import ErvaringService
    from ui.stem.ervaring_dialog import ErvaringDialog

    inburgeraar_id = window.selected_id()
    if inburgeraar_id is None:
        window.statusBar().showMessage(translate("stem", "Kies eerst een inburgeraar."), 4000)
        return None
    inburgeraar = window.service.get(inburgeraar_id)
    taal = inburgeraar.voorkeurstaal if inburgeraar is not None else "nl"
    dialog = ErvaringDialog(ErvaringService(window.session), inburgeraar_id, taal or "nl", window)
    dialog.accepted.connect(lambda: window.changed.emit(inburgeraar_id))
    dialog.open()
    return dialog
