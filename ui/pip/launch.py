"""Opening the PIP editor from the main window: one editor per person, raised if open."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.changes import InburgeraarChanged, PipChanged
from app.pip.prefill import intake_answers
from app.security.roles import Permission, may
from ui.i18n import translate
from ui.pip.editor import PipEditor


def open_pip_editor(window: object, inburgeraar_id: str | None = None) -> PipEditor | None:
    """Open (or raise) the PIP editor for a person; used by the menu action and Termijnen."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if not may(window.session, Permission.DOSSIER_LEZEN):
        window.statusBar().showMessage(
            translate(
                "pip.launch", "Uw rol geeft geen toegang tot de PIP. Dat doet de klantmanager."
            ),
            6000,
        )
        return None
    inburgeraar_id = inburgeraar_id or window.selected_id()
    inburgeraar = window.service.get(inburgeraar_id) if inburgeraar_id else None
    if inburgeraar is None or inburgeraar.id is None:
        window.statusBar().showMessage(
            translate("pip.launch", "Kies eerst een inburgeraar in de lijst."), 4000
        )
        return None
    from ui.pip import PipPart

    editors = window.parts.need(PipPart).editors
    existing = editors.get(inburgeraar.id)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    service = window.session.pip
    editor = PipEditor(
        service, inburgeraar, intake_answers(window.session, inburgeraar.id), parent=window
    )
    editor.support.sp_keuze.klantmanager = window.settings.klantmanager  # 'door' of a match
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.saved.connect(
        lambda cid: window.broadcast.publish([PipChanged(cid), InburgeraarChanged(cid)])
    )
    editor.destroyed.connect(lambda: editors.pop(str(inburgeraar.id), None))
    editors[inburgeraar.id] = editor
    editor.show()
    return editor
