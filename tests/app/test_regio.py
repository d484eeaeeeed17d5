"""The onderwijsroute age limit and the months for a route change are regional settings
(defaults 28 and 18) used by the advice, the PIP editor and the deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.deadlines.service import TermijnService
from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService
from app.regio import advies_regels, termijn_regels
from app.settings import Settings, SettingsError, settings_path
from tests.conftest import valid_form
from tests.support.pip import complete_inhoud


def _set(inburgeraars: InburgeraarService, **values: int) -> None:
    path = settings_path(inburgeraars.store.path.parent)
    replace(Settings.load(path), **values).save(path)  # type: ignore[arg-type]


def test_defaults_28_and_18(inburgeraars: InburgeraarService) -> None:
    assert advies_regels(inburgeraars.store).max_leeftijd_onderwijsroute == 28
    assert termijn_regels(inburgeraars.store).routewissel_maanden == 18


def test_route_change_months_move_the_deadline(inburgeraars: InburgeraarService) -> None:
    inburgeraar = inburgeraars.save(valid_form())
    assert inburgeraar.id
    pips = PipService(inburgeraars.session)
    pip = pips.create(inburgeraar.id, complete_inhoud())
    pips.vaststellen(str(pip.id), date(2025, 5, 1))
    dates = {
        t.soort: t for t in TermijnService(inburgeraars.session).for_inburgeraar(inburgeraar.id)
    }
    assert dates["routewissel"].datum == date(2026, 11, 1)  # 18 months from 02-05-2025
    _set(inburgeraars, routewissel_maanden=12)
    dates = {
        t.soort: t for t in TermijnService(inburgeraars.session).for_inburgeraar(inburgeraar.id)
    }
    assert dates["routewissel"].datum == date(2026, 5, 1)
    assert dates["routewissel"].reden.startswith("12 maanden")


def test_age_limit_changes_the_advice(inburgeraars: InburgeraarService) -> None:
    from app.pip.prefill import advice_for

    inburgeraar = inburgeraars.save(valid_form(geboortedatum="01-01-1995"))  # 30 in 2025
    today = date(2025, 6, 1)
    reasons = lambda: " ".join(  # noqa: E731
        " ".join(o.redenen)
        for o in advice_for(inburgeraar, {}, today, advies_regels(inburgeraars.store)).oordelen
        if o.route == "O"
    )
    assert "tot 28" in reasons()
    _set(inburgeraars, onderwijsroute_max_leeftijd=32)
    assert "jonger dan 32" in reasons()


def test_out_of_range_is_refused_in_dutch(inburgeraars: InburgeraarService) -> None:
    with pytest.raises(SettingsError, match="tussen 1 en 36"):
        _set(inburgeraars, routewissel_maanden=0)


def test_beheer_form_saves_them(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    from app.security.roles import Role
    from tests.support.security import act_as
    from ui.security.admin_view import AdminView

    act_as(inburgeraars.session, Role.BEHEERDER)
    view = AdminView(inburgeraars.session, inburgeraars.store.path.parent, date(2025, 6, 1))
    qtbot.addWidget(view)
    assert view.max_leeftijd.value() == 28 and view.routewissel.value() == 18
    view.max_leeftijd.setValue(30)
    view.routewissel.setValue(24)
    view.save_settings()
    assert advies_regels(inburgeraars.store).max_leeftijd_onderwijsroute == 30
    assert termijn_regels(inburgeraars.store).routewissel_maanden == 24
