"""A gesprek with a key person from the registry, and the engagement booked with it."""

from __future__ import annotations

from typing import Any

import pytest

from app.security.roles import PermissionDeniedError, Role
from app.sleutelpersonen.inzet_service import InzetService
from app.validation import ValidationError
from tests.conftest import TODAY
from tests.support.security import act_as
from tests.support.world import World, audit_lines


def _form(world: World, **inzet: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "datum": "20-11-2026",
        "plaats": "azc",
        "sleutelpersoon_id": world.persoon_id,
        "sleutelpersoon_naam": "Selam Tesfay",
        "rollen": ["vertaler", "verbinder"],
        "notitie": "Kennismaking.",
    }
    if inzet:
        form["inzet"] = {"registreren": True, **inzet}
    return form


def _inzetten(world: World) -> list[dict[str, Any]]:
    act_as(world.inburgeraars.session, Role.COORDINATOR)
    try:
        return InzetService(world.inburgeraars.session).in_maand("2026-11")
    finally:
        act_as(world.inburgeraars.session, Role.KLANTMANAGER, naam="anouk")


def test_gesprek_books_the_engagement_in_the_same_write(world: World) -> None:
    gid = world.gesprekken.add_gesprek(world.inburgeraar_id, _form(world, uren="1,5", km="12"))
    (g,) = world.gesprekken.gesprekken(world.inburgeraar_id)
    assert g.sleutelpersoon_id == world.persoon_id and g.notities == ("Kennismaking.",)
    (inzet,) = _inzetten(world)
    assert g.inzet_id == inzet["id"]
    assert inzet["inburgeraar_id"] == world.inburgeraar_id
    assert inzet["datum"] == "2026-11-20" and inzet["soort"] == "intakegesprek"
    assert inzet["minuten"] == 90 and inzet["km"] == 12
    assert ("aangemaakt", inzet["id"]) in audit_lines(world, "inzet")
    assert ("aangemaakt", gid) in audit_lines(world, "intake_gesprek")


def test_without_ticking_nothing_is_booked(world: World) -> None:
    form = _form(world)
    form["inzet"] = {"registreren": False, "uren": "2"}
    world.gesprekken.add_gesprek(world.inburgeraar_id, form)
    assert _inzetten(world) == []


@pytest.mark.parametrize(
    ("inzet", "field"),
    [
        ({"uren": ""}, "inzet_uren"),
        ({"uren": "twee"}, "inzet_uren"),
        ({"uren": "30"}, "inzet_uren"),
        ({"uren": "1", "km": "-3"}, "inzet_km"),
        ({"uren": "1", "km": "5000"}, "inzet_km"),
        ({"uren": "1", "onkosten": "3,50"}, "inzet_onkosten_omschrijving"),
    ],
)
def test_wrong_engagement_input_stores_neither(
    world: World, inzet: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        world.gesprekken.add_gesprek(world.inburgeraar_id, _form(world, **inzet))
    assert field in err.value.errors
    assert world.gesprekken.gesprekken(world.inburgeraar_id) == []
    assert _inzetten(world) == []


def test_engagement_needs_a_key_person_from_the_registry(world: World) -> None:
    form = _form(world, uren="1")
    form["sleutelpersoon_id"] = None
    with pytest.raises(ValidationError) as err:
        world.gesprekken.add_gesprek(world.inburgeraar_id, form)
    assert "register" in err.value.errors["inzet"]
    form["sleutelpersoon_id"] = "bestaat-niet"
    with pytest.raises(ValidationError):
        world.gesprekken.add_gesprek(world.inburgeraar_id, form)
    assert world.gesprekken.gesprekken(world.inburgeraar_id) == []


def test_approved_month_refuses_the_booking(world: World) -> None:
    world.gesprekken.add_gesprek(world.inburgeraar_id, _form(world, uren="1"))
    store = world.inburgeraars.session
    act_as(store, Role.COORDINATOR)
    InzetService(store).keur_goed(world.persoon_id, "2026-11", "coördinator")
    act_as(store, Role.KLANTMANAGER)
    with pytest.raises(ValidationError) as err:
        world.gesprekken.add_gesprek(world.inburgeraar_id, _form(world, uren="1"))
    assert "goedgekeurd" in err.value.errors["inzet"]
    assert len(world.gesprekken.gesprekken(world.inburgeraar_id)) == 1  # only the first
    assert len(_inzetten(world)) == 1


def test_klantmanager_still_may_not_book_other_engagements(world: World) -> None:
    with pytest.raises(PermissionDeniedError):
        InzetService(world.inburgeraars.session).add(
            {
                "sleutelpersoon_id": world.persoon_id,
                "datum": "20-11-2026",
                "soort": "groepsvoorlichting",
                "activiteit": "Voorlichting",
                "uren": "2",
            },
            today=TODAY,
        )


def test_removing_the_gesprek_removes_its_booking(world: World) -> None:
    gid = world.gesprekken.add_gesprek(world.inburgeraar_id, _form(world, uren="1", km="4"))
    (inzet,) = _inzetten(world)
    world.beheer.verwijder_gesprek(gid, "Verkeerde inburgeraar gekozen.")
    assert world.gesprekken.gesprekken(world.inburgeraar_id) == []
    assert _inzetten(world) == []
    assert ("verwijderd", inzet["id"]) in audit_lines(world, "inzet")


def test_removal_refused_when_the_booking_is_on_an_approved_claim(world: World) -> None:
    gid = world.gesprekken.add_gesprek(world.inburgeraar_id, _form(world, uren="1"))
    store = world.inburgeraars.session
    act_as(store, Role.COORDINATOR)
    InzetService(store).keur_goed(world.persoon_id, "2026-11", "coördinator")
    act_as(store, Role.KLANTMANAGER)
    with pytest.raises(ValidationError) as err:
        world.beheer.verwijder_gesprek(gid, "Verkeerde inburgeraar gekozen.")
    assert "coördinator" in err.value.errors["inzet"]
    assert len(world.gesprekken.gesprekken(world.inburgeraar_id)) == 1
