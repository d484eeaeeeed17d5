"""The demo shows the links between intake, registry and PIP: gesprekken with a key person from
the registry (roles, booked engagement), confirmed matches, PIPs naming that key person, and a
reach overview by route."""

from __future__ import annotations

from app.demo import seed_all
from app.inburgeraars.service import InburgeraarService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.pip.service import PipService
from app.sleutelpersonen.inzet_service import InzetService
from app.sleutelpersonen.service import SleutelpersoonService


def test_demo_links_intake_registry_and_pip(inburgeraars: InburgeraarService) -> None:
    store = inburgeraars.session
    seed_all(store)
    registry = {p.id: p for p in SleutelpersoonService(store).lijst()}
    gesprekken = GesprekService(IntakeService(store))
    ids = [str(r[0]) for r in store.store.conn.execute("SELECT id FROM inburgeraar")]
    linked = [g for cid in ids for g in gesprekken.gesprekken(cid) if g.sleutelpersoon_id]
    assert len(linked) >= 5
    for g in linked:
        person = registry[g.sleutelpersoon_id]
        assert g.sleutelpersoon_naam == person.naam and g.rollen
        assert set(g.rollen) <= set(person.rollen)
        assert g.inzet_id  # the engagement was booked with the gesprek
    pips = PipService(store)
    named = [
        v.inhoud.sleutelpersoon
        for cid in ids
        for v in pips.versions(cid)
        if v.inhoud.sleutelpersoon.sleutelpersoon_id
    ]
    assert named and all(registry[sp.sleutelpersoon_id].naam == sp.naam for sp in named)
    koppelingen = store.store.conn.execute(
        "SELECT count(*) FROM koppeling WHERE actief = 1"
    ).fetchone()
    assert koppelingen[0] >= 3
    routes = dict(InzetService(store).bereik().per["route"])
    assert routes.keys() & {"B1-route", "Z-route", "Onderwijsroute"}


def test_reach_view_by_route_and_pip_prefilled_from_the_match(
    qtbot, inburgeraars: InburgeraarService, data_dir
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_screens import save
    from ui.main_window import MainWindow
    from ui.pip.editor import PipEditor

    store = inburgeraars.session
    seed_all(store)
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 600)
    window.show()
    view = window.sleutelpersonen  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(view)
    view.setCurrentIndex(3)
    page = view.bereik
    page.dimensie.setCurrentIndex(page.dimensie.findData("route"))
    labels = {label for label, _n in page.result.per["route"]}
    assert labels & {"B1-route", "Onderwijsroute", "Z-route"}
    qtbot.wait(10)
    save(window, "sleutelpersonen-bereik-route")
    # A concept PIP with an empty key-person part opens with the confirmed match filled in.
    pips = PipService(store)
    matched = {
        str(r[0]): str(r[1])
        for r in store.store.conn.execute(
            "SELECT inburgeraar_id, sleutelpersoon_id FROM koppeling WHERE actief = 1"
        )
    }
    concept = next(
        (
            cid
            for cid in matched
            if (p := pips.current(cid))
            and p.status == "concept"
            and not p.inhoud.sleutelpersoon.naam
        ),
        None,
    )
    assert concept is not None
    inburgeraar = inburgeraars.get(concept)
    assert inburgeraar is not None
    editor = PipEditor(pips, inburgeraar, {}, parent=window)
    editor.ask_unsaved = lambda: "discard"
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(2)
    assert editor.support.sp_keuze.value()[0] == matched[concept]
    save(editor, "pip-sleutelpersoon-uit-koppeling")
