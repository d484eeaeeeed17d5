"""Correcting and removing a gesprek or signaal with a reason; drafts of the side forms."""

from __future__ import annotations

import pytest

from app.security.roles import PermissionDeniedError, Role
from app.validation import ValidationError
from tests.support.security import act_as
from tests.support.world import World, audit_lines

GESPREK = {"datum": "20-11-2026", "plaats": "azc", "tolk": "Yonas"}
SIGNAAL = {"datum": "21-11-2026", "gemeld_door": "sleutelpersoon", "tekst": "Slaapt slecht."}


def test_correcting_a_gesprek_keeps_the_reason_and_logs(world: World) -> None:
    gid = world.gesprekken.add_gesprek(world.inburgeraar_id, {**GESPREK, "notitie": "Notitie."})
    (g,) = world.gesprekken.gesprekken(world.inburgeraar_id)
    world.beheer.corrigeer_gesprek(
        gid, {**GESPREK, "plaats": "huisbezoek"}, "Was een huisbezoek.", g.versie
    )
    (g2,) = world.gesprekken.gesprekken(world.inburgeraar_id)
    assert g2.plaats == "huisbezoek" and g2.notities == ("Notitie.",) and g2.tolk == "Yonas"
    (c,) = world.beheer.correcties(world.inburgeraar_id)
    assert (c["actie"], c["reden"], c["object_id"]) == ("gecorrigeerd", "Was een huisbezoek.", gid)
    assert ("gecorrigeerd", gid) in audit_lines(world, "intake_gesprek")


@pytest.mark.parametrize(
    ("form", "reden", "field"),
    [
        (GESPREK, "", "reden"),
        (GESPREK, "oeps", "reden"),
        (GESPREK, "x" * 501, "reden"),
        ({**GESPREK, "plaats": "maan"}, "Andere plaats.", "plaats"),
        ({**GESPREK, "datum": "31-02-2026"}, "Andere datum.", "datum"),
    ],
)
def test_wrong_correction_changes_nothing(
    world: World, form: dict[str, str], reden: str, field: str
) -> None:
    gid = world.gesprekken.add_gesprek(world.inburgeraar_id, GESPREK)
    with pytest.raises(ValidationError) as err:
        world.beheer.corrigeer_gesprek(gid, form, reden)
    assert field in err.value.errors
    (g,) = world.gesprekken.gesprekken(world.inburgeraar_id)
    assert g.plaats == "azc" and g.versie == 1
    assert world.beheer.correcties(world.inburgeraar_id) == []


def test_a_stale_version_is_refused(world: World) -> None:
    sid = world.gesprekken.add_signaal(world.inburgeraar_id, SIGNAAL)
    world.beheer.corrigeer_signaal(
        sid, {**SIGNAAL, "tekst": "Slaapt slecht, al weken."}, "Aanvulling.", 1
    )
    with pytest.raises(ValidationError) as err:
        world.beheer.corrigeer_signaal(sid, SIGNAAL, "Terugzetten.", 1)
    assert "versie" in err.value.errors
    (s,) = world.gesprekken.signalen(world.inburgeraar_id)
    assert s.tekst == "Slaapt slecht, al weken."


def test_removing_a_signaal_keeps_only_the_reason(world: World) -> None:
    sid = world.gesprekken.add_signaal(world.inburgeraar_id, SIGNAAL)
    with pytest.raises(ValidationError):
        world.beheer.verwijder_signaal(sid, " ")
    world.beheer.verwijder_signaal(sid, "Hoort bij een andere inburgeraar.")
    assert world.gesprekken.signalen(world.inburgeraar_id) == []
    (c,) = world.beheer.correcties(world.inburgeraar_id)
    assert c["actie"] == "verwijderd" and "Slaapt" not in str(c)
    assert ("verwijderd", sid) in audit_lines(world, "intake_signaal")
    with pytest.raises(ValidationError):
        world.beheer.verwijder_signaal(sid, "Nog een keer weg.")


def test_removing_a_gesprek_removes_its_notes_signals_stay(world: World) -> None:
    gid = world.gesprekken.add_gesprek(world.inburgeraar_id, {**GESPREK, "notitie": "Weg."})
    world.gesprekken.add_signaal(world.inburgeraar_id, {**SIGNAAL, "gesprek_id": gid})
    world.beheer.verwijder_gesprek(gid, "Dubbel ingevoerd.")
    assert world.gesprekken.gesprekken(world.inburgeraar_id) == []
    (s,) = world.gesprekken.signalen(world.inburgeraar_id)
    assert s.gesprek_id is None
    left = world.inburgeraars.store.conn.execute("SELECT count(*) FROM intake_notitie").fetchone()
    assert left[0] == 0


def test_coordinator_may_not_correct_or_remove(world: World) -> None:
    sid = world.gesprekken.add_signaal(world.inburgeraar_id, SIGNAAL)
    act_as(world.inburgeraars.session, Role.COORDINATOR)
    with pytest.raises(PermissionDeniedError):
        world.beheer.verwijder_signaal(sid, "Mag dit wel?")
    with pytest.raises(PermissionDeniedError):
        world.beheer.bewaar_concept(world.inburgeraar_id, "signaal", {"tekst": "x"})
    act_as(world.inburgeraars.session, Role.KLANTMANAGER)
    assert len(world.gesprekken.signalen(world.inburgeraar_id)) == 1


def test_drafts_round_trip_and_are_dropped(world: World) -> None:
    assert world.beheer.concept(world.inburgeraar_id, "gesprek") is None
    world.beheer.bewaar_concept(world.inburgeraar_id, "gesprek", {"tolk": "Yon"})
    world.beheer.bewaar_concept(
        world.inburgeraar_id, "gesprek", {"tolk": "Yonas", "notitie": "أمينة"}
    )
    world.beheer.bewaar_concept(world.inburgeraar_id, "signaal", {"tekst": "Slaapt"})
    assert world.beheer.concept(world.inburgeraar_id, "gesprek") == {
        "tolk": "Yonas",
        "notitie": "أمينة",
    }
    world.beheer.vergeet_concept(world.inburgeraar_id, "gesprek")
    assert world.beheer.concept(world.inburgeraar_id, "gesprek") is None
    assert world.beheer.concept(world.inburgeraar_id, "signaal") == {"tekst": "Slaapt"}
    with pytest.raises(ValueError):
        world.beheer.bewaar_concept(world.inburgeraar_id, "pip", {})
