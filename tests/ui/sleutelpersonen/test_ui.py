"""The Sleutelpersonen tab and 'Sleutelpersoon zoeken', driven with real widgets; screens are
rendered to tests/artifacts/ to look at."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.demo import seed_all
from app.inburgeraars.service import InburgeraarService
from app.matching.service import MatchService
from app.sleutelpersonen.inzet_service import InzetService
from app.sleutelpersonen.service import PersoonFilter, SleutelpersoonService
from tests.conftest import finish
from tests.support.pdf import render_png
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)
from tests.ui.test_screens import save
from tests.ui.visible import assert_shows, usable_button
from ui.main_window import MainWindow
from ui.sleutelpersonen.dialog import SleutelpersoonDialog
from ui.sleutelpersonen.match_panel import MatchDialog
from ui.sleutelpersonen.table_model import SleutelpersoonTableModel, WerkdrukModel

TODAY_MAAND = date.today().strftime("%Y-%m")


@pytest.fixture
def demo(inburgeraars: InburgeraarService) -> InburgeraarService:
    seed_all(inburgeraars.session)
    return inburgeraars


@pytest.fixture
def window(qtbot, demo: InburgeraarService, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(demo.session, data_dir)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    return w


def test_register_model_filters_by_language_and_search(demo: InburgeraarService) -> None:
    model = SleutelpersoonTableModel(SleutelpersoonService(demo.session))
    model.reload()
    assert model.rowCount() == 25
    model.set_filter(PersoonFilter(taal="ti"))
    assert model.rowCount() == 5
    assert all("Tigrinya" in model.index(r, 2).data() for r in range(5))
    model.set_filter(PersoonFilter(text="haddad"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Rasha Haddad"]


def test_tab_and_menu_are_there(window: MainWindow) -> None:
    titles = [window.tabs.tabText(n) for n in range(window.tabs.count())]
    assert "Sleutelpersonen" in titles
    actions = [a.text() for a in window.menus["inburgeraar"].actions()]
    assert "Sleutelpersoon zoeken" in actions
    assert window.match_action.shortcut().toString() == "Ctrl+K"


def test_dialog_shows_errors_per_field_and_keeps_the_input(qtbot, demo: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    service = SleutelpersoonService(demo.session)
    before = service.count()
    dialog = SleutelpersoonDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor("voornaam"), "Selam")
    qtbot.keyClicks(dialog.editor("beschikbaarheid"), "maandag 12-10")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.fields["achternaam"].error.text() == "Vul dit in."
    assert "eindtijd" in dialog.fields["beschikbaarheid"].error.text()
    assert dialog.fields["talen"].error.text() == "Vul minstens één taal in."
    assert dialog.editor("voornaam").text() == "Selam"  # nothing typed is lost
    assert service.count() == before
    save(dialog, "sleutelpersoon-dialoog-fouten")
    assert_shows(dialog, "Vul dit in.", "Vul minstens één taal in.")  # shown, not only set


def test_dialog_saves_a_valid_key_person(qtbot, demo: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    service = SleutelpersoonService(demo.session)
    dialog = SleutelpersoonDialog(service)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.editor("voornaam"), "Selam")
    qtbot.keyClicks(dialog.editor("achternaam"), "Weldu")
    dialog.editor("soort").set_code("sleutelpersoon")
    dialog.editor("geslacht").set_code("V")
    dialog.gemeente.set_code("0294")
    dialog.talen[0].taal.set_code("ti")
    dialog.talen[0].niveau.set_code("moedertaal")
    qtbot.keyClicks(dialog.editor("beschikbaarheid"), "ma 10-12")
    dialog.themas.boxes["gezondheid"].setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    [saved] = service.lijst(PersoonFilter(text="weldu"))
    assert saved.beschikbaarheid_tekst == "maandag 10–12" and saved.themas == ("gezondheid",)


def opened(window: MainWindow, name: str) -> Any:
    """The dialog an action opened; when it did not open, say what the window said instead."""
    dialog = getattr(window, name, None)
    actor = window.session.actor
    assert dialog is not None, (
        f"geen {name}: status {window.statusBar().currentMessage()!r}, actor {actor!r}"
    )
    return dialog


def _inburgeraar_row(window: MainWindow) -> str:
    window.table.selectRow(0)
    inburgeraar_id = window.selected_id()
    assert inburgeraar_id
    return inburgeraar_id


def test_match_panel_confirm_and_override_with_reason(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    inburgeraar_id = _inburgeraar_row(window)
    window.match_action.trigger()
    dialog: MatchDialog = opened(window, "match_dialog")
    assert dialog.model.rowCount() >= 2
    assert dialog.table.currentIndex().row() == 0
    assert "spreekt" in dialog.details.toPlainText()
    save(dialog, "sleutelpersoon-zoeken")
    usable_button(dialog, dialog.confirm_button.text())
    top = dialog.model.rows[0]
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert "reden" in dialog.message.text()
    assert MatchService(window.session).huidige(inburgeraar_id) is None
    qtbot.keyClicks(dialog.reden, "spreekt ook de taal van de partner")
    with qtbot.waitSignal(dialog.confirmed):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    row = MatchService(window.session).huidige(inburgeraar_id)
    assert row is not None
    assert row["voorgesteld_id"] == top.kandidaat_id
    assert row["sleutelpersoon_id"] == dialog.model.rows[1].kandidaat_id
    assert row["afwijking_reden"] == "spreekt ook de taal van de partner"


def test_match_panel_exclusion_removes_the_candidate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _inburgeraar_row(window)
    dialog = window.open_match()
    assert dialog is not None
    first = dialog.model.rows[0].kandidaat_id
    qtbot.mouseClick(dialog.exclude_button, Qt.MouseButton.LeftButton)
    assert "reden" in dialog.message.text()  # a reason is needed
    qtbot.keyClicks(dialog.reden, "familie")
    qtbot.mouseClick(dialog.exclude_button, Qt.MouseButton.LeftButton)
    assert first not in [u.kandidaat_id for u in dialog.model.rows]
    assert "uitgesloten" in dialog.summary.text()


def test_screens_of_the_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.sleutelpersonen
    window.tabs.setCurrentWidget(view)
    for n, name in enumerate(("register", "werkdruk", "declaraties", "bereik")):
        view.setCurrentIndex(n)
        qtbot.wait(10)
        save(window, f"sleutelpersonen-{name}")
        assert view.currentWidget().isVisible()
    model: WerkdrukModel = view.werkdruk.model
    signals = [model.signaal(r) for r in model.rows]
    assert "Overbelast" in signals and any("gevraagd" in s for s in signals)
    overloaded = signals.index("Overbelast")
    assert model.index(overloaded, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_book_an_engagement_and_print_the_claim(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.sleutelpersonen.inzet_dialog import InzetDialog

    view = window.sleutelpersonen
    page = view.werkdruk
    before = InzetService(window.session).in_maand(TODAY_MAAND)
    dialog: InzetDialog = page.book()  # type: ignore[assignment]
    qtbot.addWidget(dialog)
    dialog.persoon.setCurrentIndex(1)
    dialog.soort.set_code("groepsvoorlichting")
    qtbot.keyClicks(dialog.uren, "veel")
    dialog.submit()
    assert dialog.fields["uren"].error.text().startswith("Schrijf de tijd in uren")
    assert dialog.fields["activiteit"].error.text() == (
        "Kies een inburgeraar of beschrijf de activiteit."
    )
    assert InzetService(window.session).in_maand(TODAY_MAAND) == before
    dialog.uren.clear()
    qtbot.keyClicks(dialog.uren, "1,5")
    qtbot.keyClicks(dialog.activiteit, "Voorlichting op school")
    qtbot.keyClicks(dialog.km, "14")
    qtbot.keyClicks(dialog.onkosten, "2,50")
    qtbot.keyClicks(dialog.omschrijving, "parkeren")
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    claims = view.declaraties
    claims.bar.apply()
    name = dialog.persoon.itemText(1)
    row = next(n for n, r in enumerate(claims.model.rows) if r.naam == name)
    claims.table.selectRow(row)
    pdf = tmp_path / "declaratie.pdf"
    claims.pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    out = Path(__file__).resolve().parents[2] / "artifacts" / "declaratie"
    out.parent.mkdir(exist_ok=True)
    pages = render_png(pdf, out, dpi=60)
    assert pages and pages[0].stat().st_size > 5000


def known_matches(window: MainWindow) -> int:
    """Active matches with a key person who already has an engagement with that newcomer."""
    return int(
        window.session.store.conn.execute(
            "SELECT count(*) FROM koppeling k WHERE k.actief = 1 AND EXISTS (SELECT 1 FROM inzet i"
            " WHERE i.sleutelpersoon_id = k.sleutelpersoon_id"
            " AND i.inburgeraar_id = k.inburgeraar_id)"
        ).fetchone()[0]
    )


def test_assign_all_waiting_proposes_then_stores_on_confirm(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.sleutelpersonen.toewijzing_dialog import ToewijzingDialog

    service = MatchService(window.session)
    waiting = service.wachtende()
    assert len(waiting) > 10
    before = known_matches(window)
    window.assign_all_action.trigger()
    dialog: ToewijzingDialog = opened(window, "assign_dialog")
    qtbot.waitUntil(lambda: dialog.voorstel is not None, timeout=10_000)
    assert dialog.model.rowCount() == len(waiting)
    assert service.wachtende() == waiting  # nothing stored yet
    dialog.show()
    qtbot.wait(50)  # let the layout take the two-line status text
    save(dialog, "alle-wachtenden-koppelen")
    with qtbot.waitSignal(dialog.accepted_all) as signal:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    stored = signal.args[0]
    assert stored > 0 and len(service.wachtende()) == len(waiting) - stored
    from app.matching.score import belasting

    matched = [k for k in service.pool().kandidaten if k.nieuwe_koppelingen]
    # a match with someone who already has an engagement with that newcomer adds no new work
    already = known_matches(window) - before  # the demo's own matches come with an inzet
    assert sum(k.nieuwe_koppelingen for k in matched) == stored - already
    assert all(belasting(k, service.gewichten) <= k.capaciteit_uren for k in matched)
    assert len(matched) >= 5  # spread, not piled on a few


def test_closing_the_assign_all_dialog_while_it_stores_still_stores_every_match(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Closing frees the proposal off the GUI thread (ui/let_go.py), but never while the
    storing op still reads it: Esc during storing loses no match."""
    monkeypatch.setattr("ui.let_go.LET_GO_AT", 1)  # the demo's few waiting count as many
    window.assign_all_action.trigger()
    dialog = opened(window, "assign_dialog")
    qtbot.waitUntil(lambda: dialog.voorstel is not None, timeout=10_000)
    to_store = len(dialog.voorstel.koppelingen) - len(dialog.voorstel.niet_gekoppeld)
    assert to_store > 10
    op = dialog.confirm()
    dialog.reject()  # the officer presses Esc at once
    assert dialog.model.rowCount() == 0
    assert finish(qtbot, op) == to_store


def test_import_from_the_register_page_reports_and_applies(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = window.sleutelpersonen.register
    bad = tmp_path / "fout.csv"
    bad.write_text("voornaam;achternaam;talen\nA;B;xx:goed\n", "utf-8-sig")
    before = page.service.count()
    asked: list[object] = []
    plan = page.import_file(bad, lambda p: asked.append(p) or True)
    assert plan.fouten and not asked and page.service.count() == before
    assert "regel 2: talen" in page.import_errors
    good = tmp_path / "goed.csv"
    good.write_text(
        "voornaam;achternaam;soort;geslacht;talen;gemeentecode\n"
        "Tesfay;Gebru;beide;M;ti:moedertaal;1509\n",
        "utf-8-sig",
    )
    page.import_file(good, lambda _p: False)  # the officer says no: nothing changes
    assert page.service.count() == before
    page.import_file(good, lambda _p: True)
    assert page.service.count() == before + 1
    assert any(p.naam == "Tesfay Gebru" for p in page.model.rows)


def test_engagements_of_a_month_can_be_checked_and_removed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.sleutelpersonen.werkdruk
    row = next(n for n, r in enumerate(page.model.rows) if r.inzetten > 1)
    page.table.selectRow(row)
    dialog = page.show_inzet()
    assert dialog is not None
    qtbot.addWidget(dialog)
    count = dialog.model.rowCount()
    assert count == page.model.rows[row].inzetten
    dialog.delete()
    assert "Kies eerst" in dialog.message.text()
    dialog.table.selectRow(0)
    dialog.delete()
    assert dialog.model.rowCount() == count - 1


def test_claims_page_rate_and_approval(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.sleutelpersonen.declaraties
    qtbot.keyClicks(page.tarief_edit, "twee")
    page.save_rate()
    assert "Tarief" in page.bar.error.text() and "€ 0,23" in page.tarief.text()
    page.tarief_edit.clear()
    qtbot.keyClicks(page.tarief_edit, "0,19")
    page.save_rate()
    assert "€ 0,19" in page.tarief.text()
    page.approve()
    assert "Kies eerst" in page.bar.error.text()
    page.table.selectRow(0)
    page.approve()
    assert page.model.rows[0].goedgekeurd_op
    assert page.model.rows[0].berekening.km_tarief_cent == 19
    out = tmp_path / "declaraties.csv"
    page.export(str(out))
    assert "goedgekeurd" in out.read_text("utf-8-sig")


def test_language_filter_learns_new_languages(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.sleutelpersonen.register
    assert page.taal.findData("sw") < 0
    good = tmp_path / "swahili.csv"
    good.write_text(
        "voornaam;achternaam;soort;geslacht;talen;gemeentecode\n"
        "Amani;Mwangi;sleutelpersoon;V;sw:moedertaal, nl:goed;0222\n",
        "utf-8-sig",
    )
    page.import_file(good, lambda _p: True)
    index = page.taal.findData("sw")
    assert index > 0
    page.taal.setCurrentIndex(index)
    assert [p.naam for p in page.model.rows] == ["Amani Mwangi"]


def test_assign_all_reads_off_the_gui_thread_with_one_audit_line(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The proposal's reads are logged once for the set, not once per waiting person."""
    waiting = len(MatchService(window.session).wachtende())

    def audit_lines() -> list[str]:
        conn = window.session.store.conn
        return [str(r[0]) for r in conn.execute("SELECT actie FROM audit_regel")]

    before = audit_lines()
    window.assign_all_action.trigger()
    dialog = opened(window, "assign_dialog")
    qtbot.waitUntil(lambda: dialog.voorstel is not None, timeout=10_000)
    new = audit_lines()[len(before) :]
    assert new == ["bekeken (alle wachtenden koppelen)"], new
    assert dialog.model.rowCount() == waiting > 10
    assert all(row[0] != "?" for row in dialog.model.rows)  # every name found
    dialog.reject()
