"""Defect 2 of issue 15: Esc threw away typed text. Every dialog with unsaved input asks the same
question on Esc, the close button and Ctrl+W; the intake window (saves as it goes) just closes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from app.pip.service import PipService
from tests.conftest import TODAY, valid_form
from ui import unsaved
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.intake.window import IntakeWindow
from ui.pip.editor import PipEditor


class Asked:
    def __init__(self) -> None:
        self.times = 0
        self.answer = unsaved.CANCEL

    def __call__(self, _parent: QWidget) -> str:
        self.times += 1
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[Asked]:
    answer = Asked()
    monkeypatch.setattr(unsaved, "ask", answer)
    yield answer


def _esc(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


def _ctrl_w(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        dialog.focusWidget() or dialog, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
    )


def _close_button(_qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog.close()  # what the window manager's close button does: a close event


WAYS: list[Callable[..., None]] = [_esc, _ctrl_w, _close_button]


def _shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.mark.parametrize("way", WAYS, ids=["esc", "ctrl_w", "close_button"])
def test_inburgeraar_dialog_asks_before_dropping_typed_text(
    qtbot, inburgeraars: InburgeraarService, asked: Asked, way
) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot, InburgeraarDialog(inburgeraars, today=TODAY))
    dialog._line("voornamen").setFocus()
    qtbot.keyClicks(dialog._line("voornamen"), "Yonas")
    way(qtbot, dialog)
    assert asked.times == 1
    assert dialog.isVisible(), "Annuleren keeps the dialog and what was typed"
    assert dialog._line("voornamen").text() == "Yonas"
    asked.answer = unsaved.DISCARD
    way(qtbot, dialog)
    assert asked.times == 2 and not dialog.isVisible()
    assert inburgeraars.total() == 0


def test_inburgeraar_dialog_without_input_closes_without_a_question(
    qtbot, inburgeraars: InburgeraarService, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot, InburgeraarDialog(inburgeraars, today=TODAY))
    _esc(qtbot, dialog)
    assert asked.times == 0 and not dialog.isVisible()


def test_edit_dialog_save_answer_stores_and_closes(
    qtbot, inburgeraars: InburgeraarService, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    dialog = _shown(qtbot, InburgeraarDialog(inburgeraars, inburgeraar, today=TODAY))
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog._line("telefoon").setText("0543 111111")
    asked.answer = unsaved.SAVE
    _esc(qtbot, dialog)
    assert asked.times == 1 and not dialog.isVisible()
    assert saved == [inburgeraar.id]
    again = inburgeraars.get(str(inburgeraar.id))
    assert again is not None and again.telefoon == "0543111111"


def test_save_answer_with_invalid_input_keeps_the_dialog(
    qtbot, inburgeraars: InburgeraarService, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot, InburgeraarDialog(inburgeraars, today=TODAY))
    qtbot.keyClicks(dialog._line("voornamen"), "Yonas")
    asked.answer = unsaved.SAVE
    _esc(qtbot, dialog)
    assert dialog.isVisible()
    assert "kloppen niet" in dialog.message.text()
    assert inburgeraars.total() == 0


@pytest.mark.parametrize("way", WAYS, ids=["esc", "ctrl_w", "close_button"])
def test_pip_editor_asks_the_same_question(
    qtbot, inburgeraars: InburgeraarService, asked: Asked, way
) -> None:  # type: ignore[no-untyped-def]
    inburgeraar: Inburgeraar = inburgeraars.save(valid_form(geboortedatum="14-03-1980"))
    editor = PipEditor(PipService(inburgeraars.session), inburgeraar, {}, today=TODAY)
    editor.confirm = lambda _text: True
    _shown(qtbot, editor)
    editor.route.motivering.setFocus()
    qtbot.keyClicks(editor.route.motivering, "Niet kwijtraken")
    way(qtbot, editor)
    assert asked.times == 1 and editor.isVisible()
    asked.answer = unsaved.SAVE
    way(qtbot, editor)
    assert not editor.isVisible()
    pip = PipService(inburgeraars.session).current(str(inburgeraar.id))
    assert pip is not None and pip.inhoud.route.motivering == "Niet kwijtraken"


@pytest.mark.parametrize("key", ["esc", "ctrl_w"])
def test_intake_window_closes_without_a_question(
    qtbot, inburgeraars: InburgeraarService, asked: Asked, key: str
) -> None:  # type: ignore[no-untyped-def]
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    window = IntakeWindow(IntakeService(inburgeraars.session, today=TODAY), str(inburgeraar.id))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    closed: list[str] = []
    window.closed.connect(closed.append)
    (_esc if key == "esc" else _ctrl_w)(qtbot, window)
    assert not window.isVisible()
    assert closed == [inburgeraar.id]
    assert asked.times == 0
