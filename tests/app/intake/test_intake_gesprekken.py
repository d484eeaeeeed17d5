"""Gesprekken, notes and signalen: recorded per intake, wrong input refused."""

from __future__ import annotations

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.validation import ValidationError
from tests.conftest import TODAY, valid_form


@pytest.fixture
def setup(inburgeraars: InburgeraarService) -> tuple[GesprekService, str]:
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id
    return GesprekService(
        IntakeService(inburgeraars.session, today=TODAY), today=TODAY
    ), inburgeraar.id


def test_gesprek_with_key_person_roles_interpreter_and_note(
    setup: tuple[GesprekService, str],
) -> None:
    service, cid = setup
    gid = service.add_gesprek(
        cid,
        {
            "datum": "20-11-2026",
            "plaats": "azc",
            "klantmanager": "Anouk Jansen",
            "sleutelpersoon_naam": "Amina Yusuf",
            "rollen": ["vertrouwenspersoon", "vertaler"],
            "tolk": "",
            "zonder_partner_verteld": True,
            "notitie": "Eerste kennismaking.",
        },
    )
    service.add_notitie(gid, "Tweede notitie.")
    (g,) = service.gesprekken(cid)
    assert g.plaats_label == "AZC"
    assert g.rollen == ("vertaler", "vertrouwenspersoon")  # reference order
    assert g.zonder_partner_verteld
    assert g.notities == ("Eerste kennismaking.", "Tweede notitie.")


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"datum": "", "plaats": "azc"}, "datum"),
        ({"datum": "01-01-2030", "plaats": "azc"}, "datum"),
        ({"datum": "01-11-2026", "plaats": "strand"}, "plaats"),
        ({"datum": "01-11-2026", "plaats": "azc", "rollen": ["chef"]}, "rollen"),
        ({"datum": "01-11-2026", "plaats": "azc", "rollen": ["vertaler"]}, "sleutelpersoon_naam"),
    ],
)
def test_wrong_gesprek_is_refused(
    setup: tuple[GesprekService, str], form: dict[str, object], field: str
) -> None:
    service, cid = setup
    with pytest.raises(ValidationError) as info:
        service.add_gesprek(cid, form)
    assert field in info.value.errors
    assert service.gesprekken(cid) == []


def test_signalen_are_kept_apart_from_answers(setup: tuple[GesprekService, str]) -> None:
    service, cid = setup
    service.add_signaal(
        cid, {"datum": TODAY, "gemeld_door": "sleutelpersoon", "tekst": "Geldzorgen"}
    )
    with pytest.raises(ValidationError, match="Beschrijf"):
        service.add_signaal(cid, {"datum": TODAY, "tekst": "  "})
    (s,) = service.signalen(cid)
    assert (s.tekst, s.gemeld_door) == ("Geldzorgen", "sleutelpersoon")
    assert service.intake.stored_answers(cid) == {}


def test_empty_note_is_refused(setup: tuple[GesprekService, str]) -> None:
    service, cid = setup
    gid = service.add_gesprek(cid, {"datum": TODAY, "plaats": "gemeentehuis"})
    with pytest.raises(ValidationError, match="lege notitie"):
        service.add_notitie(gid, " ")
    with pytest.raises(ValidationError, match="bestaat niet"):
        service.add_notitie("onbekend", "tekst")
