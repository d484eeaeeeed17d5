from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog


def line(dialog: InburgeraarDialog, name: str) -> QLineEdit:
    editor = dialog.fields[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def fill_valid(qtbot, dialog: InburgeraarDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(line(dialog, "voornamen"), "Yonas")
    qtbot.keyClicks(line(dialog, "achternaam"), "Haile")
    qtbot.keyClicks(line(dialog, "geboortedatum"), "02-05-1990")
    dialog._combo("geslacht").set_code("M")
    dialog._combo("doelgroep").set_code("Asielstatushouder")
    dialog._combo("land_herkomst").set_code("ER")
    dialog._combo("voorkeurstaal").set_code("ti")
    dialog._combo("gemeentecode").set_code("0294")
    row = dialog.talen[0]
    row.taal.set_code("ti")
    row.niveau.set_code("moedertaal")


def save_button(dialog: InburgeraarDialog):  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def test_invalid_input_shows_messages_and_stores_nothing(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_valid(qtbot, dialog)
    qtbot.keyClicks(line(dialog, "bsn"), "123456789")
    qtbot.keyClicks(line(dialog, "postcode"), "7101")
    line(dialog, "geboortedatum").clear()
    qtbot.keyClicks(line(dialog, "geboortedatum"), "31-02-1990")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "elfproef" in dialog.fields["bsn"].error.text()
    assert dialog.fields["bsn"].error.isVisible()
    assert "postcode" in dialog.fields["postcode"].error.text()
    assert "bestaat niet" in dialog.fields["geboortedatum"].error.text()
    assert not dialog.fields["voornamen"].error.isVisible()
    assert "3 velden kloppen niet" in dialog.message.text()
    assert inburgeraars.total() == 0


def test_valid_input_is_saved_and_signalled(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_valid(qtbot, dialog)
    qtbot.keyClicks(line(dialog, "bsn"), "111222333")
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    saved = inburgeraars.get(blocker.args[0])
    assert saved is not None and saved.naam == "Yonas Haile" and saved.bsn == "111222333"
    assert [t.code for t in saved.talen] == ["ti"]
    assert not dialog.isVisible()


def test_duplicate_bsn_names_the_existing_person(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import valid_form

    inburgeraars.save(valid_form(bsn="111222333"), TODAY)
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_valid(qtbot, dialog)
    qtbot.keyClicks(line(dialog, "bsn"), "111222333")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert "Selam Tesfamariam" in dialog.fields["bsn"].error.text()
    assert inburgeraars.total() == 1


def test_edit_loads_and_updates(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import valid_form

    inburgeraar = inburgeraars.save(valid_form(), TODAY)
    dialog = InburgeraarDialog(inburgeraars, inburgeraar, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert line(dialog, "geboortedatum").text() == "14-03-1995"
    assert line(dialog, "postcode").text() == "7101 AB"
    assert dialog._combo("land_herkomst").code() == "ER"
    assert len(dialog.talen) == 2
    line(dialog, "woonplaats").clear()
    qtbot.keyClicks(line(dialog, "woonplaats"), "Aalten")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert inburgeraars.get(inburgeraar.id or "").woonplaats == "Aalten"  # type: ignore[union-attr]


def test_typing_a_country_selects_it(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    qtbot.addWidget(dialog)
    combo = dialog._combo("land_herkomst")
    combo.setEditText("Syrië (SY)")
    assert combo.code() == "SY"
    combo.setEditText("Narnia")
    assert combo.code() == "Narnia"  # validation will refuse it with a message
