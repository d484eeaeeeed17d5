"""The newcomers' voice with real widgets: a signaal with theme and urgency from the intake
window, the Signalen overview (overdue first, "te laat" in words), closing asks what was done,
the key person's feedback on a gesprek, the questionnaire in the newcomer's language, and the
quarterly report made from the Stem van de nieuwkomer tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.security.roles import Role
from app.stem.ervaring import ErvaringService
from app.stem.signalen import SignaalOpvolging
from tests.conftest import TODAY
from tests.support.security import act_as
from tests.support.world import World
from ui.intake.window import IntakeWindow
from ui.stem import StemPart
from ui.stem.ervaring_dialog import ErvaringDialog
from ui.stem.signalen_view import SignalenView
from ui.stem.stem_view import StemView


def _window(qtbot, world: World) -> IntakeWindow:  # type: ignore[no-untyped-def]
    window = IntakeWindow(world.intake, world.inburgeraar_id)
    qtbot.addWidget(window)
    window.show()
    return window


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok
        if dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        else QDialogButtonBox.StandardButton.Save
    ).click()


def test_signal_from_the_intake_window_then_followed_up(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world)
    panel = window.signalen_panel
    window.side.setCurrentWidget(panel)
    panel.datum.setText("10-11-2026")
    qtbot.keyClicks(panel.tekst, "Rekeningen stapelen zich op")
    panel.thema.set_code("financien")
    panel.urgentie.set_code("hoog")
    qtbot.keyClicks(panel.actie, "Budgetcoach inschakelen")
    panel.add()
    text = panel.list.item(0).text()
    assert "[Open, te laat] Financiën, urgentie hoog" in text  # due 13-11, today 01-12
    assert "Actie: Budgetcoach inschakelen" in text
    panel.list.setCurrentRow(0)
    panel.start_button.click()
    assert panel.list.item(0).text().startswith("[In behandeling, te laat]")
    panel.list.setCurrentRow(0)
    dialog = panel.close_signal()
    assert dialog is not None
    _ok(dialog)
    assert dialog.isVisible() and "wat er is gedaan" in dialog.error.text()  # asked, not closed
    qtbot.keyClicks(dialog.wat, "Budgetcoach gebeld, afspraak gemaakt.")
    _ok(dialog)
    assert not dialog.isVisible()
    assert "Gedaan: Budgetcoach gebeld" in panel.list.item(0).text()


def test_overview_lists_overdue_first_with_te_laat_in_words(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    add = world.gesprekken.add_signaal
    add(world.inburgeraar_id, {"datum": "28-11-2026", "tekst": "Nieuw", "urgentie": "laag"})
    add(world.inburgeraar_id, {"datum": "01-11-2026", "tekst": "Oud", "thema": "wonen"})
    view = SignalenView(SignaalOpvolging(world.inburgeraars.session, today=TODAY))
    qtbot.addWidget(view)
    m = view.model
    assert [m.index(r, 5).data() for r in range(m.rowCount())] == ["Oud", "Nieuw"]
    assert m.index(0, 1).data() == "Open, te laat"
    assert m.index(1, 1).data() == "Open"
    assert "2 open, waarvan 1 te laat" in view.count.text()
    view.who.setCurrentIndex(view.who.findText("Anouk Jansen"))
    assert m.rowCount() == 2
    view.table.selectRow(0)
    dialog = view.close_signal()
    assert dialog is not None
    qtbot.keyClicks(dialog.wat, "Woningcorporatie gebeld.")
    _ok(dialog)
    assert [m.index(r, 5).data() for r in range(m.rowCount())] == ["Nieuw"]


def test_feedback_from_the_gesprek_panel(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    world.gesprekken.add_gesprek(
        world.inburgeraar_id,
        {"datum": "20-11-2026", "plaats": "azc", "sleutelpersoon_naam": "Amina Yusuf",
         "rollen": ["vertaler"]},
    )  # fmt: skip
    window = _window(qtbot, world)
    panel = window.gesprekken_panel
    panel.list.setCurrentRow(0)
    dialog = panel.feedback()
    assert dialog is not None
    _ok(dialog)
    assert "Kies ja, deels" in dialog.error.text()  # nothing chosen yet: not saved
    dialog.doel.set_code("deels")
    dialog.vrij.set_code("ja")
    dialog.themas["uitleg"].setChecked(True)
    qtbot.keyClicks(dialog.tips, "Teken de leerroutes.")
    _ok(dialog)
    assert not dialog.isVisible()
    panel.list.setCurrentRow(0)
    again = panel.feedback()
    assert again is not None and again.doel.code() == "deels"
    assert again.tips.toPlainText() == "Teken de leerroutes."


def test_questionnaire_in_the_newcomers_language(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    service = ErvaringService(world.inburgeraars.session, today=TODAY)
    dialog = ErvaringDialog(service, world.inburgeraar_id, "ar")
    qtbot.addWidget(dialog)
    dialog.onderdeel.set_code("ontzorgen")
    labels = [
        dialog.vragen.itemAt(r, dialog.vragen.ItemRole.LabelRole).widget().text()
        for r in range(dialog.vragen.rowCount())
    ]
    assert labels[0].startswith("هل يفيدك هذا؟")
    assert all("nog niet nagekeken" in label for label in labels)
    assert "rekeningen" in dialog.combos and "bereikbaar" not in dialog.combos
    dialog.taal.set_code("nl")
    assert dialog.vragen.itemAt(0, dialog.vragen.ItemRole.LabelRole).widget().text() == (
        "Heeft u er iets aan?"
    )
    dialog.aanbieder.setEditText("Gemeente, team Ontzorgen")
    dialog.combos["nuttig"].set_code("ja")
    _ok(dialog)
    assert not dialog.isVisible()
    (saved,) = service.van(world.inburgeraar_id)
    assert (saved.onderdeel, saved.periode, saved.antwoorden) == ("ontzorgen", "2026-Q4",
                                                                 {"nuttig": "ja"})  # fmt: skip


def test_report_from_the_tab_and_coordinator_side(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    act_as(world.inburgeraars.session, Role.COORDINATOR)
    view = StemView(world.inburgeraars.session)
    qtbot.addWidget(view)
    assert view.kant is not None and view.kant.rowCount() == 1
    assert view.kant.item(0, 5).text() == "nog nooit"
    view.jaar.setValue(2026)
    view.kwartaal.setValue(4)
    target = tmp_path / "rapport.pdf"
    view.export(".pdf", target)
    qtbot.waitUntil(lambda: "bewaard" in view.status.text(), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert view.pdf_button.isEnabled()


def test_open_signals_show_in_the_dossier(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGroupBox, QLabel

    from ui.inburgeraars.detail_pane import DetailPane

    add = world.gesprekken.add_signaal
    add(world.inburgeraar_id, {"datum": "01-11-2026", "tekst": "Oud", "thema": "wonen"})
    pane = DetailPane(world.inburgeraars)
    qtbot.addWidget(pane)
    pane.show_inburgeraar(world.inburgeraar_id)
    (box,) = [b for b in pane.widget().findChildren(QGroupBox) if b.title() == "Open signalen"]
    texts = [label.text() for label in box.findChildren(QLabel)]
    assert "Wonen" in texts
    assert any(t.endswith("te laat") and "Open, vóór 15-11-2026" in t for t in texts)


def test_tabs_are_built_when_first_shown(qtbot, world: World, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    world.gesprekken.add_signaal(world.inburgeraar_id, {"datum": "01-11-2026", "tekst": "Oud"})
    window = MainWindow(world.inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    part = window.parts.get(StemPart)
    assert part is not None and part.signalen_tab is not None
    tab = part.signalen_tab
    assert tab.view is None  # nothing counted at start-up
    window.tabs.setCurrentWidget(tab)
    assert isinstance(tab.view, SignalenView) and tab.view.model.rowCount() == 1
    window.changed.emit(world.inburgeraar_id)  # the broadcast refreshes a built view
    assert tab.view.model.rowCount() == 1
