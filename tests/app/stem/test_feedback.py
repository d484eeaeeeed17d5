"""Feedback of a key person on an intake gesprek: structured fields plus free text, also later,
never on the PIP or the handout; the coördinator sees it per key person."""

from __future__ import annotations

from datetime import date

import pytest

from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.source import document_for, handout_for
from app.pip.service import PipService
from app.security.roles import PermissionDeniedError, Role, acting_as
from app.sleutelpersonen.service import SleutelpersoonService
from app.stem.feedback import FeedbackService, feedback_van_sleutelpersoon, sleutelpersoon_kant
from app.validation import ValidationError
from db.connection import Store
from tests.conftest import TODAY
from tests.support.pdf import all_text
from tests.support.pip import complete_inhoud
from tests.support.sleutelpersonen import persoon_form
from tests.support.stem import Dossier

FORM = {
    "datum": "27-11-2026",  # a week after the gesprek: given later
    "doel_begrepen": "deels",
    "vrij_gesproken": "ja",
    "themas": ["uitleg", "tijd"],
    "anders_doen": "Meer tijd nemen voor de uitleg over de leerroutes.",
    "tips": "Teken de drie leerroutes op papier.",
    "toelichting": "Zij durfde pas aan het eind vragen te stellen.",
}


def test_feedback_later_and_corrected(dossier: Dossier, store: Store) -> None:
    service = FeedbackService(store, today=TODAY)
    service.save(dossier.gesprek_id, FORM)
    got = service.get(dossier.gesprek_id)
    assert got is not None
    assert (got.datum, got.doel_begrepen, got.themas) == (
        date(2026, 11, 27),
        "deels",
        ("uitleg", "tijd"),
    )
    service.save(dossier.gesprek_id, {**FORM, "doel_begrepen": "ja"}, got.versie)
    again = service.get(dossier.gesprek_id)
    assert again is not None and again.doel_begrepen == "ja" and again.versie == got.versie + 1
    with pytest.raises(ValidationError) as info:  # based on the old version: refused
        service.save(dossier.gesprek_id, FORM, got.versie)
    assert "versie" in info.value.errors


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"doel_begrepen": "misschien"}, "doel_begrepen"),
        ({"themas": ["eten"]}, "themas"),
        ({"datum": "19-11-2026"}, "datum"),  # before the gesprek
        ({"datum": "02-12-2026"}, "datum"),  # in the future
        ({"tips": "x" * 2001}, "tips"),
    ],
)
def test_wrong_feedback_saves_nothing(
    dossier: Dossier, store: Store, change: dict[str, object], field: str
) -> None:
    service = FeedbackService(store, today=TODAY)
    with pytest.raises(ValidationError) as info:
        service.save(dossier.gesprek_id, {**FORM, **change})
    assert field in info.value.errors
    assert service.get(dossier.gesprek_id) is None


def test_no_feedback_on_a_gesprek_without_key_person(dossier: Dossier, store: Store) -> None:
    gid = dossier.gesprekken.add_gesprek(
        dossier.inburgeraar_id, {"datum": "21-11-2026", "plaats": "azc"}
    )
    with pytest.raises(ValidationError) as info:
        FeedbackService(store, today=TODAY).save(gid, FORM)
    assert "gesprek" in info.value.errors


def test_feedback_is_never_on_the_pip_or_the_handout(dossier: Dossier, store: Store) -> None:
    FeedbackService(store, today=TODAY).save(dossier.gesprek_id, FORM)
    PipService(store).create(dossier.inburgeraar_id, complete_inhoud())
    pip_text = all_text(build_pip_pdf(document_for(store, dossier.inburgeraar_id)))
    handout_text = all_text(build_handout_pdf(handout_for(store, dossier.inburgeraar_id, "nl")))
    assert "B1-route" in pip_text  # the documents were made
    for text in (pip_text, handout_text):
        for words in ("leerroutes op papier", "Meer tijd nemen", "durfde pas", "Deels"):
            assert words not in text


def test_coordinator_sees_how_often_asked_and_shareable_text_only(
    dossier: Dossier, store: Store
) -> None:
    with acting_as(store, "coördinator", Role.COORDINATOR):
        person = SleutelpersoonService(store).save(persoon_form(), today=TODAY)
    assert person.id
    person_id = person.id
    gid = dossier.gesprekken.add_gesprek(
        dossier.inburgeraar_id,
        {"datum": "20-11-2026", "plaats": "azc", "sleutelpersoon_id": person_id,
         "sleutelpersoon_naam": person.naam, "rollen": ["verbinder"]},
    )  # fmt: skip
    dossier.gesprek_id = gid
    service = FeedbackService(store, today=TODAY)
    service.save(dossier.gesprek_id, {**FORM, "deelbaar": False})
    with acting_as(store, "coördinator", Role.COORDINATOR):
        (row,) = [k for k in sleutelpersoon_kant(store) if k.id == person_id]
        assert (row.gesprekken, row.feedback, row.laatst_gevraagd) == (1, 1, date(2026, 11, 20))
        (given,) = feedback_van_sleutelpersoon(store, person_id)
        assert given.doel_begrepen == "deels" and given.tips == "" and given.toelichting == ""
        with pytest.raises(PermissionDeniedError):
            service.get(dossier.gesprek_id)  # the coördinator has no dossier access
    current = service.get(dossier.gesprek_id)
    assert current is not None
    service.save(dossier.gesprek_id, {**FORM, "deelbaar": True}, current.versie)
    with acting_as(store, "coördinator", Role.COORDINATOR):
        (given,) = feedback_van_sleutelpersoon(store, person_id)
        assert given.tips == FORM["tips"]
