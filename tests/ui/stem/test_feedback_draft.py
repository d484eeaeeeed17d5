"""Nothing typed in the feedback or questionnaire dialog is lost: a draft is kept as it is
typed, put back when the dialog opens again (also after the app was killed), and forgotten
when saved or deliberately discarded."""

from __future__ import annotations

import ast
import signal

import pytest
from PySide6.QtCore import Qt

from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.stem.ervaring import ErvaringService
from app.stem.feedback import FeedbackService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, TODAY
from tests.support.crash_child import start_child, store_with_inburgeraar
from tests.support.stem import Dossier
from ui import unsaved
from ui.stem.ervaring_dialog import ErvaringDialog
from ui.stem.feedback_dialog import FeedbackDialog

GESPREK = {
    "datum": "20-11-2026",
    "plaats": "azc",
    "klantmanager": "Anouk Jansen",
    "sleutelpersoon_naam": "Amina Yusuf",
    "rollen": ["vertaler"],
}


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_with_the_feedback_dialog_typed_in_loses_nothing(
    location: StoreLocation, qtbot
) -> None:  # type: ignore[no-untyped-def]
    inburgeraar_id = store_with_inburgeraar(location)
    first = unlock(location, PASSPHRASE)
    gesprek_id = GesprekService(IntakeService(first, today=TODAY), today=TODAY).add_gesprek(
        inburgeraar_id, GESPREK
    )
    first.close()
    child = start_child("tests.ui.stem.feedback_crash_child", location, gesprek_id)
    last = ""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, value = line.rstrip("\n").split(" ", 1)
            last = ast.literal_eval(value)
            if kind == "LAST":
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    session = unlock(location, PASSPHRASE)
    try:
        assert session.store.integrity_problems() == []
        dialog = FeedbackDialog(FeedbackService(session, today=TODAY), gesprek_id)
        qtbot.addWidget(dialog)
        shown = dialog.tips.toPlainText()
        assert last == "Tip versie 6" and shown == last  # up to the very last change
        assert dialog.anders.toPlainText() == "Meer tijd voor de uitleg over de leerroutes."
        assert dialog.doel.code() == "deels" and dialog.themas["uitleg"].isChecked()
        assert "teruggezet" in dialog.info.text()
    finally:
        session.close()


def test_draft_is_kept_put_back_and_forgotten_on_save(qtbot, dossier: Dossier, store) -> None:  # type: ignore[no-untyped-def]
    service = FeedbackService(store, today=TODAY)
    dialog = FeedbackDialog(service, dossier.gesprek_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.tips, "Teken de leerroutes")  # no pause: in the store at once
    dialog.deleteLater()  # gone without saving (as in a crash: no question asked)
    again = FeedbackDialog(service, dossier.gesprek_id)
    qtbot.addWidget(again)
    again.show()
    assert again.tips.toPlainText() == "Teken de leerroutes" and again.info.isVisible()
    again.doel.set_code("ja")
    again.vrij.set_code("ja")
    qtbot.mouseClick(again.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Bewaren
    assert again.result() == again.DialogCode.Accepted
    third = FeedbackDialog(service, dossier.gesprek_id)
    qtbot.addWidget(third)
    assert not third.restored and third.tips.toPlainText() == "Teken de leerroutes"  # saved


def test_discarding_forgets_and_a_restored_draft_asks_before_closing(
    qtbot, dossier: Dossier, store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    service = ErvaringService(store, today=TODAY)
    dialog = ErvaringDialog(service, dossier.inburgeraar_id, "ti")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.aanbieder.setEditText("Taalschool De Brug")
    qtbot.keyClicks(dialog.toelichting, "Zij wil meer lessen")
    dialog.deleteLater()
    asked: list[str] = []
    monkeypatch.setattr(unsaved, "ask", lambda _w: asked.append("?") or unsaved.DISCARD)
    again = ErvaringDialog(service, dossier.inburgeraar_id, "ti")
    qtbot.addWidget(again)
    again.show()
    assert again.toelichting.toPlainText() == "Zij wil meer lessen"
    assert again.aanbieder.currentText() == "Taalschool De Brug"
    again.reject()  # nothing changed since it opened, but the draft is unsaved: it asks
    assert asked == ["?"]
    third = ErvaringDialog(service, dossier.inburgeraar_id, "ti")
    qtbot.addWidget(third)
    assert third.toelichting.toPlainText() == "" and not third.restored  # discarded: forgotten
