"""Qt's own texts in Dutch: standard buttons and dialogs (qtbase_nl.qm from PySide6)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.application import install_dutch


def test_standard_buttons_read_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_dutch(app)
    assert translator is not None, "qtbase_nl.qm must ship with PySide6"
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        qtbot.addWidget(buttons)
        texts = {b.text().replace("&", "") for b in buttons.buttons()}
        assert texts == {"Opslaan", "Annuleren", "Sluiten"}
    finally:
        app.removeTranslator(translator)
