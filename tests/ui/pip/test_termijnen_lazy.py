"""The Termijnen view holds one page of rows at a time, read and sorted in SQL (issue 11: it
loaded every deadline row, +200 MB at 1,000,000 people): the pages together are exactly the
overview the view showed before, in every sort order, and the summary counts all of it."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.deadlines.engine import SOORTEN
from app.deadlines.service import PAGE, OverzichtRij, TermijnService
from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY, valid_form
from ui.pip.termijnen import BUSY_TEXT, ORDERS, TermijnenView
from ui.pip.termijnen_model import OVERDUE

PEOPLE = 700


@pytest.fixture
def many(inburgeraars: InburgeraarService) -> InburgeraarService:
    """Enough people for several pages of deadlines, computed."""
    inburgeraars.insert_many(generate_inburgeraars(PEOPLE, random.Random(11), TODAY))
    TermijnService(inburgeraars.session).rebuild_all()
    return inburgeraars


def _old_order(
    rows: list[OverzichtRij], order: str, gemeenten: dict[str, str]
) -> list[tuple[str, str]]:
    """What the view showed before, sorted in Python (stable on the date-ordered list)."""
    keys = {
        "datum": lambda r: (r.datum, r.naam.casefold()),
        "soort": lambda r: SOORTEN.get(r.soort, r.soort),
        "naam": lambda r: r.naam.casefold(),
        "gemeente": lambda r: gemeenten.get(r.gemeentecode, r.gemeentecode).casefold(),
        "klantmanager": lambda r: r.klantmanager.casefold(),
        "reden": lambda r: r.reden,
    }
    return [(r.inburgeraar_id, r.soort) for r in sorted(rows, key=keys[order])]


def _keys(rows: list[OverzichtRij], order: str, gemeenten: dict[str, str]) -> list[object]:
    """The sort key per row, to compare orders where equal keys may come in any order."""
    pick = {
        "datum": lambda r: r.datum,
        "soort": lambda r: SOORTEN.get(r.soort, r.soort),
        "naam": lambda r: r.naam.casefold(),
        "gemeente": lambda r: gemeenten.get(r.gemeentecode, r.gemeentecode).casefold(),
        "klantmanager": lambda r: r.klantmanager.casefold(),
        "reden": lambda r: r.reden,
    }
    return [pick[order](r) for r in rows]


@pytest.mark.parametrize("order", sorted(set(ORDERS)))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_together_are_the_whole_overview_in_the_asked_order(
    many: InburgeraarService, order: str, descending: bool
) -> None:
    service = TermijnService(many.session)
    gemeenten = dict(many.gemeente_list())
    everything = service.overview(TODAY, 30)
    assert len(everything) > 3 * 50
    pages: list[OverzichtRij] = []
    while chunk := service.overview_page(TODAY, 30, order, descending, len(pages), 50):
        pages.extend(chunk)
    assert sorted(pages) == sorted(everything)  # nothing lost, nothing twice
    expected = _keys(everything, order, gemeenten)
    assert _keys(pages, order, gemeenten) == sorted(expected, reverse=descending)
    if not descending:
        # equal keys keep the date order, as the stable Python sort did
        by_key: dict[object, list[object]] = {}
        for r in pages:
            by_key.setdefault(_keys([r], order, gemeenten)[0], []).append(r.datum)
        assert all(dates == sorted(dates) for dates in by_key.values())
    late, total = service.overview_counts(TODAY, 30)
    assert total == len(everything)
    assert late == sum(1 for r in everything if r.dagen < 0) > 0


def test_the_view_holds_one_page_and_reads_the_next_when_scrolled_to_the_end(
    qtbot, many: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    view = TermijnenView(many.session, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=60_000) as blocker:
        pass
    model = view.model
    total = TermijnService(many.session).overview_counts(TODAY, 30)[1]
    assert blocker.args == [total] and total > PAGE
    assert model.rowCount() == PAGE  # not every row
    late = model.late
    assert view.summary.text() == f"{late} te laat, {total - late} binnenkort"
    # the first row is overdue: red, and a screen reader hears it
    first = model.index(0, 0)
    assert model.rows[0].dagen < 0
    assert first.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", te laat")
    # scrolling to the end reads the next page off the GUI thread
    started = time.perf_counter()
    view.table.scrollToBottom()
    assert time.perf_counter() - started < 0.05
    qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=30_000)
    while model.rowCount() < total:
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.fetching, timeout=30_000)
    shown = model.rows
    assert len(shown) == total == len(set(shown))
    assert shown == sorted(shown, key=lambda r: (r.datum, r.naam.casefold()))
    assert not model.canFetchMore()


def test_a_new_sort_reads_the_first_page_in_that_order_and_drops_a_late_page(
    qtbot, many: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    view = TermijnenView(many.session, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=60_000)
    model = view.model
    old_generation = model.generation
    model.fetchMore()  # a page for the date order is on its way …
    with qtbot.waitSignal(view.loaded, timeout=30_000):  # … when the officer sorts on name
        view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    qtbot.wait(200)
    assert model.generation > old_generation
    names = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert model.rowCount() == PAGE  # the date-ordered page was not added to these
    assert names == sorted(names, key=str.casefold, reverse=True)
    everything = TermijnService(many.session).overview(TODAY, 30)
    top = sorted((r.naam.casefold() for r in everything), reverse=True)[:PAGE]
    assert [n.casefold() for n in names] == top


def test_a_save_refreshes_only_that_person_and_keeps_the_rows_shown(
    qtbot, many: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    view = TermijnenView(many.session, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=60_000)
    model = view.model
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=30_000)
    shown = model.rowCount()
    before = model.total
    melding = TODAY - timedelta(days=60)  # the PIP is due within the window
    saved = many.save(valid_form(datum_melding_duo=melding.isoformat()), TODAY)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.refresh(saved.id)  # what the change broadcast does
    assert model.total > before
    assert model.rowCount() >= shown  # the table keeps its place
    assert saved.id in {r.inburgeraar_id for r in model.rows}


def test_a_full_refresh_shows_the_last_computed_rows_while_it_syncs(
    qtbot, many: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    view = TermijnenView(many.session, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=60_000)
    before = view.model.total
    # an import: hundreds of people without computed deadlines, due for a PIP in the window
    melding = TODAY - timedelta(days=60)
    people = generate_inburgeraars(400, random.Random(5), TODAY)
    many.insert_many(
        [replace(p, bsn=None, v_nummer=None, datum_melding_duo=melding) for p in people]
    )
    events: list[tuple[str, int, str]] = []
    view.shown.connect(lambda n: events.append(("shown", n, view.summary.text())))
    view.loaded.connect(lambda n: events.append(("loaded", n, view.summary.text())))
    view.refresh()
    qtbot.waitUntil(lambda: any(e[0] == "loaded" for e in events), timeout=60_000)
    early, *_rest, final = events
    assert early[0] == "shown" and early[1] == before  # what was computed, at once
    assert early[2].endswith(BUSY_TEXT)
    assert final[0] == "loaded" and final[1] > before and not final[2].endswith(BUSY_TEXT)
