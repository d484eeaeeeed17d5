"""Crash drafts of intake answers, driven with real widgets: every keystroke is in the store
before the save-after-pause, a saved answer forgets its draft, and a window opened on a draft
left behind (the app was killed) saves it, or shows it typed with the reason when it is no
valid answer yet. The SIGKILL itself is in test_intake_crash.py."""

from __future__ import annotations

import pytest

from app.concepten import InvoerConcepten
from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from tests.conftest import TODAY, valid_form
from ui.intake.window import IntakeWindow


@pytest.fixture
def service(inburgeraars: InburgeraarService) -> IntakeService:
    return IntakeService(inburgeraars.session, today=TODAY)


@pytest.fixture
def inburgeraar_id(inburgeraars: InburgeraarService) -> str:
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id
    return inburgeraar.id


def drafts_of(service: IntakeService, inburgeraar_id: str) -> dict[str, object]:
    return InvoerConcepten(service.session, "intake", inburgeraar_id).alle(f"{inburgeraar_id}/")


def open_window(qtbot, service: IntakeService, inburgeraar_id: str) -> IntakeWindow:  # type: ignore[no-untyped-def]
    window = IntakeWindow(service, inburgeraar_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_keystroke_is_a_draft_until_the_pause_saves_it(
    qtbot, service: IntakeService, inburgeraar_id: str
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("werk", "werk.ambitie")
    editor = window.page("werk").editor("werk.ambitie")
    editor.focus_widget().setFocus()
    qtbot.keyClicks(editor.focus_widget(), "Kok")
    assert editor.timer.isActive()  # type: ignore[attr-defined]  # the answer is not saved yet
    assert "werk.ambitie" not in service.stored_answers(inburgeraar_id)
    assert drafts_of(service, inburgeraar_id) == {"werk.ambitie": "Kok"}  # but typed is kept
    with qtbot.waitSignal(window.saved, timeout=3000):
        pass  # the real pause
    assert service.stored_answers(inburgeraar_id)["werk.ambitie"] == "Kok"
    assert drafts_of(service, inburgeraar_id) == {}


def test_a_number_field_keeps_its_typing_without_leaving_the_field(
    qtbot, service: IntakeService, inburgeraar_id: str
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("opleiding", "opleiding.jaren_onderwijs")
    editor = window.page("opleiding").editor("opleiding.jaren_onderwijs")
    qtbot.keyClicks(editor.focus_widget(), "12")  # saved only on Enter or leaving the field
    assert "opleiding.jaren_onderwijs" not in service.stored_answers(inburgeraar_id)
    assert drafts_of(service, inburgeraar_id) == {"opleiding.jaren_onderwijs": "12"}
    window.deleteLater()  # gone without closing (as in a crash: nothing flushed)
    again = open_window(qtbot, service, inburgeraar_id)
    assert service.stored_answers(inburgeraar_id)["opleiding.jaren_onderwijs"] == 12
    assert "teruggezet" in again.indicator.text()
    assert drafts_of(service, inburgeraar_id) == {}


def test_a_draft_that_is_no_valid_answer_comes_back_typed_with_the_reason(
    qtbot, service: IntakeService, inburgeraar_id: str
) -> None:  # type: ignore[no-untyped-def]
    InvoerConcepten(service.session, "intake", inburgeraar_id).bewaar(
        f"{inburgeraar_id}/opleiding.jaren_onderwijs", "12 jaar"
    )
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("opleiding", "opleiding.jaren_onderwijs")
    page = window.page("opleiding")
    editor = page.editor("opleiding.jaren_onderwijs")
    assert editor.raw() == "12 jaar" and editor.typing()  # the typing is there, not lost
    assert page.rows["opleiding.jaren_onderwijs"].field.error.text()  # why not saved
    assert "opleiding.jaren_onderwijs" not in service.stored_answers(inburgeraar_id)
    assert drafts_of(service, inburgeraar_id) == {"opleiding.jaren_onderwijs": "12 jaar"}
    editor.focus_widget().clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.focus_widget(), "12")
    editor.flush()
    assert service.stored_answers(inburgeraar_id)["opleiding.jaren_onderwijs"] == 12
    assert drafts_of(service, inburgeraar_id) == {}


def test_a_draft_older_than_a_colleagues_answer_waits_in_its_field(
    qtbot, service: IntakeService, inburgeraar_id: str
) -> None:  # type: ignore[no-untyped-def]
    """The app stopped with typing in a field; then a sync brought a colleague's answer to the
    same question. Neither is lost: the stored answer stays, the typing waits, unsaved."""
    InvoerConcepten(service.session, "intake", inburgeraar_id).bewaar(
        f"{inburgeraar_id}/werk.ambitie", "Kok (mijn tekst)"
    )
    service.save_answer(inburgeraar_id, "werk.ambitie", "Bakker (van een collega)")
    window = open_window(qtbot, service, inburgeraar_id)
    window.go_to("werk", "werk.ambitie")
    page = window.page("werk")
    editor = page.editor("werk.ambitie")
    assert service.stored_answers(inburgeraar_id)["werk.ambitie"] == "Bakker (van een collega)"
    assert editor.raw() == "Kok (mijn tekst)" and editor.typing()
    why = page.rows["werk.ambitie"].field.error.text()
    assert "collega" in why and "Bakker (van een collega)" in why  # the other, to choose
    assert drafts_of(service, inburgeraar_id) == {"werk.ambitie": "Kok (mijn tekst)"}
    qtbot.wait(900)  # longer than the save-after-pause: nothing is saved by itself
    assert service.stored_answers(inburgeraar_id)["werk.ambitie"] == "Bakker (van een collega)"
    editor.flush()  # the officer leaves the field: the typing is the answer now
    assert service.stored_answers(inburgeraar_id)["werk.ambitie"] == "Kok (mijn tekst)"
    assert drafts_of(service, inburgeraar_id) == {}
