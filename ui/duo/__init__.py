"""The DUO part of the window: "Gegevens DUO ophalen" and "Resultaten aan DUO melden" for the
selected inburgeraar, and "Nieuw van DUO" (new inburgeraars DUO notified, to take in).

`install(shell)` adds the action (menu Inburgeraar); the dialog asks DUO through the regional
server in an op and shows DUO's facts next to the dossier's (ui/duo/ophalen_dialog.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from app.security.roles import Permission, may
from app.session import Session
from ui.shell import Shell


def _tr(text: str) -> str:
    return QCoreApplication.translate("ui.duo", text)


@dataclass
class DuoPart:
    action: QAction
    melden: QAction
    nieuw: QAction | None = None
    dialogs: list[object] = field(default_factory=list)  # the open dialog (tests look it up)


def install(shell: Shell) -> DuoPart:
    action = shell.add_action(
        _tr("Gegevens DUO ophalen…"),
        lambda: open_ophalen(shell),
        tooltip=_tr("Vraag via de regionale server op wat DUO nu over deze inburgeraar weet"),
        name="duo_ophalen",
    )
    action.setEnabled(may(shell.session, Permission.DOSSIER_LEZEN))
    melden = shell.add_action(
        _tr("Resultaten aan DUO melden…"),
        lambda: open_resultaten(shell),
        tooltip=_tr(
            "Markeer gevolgde uren of de contactpersoon als gereed; zie wat DUO antwoordde"
        ),
        name="duo_resultaten",
    )
    melden.setEnabled(may(shell.session, Permission.DOSSIER_LEZEN))
    nieuw = shell.add_action(
        _tr("Nieuw van DUO…"),
        lambda: open_aanmeldingen(shell),
        tooltip=_tr("Nieuwe inburgeraars die DUO meldde en die nog niet in het register staan"),
        name="duo_aanmeldingen",
    )
    nieuw.setEnabled(may(shell.session, Permission.DOSSIER_LEZEN))
    return shell.parts.put(DuoPart(action, melden, nieuw))


def open_aanmeldingen(shell: Shell) -> None:
    from ui.duo.aanmeldingen_dialog import DuoAanmeldingenDialog

    parent = shell if isinstance(shell, QWidget) else None
    dialog = DuoAanmeldingenDialog(shell.session, parent)
    shell.parts.need(DuoPart).dialogs[:] = [dialog]
    dialog.show()


def open_ophalen(shell: Shell) -> None:
    from ui.duo.ophalen_dialog import DuoOphalenDialog

    dialog = _open(shell, DuoOphalenDialog)
    if dialog is not None:
        dialog.start()


def open_resultaten(shell: Shell) -> None:
    from ui.duo.resultaten_dialog import DuoResultatenDialog

    _open(shell, DuoResultatenDialog)


D = TypeVar("D", bound=QDialog)


def _open(shell: Shell, make: Callable[[Session, str, QWidget | None], D]) -> D | None:
    """The DUO dialog *make* for the current inburgeraar, shown; None (and a word in the status
    bar) when none is chosen."""
    inburgeraar_id = shell.current_inburgeraar()
    if inburgeraar_id is None:
        shell.statusBar().showMessage(_tr("Kies eerst een inburgeraar in de lijst."), 5000)
        return None
    parent = shell if isinstance(shell, QWidget) else None
    dialog = make(shell.session, inburgeraar_id, parent)
    shell.parts.need(DuoPart).dialogs[:] = [dialog]
    dialog.show()
    return dialog
