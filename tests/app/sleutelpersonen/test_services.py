"""Engagements, workload, expense claims, reach and match decisions on a real (encrypted) store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.inburgeraars.service import InburgeraarService
from app.matching.service import MatchService
from app.sleutelpersonen.bereik import bereik, bereik_csv
from app.sleutelpersonen.inzet_service import InzetService, declaraties_csv
from app.sleutelpersonen.service import SleutelpersoonService
from app.validation import ValidationError
from tests.conftest import valid_form
from tests.support.sleutelpersonen import persoon_form
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)

TODAY = date.today()
MAAND = TODAY.strftime("%Y-%m")


@pytest.fixture
def personen(inburgeraars: InburgeraarService) -> SleutelpersoonService:
    return SleutelpersoonService(inburgeraars.session)


def _inzet(pid: str, uren: str, km: str = "0", onkosten: str = "", **kw: str) -> dict[str, str]:
    values = {
        "sleutelpersoon_id": pid,
        "datum": TODAY.isoformat(),
        "soort": "intakegesprek",
        "uren": uren,
        "km": km,
        "onkosten": onkosten,
        "activiteit": "Spreekuur AZC",
    }
    if onkosten:
        values["onkosten_omschrijving"] = "parkeren"
    values.update(kw)
    return values


def test_workload_flags_overload_and_people_never_asked(personen: SleutelpersoonService) -> None:
    druk = personen.save(persoon_form(capaciteit_uren="4"))
    rustig = personen.save(persoon_form(voornaam="Luwam", capaciteit_uren="8"))
    inzet = InzetService(personen.session)
    inzet.add(_inzet(druk.id or "", "3"))
    inzet.add(_inzet(druk.id or "", "2,5"))
    rows = {r.naam: r for r in inzet.werkdruk(MAAND)}
    assert rows[druk.naam].uren == 5.5 and rows[druk.naam].overbelast
    assert rows[rustig.naam].lang_niet_gevraagd and not rows[rustig.naam].overbelast


def test_claim_is_km_times_rate_plus_costs_and_approval_is_final(
    personen: SleutelpersoonService,
) -> None:
    p = personen.save(persoon_form())
    inzet = InzetService(personen.session)
    inzet.set_km_tarief_cent(25)
    inzet.add(_inzet(p.id or "", "1", km="12", onkosten="3,50"))
    inzet.add(_inzet(p.id or "", "2", km="8"))
    [regel] = inzet.declaraties(MAAND)
    assert regel.berekening.totaal_cent == 20 * 25 + 350
    inzet.keur_goed(p.id or "", MAAND, "coördinator")
    with pytest.raises(ValidationError):
        inzet.keur_goed(p.id or "", MAAND, "coördinator")
    inzet.set_km_tarief_cent(30)  # a later rate change does not alter an approved claim
    [regel] = inzet.declaraties(MAAND)
    assert regel.goedgekeurd_totaal_cent == 850 and regel.berekening.km_tarief_cent == 25
    text = declaraties_csv([regel]).decode("utf-8-sig")
    assert "€ 8,50" in text and "goedgekeurd" in text


def test_engagement_for_unknown_key_person_is_refused(personen: SleutelpersoonService) -> None:
    with pytest.raises(ValidationError) as caught:
        InzetService(personen.session).add(_inzet("bestaat-niet", "1"))
    assert "sleutelpersoon_id" in caught.value.errors


def _inburgeraar(inburgeraars: InburgeraarService, **kw: str) -> str:
    return inburgeraars.save(valid_form(**kw), TODAY).id or ""


def test_override_needs_a_reason_and_is_recorded(inburgeraars: InburgeraarService) -> None:
    personen = SleutelpersoonService(inburgeraars.session)
    best = personen.save(persoon_form())
    other = personen.save(persoon_form(voornaam="Saba", gemeentecode="1955"))
    cid = _inburgeraar(inburgeraars)
    answers = {cid: {"sleutelpersoon.themas": ["gezondheid"]}}
    service = MatchService(inburgeraars.session, answers=lambda c: answers.get(c, {}))
    top = service.suggesties(cid).ranglijst[0]
    assert top.kandidaat_id == best.id
    with pytest.raises(ValidationError) as caught:
        service.bevestig(cid, other.id or "", top, reden="")
    assert "reden" in caught.value.errors
    besluit = service.bevestig(cid, other.id or "", top, reden="kent de familie al", door="AJ")
    assert besluit.afwijking
    row = service.huidige(cid)
    assert row is not None and row["afwijking_reden"] == "kent de familie al"
    assert row["voorgesteld_id"] == best.id and row["sleutelpersoon_id"] == other.id


def test_exclusion_and_preference_from_the_intake(inburgeraars: InburgeraarService) -> None:
    personen = SleutelpersoonService(inburgeraars.session)
    man = personen.save(persoon_form(voornaam="Yonas", geslacht="M"))
    vrouw = personen.save(persoon_form())
    cid = _inburgeraar(inburgeraars)
    answers = {"sleutelpersoon.voorkeur_geslacht": "V"}
    service = MatchService(inburgeraars.session, answers=lambda _c: answers)
    assert [u.kandidaat_id for u in service.suggesties(cid).ranglijst] == [vrouw.id]
    service.sluit_uit(cid, vrouw.id or "", "familie")
    result = service.suggesties(cid)
    assert result.ranglijst == ()
    assert result.uitgesloten == {
        "uitgesloten (belangenconflict)": 1,
        "ander geslacht dan gewenst": 1,
    }
    assert man.id


def test_confirmed_matches_spread_the_next_suggestions(inburgeraars: InburgeraarService) -> None:
    personen = SleutelpersoonService(inburgeraars.session)
    a = personen.save(persoon_form(capaciteit_uren="6"))
    b = personen.save(persoon_form(voornaam="Saba", capaciteit_uren="6"))
    service = MatchService(inburgeraars.session, answers=lambda _c: {})
    chosen = []
    for n, bsn in enumerate(("999990019", "999990020", "999990032", "999990044")):
        cid = _inburgeraar(inburgeraars, bsn=bsn, v_nummer=f"99123456{n:02d}")
        top = service.suggesties(cid).ranglijst[0]
        service.bevestig(cid, top.kandidaat_id, top)
        chosen.append(top.kandidaat_id)
    assert sorted(chosen) == sorted([a.id, a.id, b.id, b.id])


def test_reach_counts_supported_newcomers(inburgeraars: InburgeraarService) -> None:
    personen = SleutelpersoonService(inburgeraars.session)
    p = personen.save(persoon_form())
    cid = _inburgeraar(inburgeraars)
    InzetService(inburgeraars.session).add(_inzet(p.id or "", "1", inburgeraar_id=cid))
    b = bereik(personen.repo.supported_inburgeraars(), personen.gemeente_namen(), TODAY)
    assert b.totaal == 1
    assert b.per["taal"] == [("Tigrinya", 1)] and b.per["gemeente"] == [("Winterswijk", 1)]
    age_group = "28 tot en met 39" if TODAY.year - 1995 <= 39 else "40 tot en met 54"
    assert f"Leeftijdsgroep;{age_group};1" in bereik_csv(b).decode("utf-8-sig")


def test_inzet_in_the_future_is_refused(personen: SleutelpersoonService) -> None:
    p = personen.save(persoon_form())
    future = (TODAY + timedelta(days=10)).isoformat()
    with pytest.raises(ValidationError) as caught:
        InzetService(personen.session).add(_inzet(p.id or "", "1", datum=future))
    assert "toekomst" in caught.value.errors["datum"]


def test_a_wrong_booking_can_be_removed_until_the_claim_is_approved(
    personen: SleutelpersoonService,
) -> None:
    p = personen.save(persoon_form())
    inzet = InzetService(personen.session)
    first = inzet.add(_inzet(p.id or "", "1", km="10"))
    second = inzet.add(_inzet(p.id or "", "2", km="5"))
    inzet.verwijder(first)
    assert [r["id"] for r in inzet.in_maand(MAAND)] == [second]
    inzet.keur_goed(p.id or "", MAAND, "coördinator")
    with pytest.raises(ValidationError) as caught:
        inzet.verwijder(second)
    assert "goedgekeurd" in caught.value.errors["inzet"]
    assert len(inzet.in_maand(MAAND)) == 1
