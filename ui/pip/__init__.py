"""PIP editor and the Termijnen view; `install(window)` plugs both into the main window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from app.changes import Changes, RegisterChanged, TermijnenChanged, any_of, inburgeraar_ids
from app.security.roles import Permission, may
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pip.editor import PipEditor
    from ui.pip.termijnen import TermijnenView


@dataclass
class PipPart:
    """The PIP part's handles: its action, the Termijnen view (None without the right) and the
    open editors per inburgeraar."""

    action: QAction
    termijnen: TermijnenView | None = None
    editors: dict[str, PipEditor] = field(default_factory=dict)


def install(window: MainWindow) -> PipPart:
    from ui.pip.launch import open_pip_editor
    from ui.pip.termijnen import TermijnenView

    action = window.add_action(
        translate("pip", "PIP"),
        lambda: open_pip_editor(window),
        shortcut="Ctrl+P",
        name="pip_openen",
        toolbar=True,
    )
    part = window.parts.put(PipPart(action))
    if not may(window.session, Permission.DOSSIER_LEZEN):
        note = QLabel(translate("pip", "Uw rol geeft geen toegang tot de termijnen van dossiers."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        window.add_tab(note, translate("pip", "Termijnen"))
        return part
    view = TermijnenView(window.session)
    view.open_inburgeraar.connect(lambda cid: _open_dossier(window, cid))
    window.broadcast.subscribe(view, lambda items: _refresh_on(view, items))
    window.add_tab(view, translate("pip", "Termijnen"))
    part.termijnen = view
    return part


def _refresh_on(view: TermijnenView, items: Changes) -> None:
    """Deadlines follow personal data, the PIP and the register."""
    if any_of(items, RegisterChanged, TermijnenChanged):
        view.refresh()
    else:
        for inburgeraar_id in sorted(
            inburgeraar_ids(items)
        ):  # only the saved people are recomputed
            view.refresh(inburgeraar_id)


def _open_dossier(window: MainWindow, inburgeraar_id: str) -> None:
    """Show the person in the register and open the PIP editor for them."""
    from ui.pip.launch import open_pip_editor

    window.tabs.setCurrentIndex(0)
    window.search.clear()
    window.select(inburgeraar_id)
    open_pip_editor(window, inburgeraar_id)
