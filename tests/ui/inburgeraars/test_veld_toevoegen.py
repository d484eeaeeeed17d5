"""Adding a register field is one catalogue entry plus a migration: the UI's side. The test-only
field 'Huisarts' (tests/app/inburgeraars/extra_veld.py) shows up as a list column, a row in the
dialog's Contact tab that saves what is typed, and a line in the detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from app.inburgeraars.model import waarde
from app.session import Session
from tests.conftest import TODAY, valid_form
from ui.inburgeraars.detail_pane import DetailPane
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.inburgeraars.table_model import InburgeraarTableModel


def test_the_new_field_is_a_list_column(session_met_huisarts: Session) -> None:
    service = session_met_huisarts.inburgeraars
    service.save(valid_form(huisarts="Dr. Jansen"), TODAY)
    model = InburgeraarTableModel(service)
    model.reload()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[-1] == "Huisarts"
    assert headers[:2] == ["Naam", "Geboortedatum"]  # the others stay where they were
    assert model.data(model.index(0, len(headers) - 1)) == "Dr. Jansen"
    # the columns that were there keep their widths; the new last one stretches
    assert model.column_widths() == (180, 118, 95, 100, 125, 110, 100)


def test_the_dialog_has_the_new_field_and_saves_it(qtbot, session_met_huisarts: Session) -> None:  # type: ignore[no-untyped-def]
    service = session_met_huisarts.inburgeraars
    saved = service.save(valid_form(huisarts="Dr. Jansen"), TODAY)
    dialog = InburgeraarDialog(service, saved, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.fields["huisarts"].editor
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Dr. Jansen" and editor.placeholderText() == "naam en plaats"
    contact = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Contact")
    assert dialog.tabs.widget(contact).isAncestorOf(editor)
    editor.clear()
    qtbot.keyClicks(editor, "Dr. de Vries")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved.id is not None
    again = service.get(saved.id)
    assert again is not None and waarde(again, "huisarts") == "Dr. de Vries"


def test_the_detail_pane_shows_the_new_field(qtbot, session_met_huisarts: Session) -> None:  # type: ignore[no-untyped-def]
    service = session_met_huisarts.inburgeraars
    saved = service.save(valid_form(huisarts="Dr. Jansen", telefoon="0543 123456"), TODAY)
    pane = DetailPane(service)
    qtbot.addWidget(pane)
    pane.show_inburgeraar(saved.id)
    texts = [label.text() for label in pane.findChildren(QLabel)]
    assert "Dr. Jansen" in texts
    assert texts.index("Huisarts") > texts.index("Telefoon")  # in its group, after the others
