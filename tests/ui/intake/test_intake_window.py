"""The intake wizard driven with real widgets: a full intake, keyboard use, jumps, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from tests.conftest import TODAY, valid_form
from tests.support.intake_data import COMPLETE
from ui.intake.editors import ChoiceEditor, LongTextEditor, MultiEditor, _LineEditor
from ui.intake.summary import CloseDialog, SummaryDialog
from ui.intake.window import IntakeWindow
from ui.main_window import MainWindow


@pytest.fixture
def service(inburgeraars: InburgeraarService) -> IntakeService:
    return IntakeService(inburgeraars.session, today=TODAY)


@pytest.fixture
def inburgeraar_id(inburgeraars: InburgeraarService) -> str:
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id
    return inburgeraar.id


def open_window(qtbot, service: IntakeService, inburgeraar_id: str) -> IntakeWindow:  # type: ignore[no-untyped-def]
    window = IntakeWindow(service, inburgeraar_id)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def give(qtbot, window: IntakeWindow, qid: str, value: object) -> None:  # type: ignore[no-untyped-def]
    """Answer like an officer: type text, pick from a combo, tick boxes."""
    section = window.definition.section_of(qid)
    assert section is not None
    if window.current_section() != section.id:
        window.go_to(section.id, qid)
    editor = window.page(section.id).editor(qid)
    assert editor.isVisibleTo(window), f"{qid} is hidden"
    with qtbot.waitSignal(window.saved, timeout=2000):
        if isinstance(editor, ChoiceEditor):
            code = (
                {True: "ja", False: "nee"}.get(value, value) if isinstance(value, bool) else value
            )
            editor.combo.setFocus()
            editor.combo.setCurrentIndex(editor.combo.findData(code))
        elif isinstance(editor, MultiEditor):
            assert isinstance(value, list)
            for code in value:
                editor.boxes[code].setFocus()
                qtbot.keyClick(editor.boxes[code], Qt.Key.Key_Space)
        elif isinstance(editor, LongTextEditor):
            qtbot.keyClicks(editor.edit, str(value))  # saved after the typing pause
        else:
            assert isinstance(editor, _LineEditor)
            text = str(value)
            if qid == "lbt.datum":
                text = "02-10-2026"
            editor.edit.setFocus()
            qtbot.keyClicks(editor.edit, text)
            qtbot.keyClick(editor.edit, Qt.Key.Key_Return)


def test_full_intake_through_the_wizard(qtbot, service: IntakeService, inburgeraar_id: str) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    assert window.current_section() == "taal"
    for qid, value in COMPLETE.items():
        give(qtbot, window, qid, value)
        assert "Opgeslagen" in window.indicator.text()
    # Every answer is in the store, not just in the window.
    fresh = IntakeService(service.session, today=TODAY)
    assert fresh.answers(inburgeraar_id) == COMPLETE
    assert window.missing.count() == 1  # "Alles wat nodig is, is ingevuld."
    assert window.sidebar.item(0).text().startswith("✓")
    dialog = window.close_intake()
    assert isinstance(dialog, CloseDialog)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert fresh.info(inburgeraar_id).status == "afgerond"  # type: ignore[union-attr]


def test_follow_up_question_appears_when_its_condition_holds(
    qtbot, service, inburgeraar_id
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("gezin")
    page = window.page("gezin")
    assert "gezin.vve_informatie" not in page.visible_ids()
    give(qtbot, window, "gezin.kinderen", True)
    assert "gezin.vve_informatie" in page.visible_ids()
    give(qtbot, window, "gezin.kinderen", False)
    assert "gezin.vve_informatie" not in page.visible_ids()


def test_wrong_input_shows_a_message_and_stores_nothing(qtbot, service, inburgeraar_id) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    give(qtbot, window, "lbt.afgenomen", "ja")
    editor = window.page("leerbaarheidstoets").editor("lbt.score_behaald")
    assert isinstance(editor, _LineEditor)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "veel")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    row = window.page("leerbaarheidstoets").rows["lbt.score_behaald"]
    assert "geheel getal" in row.field.error.text()
    assert "Niet opgeslagen" in window.indicator.text()
    assert "lbt.score_behaald" not in service.stored_answers(inburgeraar_id)


def test_text_is_saved_after_a_short_pause_without_leaving_the_field(
    qtbot, service, inburgeraar_id
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("werk")
    editor = window.page("werk").editor("werk.ambitie")
    assert isinstance(editor, LongTextEditor)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "Kapper worden")
    assert editor.edit.hasFocus()
    qtbot.waitUntil(lambda: "werk.ambitie" in service.stored_answers(inburgeraar_id), timeout=3000)
    assert service.stored_answers(inburgeraar_id)["werk.ambitie"] == "Kapper worden"


def test_keyboard_only_tab_order_and_focus_on_first_open_question(
    qtbot, service, inburgeraar_id
) -> None:  # type: ignore[no-untyped-def]
    service.save_answer(inburgeraar_id, "werk.ervaring", "Bakker")
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("werk")
    page = window.page("werk")
    # werk.ervaring is answered: focus lands on the next open question
    assert QApplication.focusWidget() is page.editor("werk.ervaring_nl").focus_widget()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor("werk.huidig_werk").focus_widget()
    combo = page.editor("werk.huidig_werk").focus_widget()
    with qtbot.waitSignal(window.saved):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Ja"
    assert service.stored_answers(inburgeraar_id)["werk.huidig_werk"] is True
    # the follow-up question appeared and is next in the tab order
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor("werk.uren_per_week").focus_widget()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "gezondheid"


def test_missing_item_jumps_to_its_question(qtbot, service, inburgeraar_id) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    items = [window.missing.item(i) for i in range(window.missing.count())]
    target = next(i for i in items if "Belastbaarheid" in i.text())
    window.missing.setCurrentItem(target)
    window.missing.setFocus()
    qtbot.keyClick(window.missing, Qt.Key.Key_Return)
    assert window.current_section() == "gezondheid"
    page = window.page("gezondheid")
    assert QApplication.focusWidget() is page.editor("gezondheid.belastbaarheid").focus_widget()


def test_close_incomplete_needs_reason(qtbot, service, inburgeraar_id) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    dialog = window.close_intake()
    assert isinstance(dialog, CloseDialog)
    qtbot.addWidget(dialog)
    # what is missing is listed above; without a reason the dialog asks only for the reason
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Nog niet ingevuld" in labels
    dialog.submit()
    assert dialog.error.text() == "Schrijf waarom u de intake toch afrondt."  # the list is above
    assert service.info(inburgeraar_id).status == "open"  # type: ignore[union-attr]
    qtbot.keyClicks(dialog.reason, "Inburgeraar verhuist; intake gaat mee.")
    dialog.submit()
    info = service.info(inburgeraar_id)
    assert info is not None and info.status == "afgerond"
    assert info.afgerond_reden == "Inburgeraar verhuist; intake gaat mee."


def test_summary_is_read_only_and_grouped(qtbot, service, inburgeraar_id) -> None:  # type: ignore[no-untyped-def]
    for qid, value in COMPLETE.items():
        service.save_answer(inburgeraar_id, qid, value)
    dialog = SummaryDialog(service, inburgeraar_id)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert dialog.browser.isReadOnly()
    assert (
        text.index("Leerbaarheidstoets") < text.index("B1-route haalbaar") < text.index("Opleiding")
    )
    assert "02-10-2026" in text
    assert "Status: in uitvoering" in text


def test_gesprek_and_signaal_panels(qtbot, service, inburgeraar_id) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    panel = window.gesprekken_panel
    window.side.setCurrentWidget(panel)
    panel.add()
    assert "Kies waar" in panel.error.text()
    panel.plaats.set_code("huisbezoek")
    qtbot.keyClicks(panel.sleutelpersoon.edit, "Amina Yusuf")
    panel.rollen["vertaler"].setFocus()
    qtbot.keyClick(panel.rollen["vertaler"], Qt.Key.Key_Space)
    panel.zonder_partner.setChecked(True)
    qtbot.keyClicks(panel.notitie, "Uitleg over de route.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == ""
    assert "Huisbezoek" in panel.list.item(0).text()
    assert "sleutelpersoon Amina Yusuf (vertaler)" in panel.list.item(0).text()
    panel.add_note()
    assert "Kies eerst een gesprek" in panel.error.text()
    panel.list.setCurrentRow(0)
    qtbot.keyClicks(panel.notitie, "Later gebeld over kinderopvang.")
    panel.add_note()
    assert "– Later gebeld over kinderopvang." in panel.list.item(0).text()
    signalen = window.signalen_panel
    window.side.setCurrentWidget(signalen)
    qtbot.keyClicks(signalen.tekst, "Zorgen om de huur.")
    qtbot.mouseClick(signalen.add_button, Qt.MouseButton.LeftButton)
    assert "Zorgen om de huur." in signalen.list.item(0).text()


def test_main_window_intake_action_and_resume_offer(
    qtbot, inburgeraars: InburgeraarService, inburgeraar_id: str, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert not window.intake.resume_bar.isVisibleTo(window)
    window.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    intake = window.intake.open_windows[inburgeraar_id]
    qtbot.addWidget(intake)
    give(qtbot, intake, "gezin.partner", "geen")
    # The process "dies" here: the window is never closed. The next start offers to resume.
    again = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(again)
    again.show()
    assert again.intake.resume_bar.isVisibleTo(again)
    assert "Selam Tesfamariam" in again.intake.resume_label.text()
    resumed = again.intake.resume()
    assert resumed is not None
    qtbot.addWidget(resumed)
    assert resumed.current_section() == "gezin"
    assert IntakeService(inburgeraars.session).interrupted() == [inburgeraar_id]
    resumed.close()  # closed normally: no offer next time
    assert IntakeService(inburgeraars.session).interrupted() == []


def test_intake_action_without_selection_says_so(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    assert window.intake.open(None) is None
    assert "Kies eerst" in window.statusBar().currentMessage()


def test_closing_the_main_window_closes_open_intakes(
    qtbot, inburgeraars: InburgeraarService, inburgeraar_id: str, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    intake = window.intake.open(inburgeraar_id)
    assert intake is not None
    qtbot.addWidget(intake)
    editor = intake.page("werk").editor("werk.ambitie")
    intake.go_to("werk")
    qtbot.keyClicks(editor.edit, "Lasser")  # type: ignore[attr-defined]
    window.close()  # before the typing pause ends
    assert not intake.isVisible()
    assert (
        IntakeService(inburgeraars.session).stored_answers(inburgeraar_id)["werk.ambitie"]
        == "Lasser"
    )
    assert IntakeService(inburgeraars.session).interrupted() == []
