"""Defect 1 of issue 15: acting on the wrong person. The selection is the one source of truth for
the current inburgeraar; the detail pane and every action follow it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.inburgeraars.service import InburgeraarService
from tests.conftest import valid_form
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.main_window import MainWindow


def _people(inburgeraars: InburgeraarService) -> dict[str, str]:
    ids = {}
    for first, last, bsn, vnr in (
        ("Reem", "Aziz", "", ""),
        ("Omar", "Haddad", "", "9912345679"),
        ("Liya", "Tesfay", "", "9912345680"),
    ):
        form = valid_form(voornamen=first, achternaam=last, bsn=bsn, v_nummer=vnr)
        ids[first] = str(inburgeraars.save(form).id)
    return ids


def _window(qtbot, inburgeraars: InburgeraarService, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type in the search field and wait for the search, which runs off the GUI thread."""
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: window.model.filter == window.current_filter(), timeout=5000)
    qtbot.wait(50)  # the selection is restored in the same event as the rows


def _press(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """The shortcut as the officer types it, on the register list."""
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)


def _fill_new(dialog: InburgeraarDialog) -> None:
    form = valid_form()  # Selam Tesfamariam
    for name in ("voornamen", "achternaam", "geboortedatum", "bsn"):
        dialog._line(name).setText(form[name])
    for name in ("geslacht", "doelgroep", "land_herkomst", "voorkeurstaal", "gemeentecode"):
        dialog._combo(name).set_code(form[name])
    dialog.talen[0].taal.set_code("ti")
    dialog.talen[0].niveau.set_code("moedertaal")


def _dialogs(window: MainWindow) -> list[InburgeraarDialog]:
    return [d for d in window.findChildren(InburgeraarDialog) if d.isVisible()]


def test_saved_new_person_becomes_the_selection_and_every_action_follows(  # type: ignore[no-untyped-def]
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:
    """The exact scenario of the issue: search 'reem', select Reem Aziz, Ctrl+N, save."""
    ids = _people(inburgeraars)
    window = _window(qtbot, inburgeraars, data_dir)
    _search(qtbot, window, "reem")
    assert [r.naam for r in window.model.rows] == ["Reem Aziz"]
    window.table.setFocus()
    window.select(ids["Reem"])
    assert window.detail.inburgeraar is not None and window.detail.inburgeraar.naam == "Reem Aziz"

    _press(qtbot, window, Qt.Key.Key_N)
    (dialog,) = _dialogs(window)
    assert dialog.windowTitle() == "Nieuwe inburgeraar"
    _fill_new(dialog)
    dialog.submit()
    new_id = window.detail.inburgeraar.id if window.detail.inburgeraar else None
    assert new_id not in (None, ids["Reem"])
    # The list, the pane and the actions all point at the new person; the filter was cleared.
    assert window.search.text() == ""
    assert window.selected_id() == new_id
    assert (
        window.detail.inburgeraar is not None
        and window.detail.inburgeraar.naam == "Selam Tesfamariam"
    )
    assert "Selam Tesfamariam" in window.statusBar().currentMessage()

    _press(qtbot, window, Qt.Key.Key_E)
    (edit,) = _dialogs(window)
    assert edit.inburgeraar is not None and edit.inburgeraar.id == new_id
    assert edit.windowTitle() == "Bewerken – Selam Tesfamariam"
    edit.reject()

    _press(qtbot, window, Qt.Key.Key_I)
    intake = window.intake.open_windows.get(str(new_id))
    assert intake is not None, "Ctrl+I must open the intake of the selected (new) person"
    assert list(window.intake.open_windows) == [new_id]
    assert "Selam Tesfamariam" in intake.windowTitle()
    # Reem's dossier was not touched.
    reem = inburgeraars.get(ids["Reem"])
    assert reem is not None and reem.status == "aangemeld"
    intake.close()


def test_search_that_hides_the_selected_row_clears_pane_and_actions(  # type: ignore[no-untyped-def]
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:
    ids = _people(inburgeraars)
    window = _window(qtbot, inburgeraars, data_dir)
    window.select(ids["Omar"])
    assert window.detail.inburgeraar is not None and window.detail.inburgeraar.naam == "Omar Haddad"
    _search(qtbot, window, "reem")
    assert window.selected_id() is None
    assert window.detail.inburgeraar is None
    assert window.edit_inburgeraar() is None
    assert "Kies eerst" in window.statusBar().currentMessage()
    assert window.intake.open(window.selected_id()) is None
    # Typing more that still lists the selected person keeps them selected.
    window.search.clear()
    window.select(ids["Liya"])
    _search(qtbot, window, "liy")
    assert window.selected_id() == ids["Liya"]
    assert window.detail.inburgeraar is not None and window.detail.inburgeraar.id == ids["Liya"]


def test_editing_keeps_the_person_selected_under_a_filter_that_still_lists_them(  # type: ignore[no-untyped-def]
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:
    ids = _people(inburgeraars)
    window = _window(qtbot, inburgeraars, data_dir)
    _search(qtbot, window, "omar")
    window.select(ids["Omar"])
    dialog = window.edit_inburgeraar()
    assert dialog is not None and dialog.windowTitle() == "Bewerken – Omar Haddad"
    dialog._line("telefoon").setText("0543 999999")
    dialog.submit()
    assert window.search.text() == "omar"
    assert window.selected_id() == ids["Omar"]
    assert (
        window.detail.inburgeraar is not None and window.detail.inburgeraar.telefoon == "0543999999"
    )
    assert window.statusBar().currentMessage() == "Opgeslagen: Omar Haddad"
    QApplication.processEvents()


def test_down_from_search_enters_the_list_and_enter_opens_the_row(  # type: ignore[no-untyped-def]
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:
    _people(inburgeraars)
    window = _window(qtbot, inburgeraars, data_dir)
    window.search.setFocus()
    _search(qtbot, window, "omar")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.selected_name() == "Omar Haddad"
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    (dialog,) = _dialogs(window)
    assert dialog.windowTitle() == "Bewerken – Omar Haddad"
    dialog.reject()
