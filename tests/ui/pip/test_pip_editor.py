"""The PIP editor driven like an officer would: advice, choice, check, sign, new version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import reference
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService
from tests.conftest import TODAY, valid_form
from tests.ui.test_screens import save
from tests.ui.visible import assert_shows
from ui.pip.editor import PipEditor
from ui.pip.termijnen import ID_ROLE

ANSWERS: dict[str, object] = {
    "lbt.afgenomen": "ja",
    "lbt.resultaat": "B1-route haalbaar",
    "lbt.score_behaald": 62,
    "lbt.score_benodigd": 50,
    "taal.alfabetisering": "gealfabetiseerd",
    "opleiding.hoogste_niveau": "mbo",
    "opleiding.wil_doorstuderen": False,
    "gezondheid.belastbaarheid": "volledig",
    "financien.bijstand": True,
    "financien.ontzorgen_nodig": True,
    "gezin.kinderopvang_nodig": True,
}


@pytest.fixture
def inburgeraar(inburgeraars: InburgeraarService) -> Inburgeraar:
    return inburgeraars.save(valid_form(geboortedatum="14-03-1980"))


def make(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar, answers=ANSWERS
) -> PipEditor:  # type: ignore[no-untyped-def]
    editor = PipEditor(PipService(inburgeraars.session), inburgeraar, answers, today=TODAY)
    editor.confirm = lambda _text: True
    editor.ask_unsaved = lambda: "discard"
    qtbot.addWidget(editor)
    editor.show()
    return editor


def fill_complete(qtbot, e: PipEditor) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(e.route.motivering, "LBT ruim boven de norm; werkte als kok.")
    qtbot.keyClicks(e.route.waarom_niet, "Te oud voor de onderwijsroute; Z vraagt te weinig.")
    e.parts.pvt_uren.setValue(12)
    e.parts.map_uren.setValue(40)
    e.support.machtiging.setChecked(True)
    qtbot.keyClicks(e.support.oz_start, "01-04-2025")


def test_advice_panel_and_prefill(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    verdict_b, reasons_b = e.advice.boxes["B"]
    assert "Past (advies)" in verdict_b.text()
    assert "62" in reasons_b.text() and "50" in reasons_b.text()
    assert "Leeftijd 46" in e.advice.boxes["O"][1].text()
    assert e.route.leerroute.code() == "B"
    assert "Kinderopvang" in e.support.randvoorwaarden.text()
    assert all(c.isChecked() for c in e.support.posten.values())
    assert "Nieuwe PIP" in e.title.text()


def test_deviating_choice_requires_a_reason(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    assert not e.route.fields["route.reden_afwijking"].isVisibleTo(e)
    e.route.leerroute.set_code("Z")
    assert e.route.fields["route.reden_afwijking"].isVisibleTo(e)
    fill_complete(qtbot, e)
    qtbot.mouseClick(e.sign_button, Qt.MouseButton.LeftButton)
    assert "afwijkt" in e.route.fields["route.reden_afwijking"].error.text() or "wijkt af" in (
        e.route.fields["route.reden_afwijking"].error.text()
    )
    pip = PipService(inburgeraars.session).current(str(inburgeraar.id))
    assert pip is not None and pip.status == "concept"  # saved, not yet for signing
    qtbot.keyClicks(e.route.reden_afwijking, "Zeer beperkt belastbaar na recente operatie.")
    qtbot.mouseClick(e.sign_button, Qt.MouseButton.LeftButton)
    pip = PipService(inburgeraars.session).current(str(inburgeraar.id))
    assert pip is not None and pip.status == "ter_ondertekening"
    assert pip.inhoud.route.reden_afwijking.startswith("Zeer beperkt")


def test_wrong_date_keeps_what_was_typed(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    qtbot.keyClicks(e.route.motivering, "Mijn motivering")
    qtbot.keyClicks(e.parts.pvt_datum, "31-02-2026")
    assert e.save() is False
    assert "bestaat niet" in e.parts.fields["pvt.datum_ondertekening"].error.text()
    assert PipService(inburgeraars.session).current(str(inburgeraar.id)) is None
    assert e.route.motivering.text() == "Mijn motivering"


def test_duo_check_before_vaststellen_then_read_only(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    fill_complete(qtbot, e)
    e.route.niveau.set_code("A2")
    e.check.dagtekening.setText("01-02-2025")  # before start plicht and vestiging
    qtbot.mouseClick(e.fix_button, Qt.MouseButton.LeftButton)
    problems = " ".join(e.check.problems())
    assert "voor de start van de inburgeringsplicht" in problems
    assert "voor de vestiging" in problems
    assert "eerste PIP" in problems
    assert e.tabs.currentWidget() is e.check
    e.route.niveau.set_code("B1")
    e.check.dagtekening.setText("01-05-2025")
    qtbot.mouseClick(e.fix_button, Qt.MouseButton.LeftButton)
    pip = PipService(inburgeraars.session).current(str(inburgeraar.id))
    assert pip is not None and pip.status == "vastgesteld" and pip.dagtekening == date(2025, 5, 1)
    assert not e.save_button.isEnabled()
    assert e.route.motivering.isReadOnly()
    assert not e.change.isHidden()


def test_new_version_and_diff(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    fill_complete(qtbot, e)
    e.check.dagtekening.setText("01-05-2025")
    e.vaststellen()
    assert e.versions[-1].status == "vastgesteld"
    e.tabs.setCurrentIndex(5)
    qtbot.mouseClick(e.change.button, Qt.MouseButton.LeftButton)
    assert e.change.fields["wijziging_reden"].error.isVisibleTo(e)
    e.change.soort.set_code("afschalen")
    qtbot.keyClicks(e.change.reden, "B1 blijkt na een jaar niet haalbaar.")
    qtbot.mouseClick(e.change.button, Qt.MouseButton.LeftButton)
    assert [v.versie for v in e.versions] == [1, 2]
    assert e.shown is not None and e.shown.versie == 2 and e.save_button.isEnabled()
    assert e.route.niveau.code() == "A2"
    e.tabs.setCurrentIndex(5)
    save(e, "pip-editor-versies")
    html = e.history.diff.toPlainText()
    assert "Afschalen" in html and "Niveau" in html and "A2" in html
    e.history.list.setCurrentRow(0)  # the first version stays readable
    assert "alleen lezen" in e.title.text() and e.route.niveau.code() == "B1"
    assert not e.save_button.isEnabled()


def test_works_without_intake(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar, answers={})
    assert e.route.leerroute.code() == ""
    assert "Mogelijk" in e.advice.boxes["B"][0].text()
    # the sentence above the cards names every route a card calls possible, no other
    summary = e.advice.summary.text()
    assert "Geen route past duidelijk" in summary
    for code, (verdict, _reasons) in e.advice.boxes.items():
        route = reference.LEERROUTES[code]
        assert (route in summary) == ("Mogelijk" in verdict.text()), (code, summary)


def test_editor_renders(qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    e.resize(1100, 760)
    save(e, "pip-editor")
    # the person, the route advice and the tabs of the plan; saving possible
    assert_shows(e, "Leerroute")
    assert e.advice.summary.isVisible() and e.advice.summary.text()
    assert [e.tabs.tabText(i) for i in range(e.tabs.count())][:1] != [""]
    assert e.save_button.isVisible() and e.save_button.isEnabled()
    e.tabs.setCurrentIndex(1)
    save(e, "pip-editor-trajecten")
    e.tabs.setCurrentIndex(2)
    save(e, "pip-editor-ondersteuning")
    e.tabs.setCurrentIndex(0)
    e.route.leerroute.set_code("Z")
    e.tabs.setCurrentIndex(4)
    save(e, "pip-editor-controle")
    e.tabs.setCurrentIndex(3)
    e.agreements.afspraken.add_row(["Selam", "Inschrijven bibliotheek", "01-06-2025"], False)
    save(e, "pip-editor-afspraken")


def test_menu_action_and_termijnen_tab(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from app.demo import seed_all
    from ui.main_window import MainWindow

    seed_all(inburgeraars.session)
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    view = window.termijnen
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=30_000)
    window.tabs.setCurrentWidget(view)
    save(window, "termijnen")
    with qtbot.waitSignal(view.loaded, timeout=30_000):  # sorted in SQL, read in an op
        view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    names = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert all(names) and all(view.proxy.index(r, 4).data() for r in range(len(names)))
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.window_days.set_code("14")
    assert all(r.dagen <= 14 for r in view.model.rows)
    index = view.proxy.index(0, 0)
    view.table.doubleClicked.emit(index)
    from ui.pip import PipPart

    editors = window.parts.need(PipPart).editors
    assert str(index.data(ID_ROLE)) in editors
    window.table.selectRow(0)
    window.pip_action.trigger()
    assert window.selected_id() in editors


def test_closing_with_changes_asks_first(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    qtbot.keyClicks(e.route.motivering, "Niet kwijtraken")
    asked: list[bool] = []
    e.ask_unsaved = lambda: asked.append(True) or "cancel"  # type: ignore[func-returns-value]
    e.close()
    assert asked and e.isVisible()
    e.ask_unsaved = lambda: "save"
    e.close()
    pip = PipService(inburgeraars.session).current(str(inburgeraar.id))
    assert pip is not None and pip.inhoud.route.motivering == "Niet kwijtraken"


def test_extensions_entered_in_the_termijnen_tab(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar
) -> None:  # type: ignore[no-untyped-def]
    e = make(qtbot, inburgeraars, inburgeraar)
    panel = e.deadlines
    e.tabs.setCurrentWidget(panel)
    assert "10-05-2025" in panel.list.toPlainText()  # 10 weeks after 01-03-2025
    qtbot.mouseClick(panel.pip_button, Qt.MouseButton.LeftButton)
    assert panel.pip_fields["reden"].error.text() == "Vul dit in."
    qtbot.keyClicks(panel.reden, "Medisch advies nodig")
    qtbot.keyClicks(panel.derde, "GGD")
    panel.gevraagd.setText("01-04-2025")  # it defaults to today; asked before it came
    qtbot.keyClicks(panel.ontvangen, "30-02-2025")
    qtbot.mouseClick(panel.pip_button, Qt.MouseButton.LeftButton)
    assert "bestaat niet" in panel.pip_fields["info_ontvangen"].error.text()
    panel.ontvangen.setText("01-05-2025")
    qtbot.mouseClick(panel.pip_button, Qt.MouseButton.LeftButton)
    assert "15-05-2025" in panel.list.toPlainText() and "GGD" in panel.list.toPlainText()
    fill_complete(qtbot, e)
    e.check.dagtekening.setText("01-05-2025")
    e.vaststellen()
    panel.weken.setValue(16)
    qtbot.keyClicks(panel.duo_reden, "Bevalling")
    qtbot.mouseClick(panel.duo_button, Qt.MouseButton.LeftButton)
    text = panel.list.toPlainText()
    assert "21-08-2028" in text and "112 dagen verlenging door DUO" in text
    save(e, "pip-editor-termijnen")


def test_a_refusal_shows_its_reason_as_plain_text(
    qtbot, inburgeraars: InburgeraarService, inburgeraar: Inburgeraar, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.pip.service import PipError

    e = make(qtbot, inburgeraars, inburgeraar)
    fill_complete(qtbot, e)
    assert e.save()

    def refuse(_pip_id: str) -> None:
        raise PipError("Iemand anders heeft <b>deze PIP</b> intussen gewijzigd.")

    monkeypatch.setattr(e.service, "ter_ondertekening", refuse)
    e.to_signing()
    shown = e.message.text()
    assert "Iemand anders heeft" in shown and "&lt;b&gt;deze PIP&lt;/b&gt;" in shown  # not markup
    assert e.versions[-1].status == "concept"  # nothing changed
