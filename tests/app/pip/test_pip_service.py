"""Status flow: concept → ter ondertekening → vastgesteld → gewijzigd, never edited in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.inburgeraars.model import Inburgeraar
from app.pip.codec import diff, inhoud_from_dict, inhoud_to_dict
from app.pip.model import Afspraak, Ontzorgen, Voortgangsgesprek
from app.pip.service import DuoCheckError, PipError, PipService
from app.validation import ValidationError
from tests.support.pip import complete_inhoud


def test_roundtrip_of_all_parts() -> None:
    inhoud = replace(
        complete_inhoud(),
        ontzorgen=Ontzorgen(("huur", "gas"), date(2025, 4, 1), True),
        afspraken=(Afspraak("Selam", "Inschrijven bij de bibliotheek", date(2025, 6, 1)),),
        voortgangsgesprekken=(Voortgangsgesprek(date(2025, 9, 1), "Taal"),),
    )
    assert inhoud_from_dict(inhoud_to_dict(inhoud)) == inhoud


def test_flow_to_vastgesteld_and_no_edit_after(pips: PipService, inburgeraar: Inburgeraar) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud())
    assert pip.status == "concept" and pip.versie == 1
    pip = pips.save(pip, replace(pip.inhoud, knm="KNM bij de taalschool"))
    pip = pips.ter_ondertekening(str(pip.id))
    assert pip.status == "ter_ondertekening"
    pip = pips.vaststellen(str(pip.id), date(2025, 5, 1))
    assert pip.status == "vastgesteld" and pip.dagtekening == date(2025, 5, 1)
    with pytest.raises(PipError, match="nieuwe versie"):
        pips.save(pip, replace(pip.inhoud, knm="anders"))
    assert pips.get(str(pip.id)).inhoud.knm == "KNM bij de taalschool"


def test_database_refuses_an_edit_in_place(pips: PipService, inburgeraar: Inburgeraar) -> None:
    assert inburgeraar.id
    pip = pips.vaststellen(str(pips.create(inburgeraar.id, complete_inhoud()).id), date(2025, 5, 1))
    with pytest.raises(Exception, match="niet wijzigbaar"):
        pips.store.conn.execute("UPDATE pip SET inhoud = '{}' WHERE id = ?", (pip.id,))


def test_change_makes_a_new_version_and_keeps_the_old(
    pips: PipService, inburgeraar: Inburgeraar
) -> None:
    assert inburgeraar.id
    first = pips.vaststellen(
        str(pips.create(inburgeraar.id, complete_inhoud()).id), date(2025, 5, 1)
    )
    with pytest.raises(ValidationError):
        pips.wijzigen(inburgeraar.id, "afschalen", "  ")
    second = pips.wijzigen(inburgeraar.id, "afschalen", "Na een jaar blijkt B1 niet haalbaar.")
    assert second.versie == 2 and second.status == "concept"
    assert second.inhoud.route.niveau == "A2"
    with pytest.raises(DuoCheckError) as info:
        pips.vaststellen(str(second.id), date(2025, 4, 1))  # before the first PIP
    assert {v.code for v in info.value.violations} == {"voor_eerste_pip", "voor_huidige_pip"}
    second = pips.vaststellen(str(second.id), date(2026, 5, 1))
    versions = pips.versions(inburgeraar.id)
    assert [v.status for v in versions] == ["gewijzigd", "vastgesteld"]
    assert versions[0].inhoud == first.inhoud
    assert ("route.niveau", "B1", "A2") in diff(versions[0].inhoud, versions[1].inhoud)


def test_first_pip_at_a2_is_refused(pips: PipService, inburgeraar: Inburgeraar) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud(niveau="A2"))
    with pytest.raises(DuoCheckError) as info:
        pips.vaststellen(str(pip.id), date(2025, 5, 1))
    assert info.value.violations[0].code == "a2_eerste_pip"
    assert pips.get(str(pip.id)).status == "concept"


def test_deviating_choice_needs_a_reason(pips: PipService, inburgeraar: Inburgeraar) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud(route="B", advies="Z"))
    with pytest.raises(ValidationError) as info:
        pips.ter_ondertekening(str(pip.id))
    assert "route.reden_afwijking" in info.value.errors
    pip = pips.save(pip, complete_inhoud(route="B", advies="Z", reden_afwijking="Sterke motivatie"))
    assert pips.ter_ondertekening(str(pip.id)).status == "ter_ondertekening"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"pvt": replace(complete_inhoud().pvt, uren=11)}, "pvt.uren"),
        ({"map": replace(complete_inhoud().map, uren=39)}, "map.uren"),
    ],
)
def test_wrong_hours_are_refused_and_nothing_changes(
    pips: PipService, inburgeraar: Inburgeraar, change: dict[str, object], field: str
) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud())
    with pytest.raises(ValidationError) as info:
        pips.save(pip, replace(pip.inhoud, **change))  # type: ignore[arg-type]
    assert field in info.value.errors
    assert pips.get(str(pip.id)).inhoud == pip.inhoud


def test_map_not_in_onderwijsroute_and_ontzorgen_asiel_only(
    pips: PipService, inburgeraar: Inburgeraar, inburgeraars: object
) -> None:
    assert inburgeraar.id
    onderwijs = complete_inhoud(route="O", advies="O")
    with pytest.raises(ValidationError) as info:
        pips.create(inburgeraar.id, replace(onderwijs, map=complete_inhoud().map))
    assert "map.inhoud" in info.value.errors
    from tests.conftest import valid_form

    migrant = pips.inburgeraars.save(
        valid_form(bsn="", v_nummer="", doelgroep="Gezinsvormer", voornamen="Amal")
    )
    assert migrant.id
    with pytest.raises(ValidationError) as info:
        pips.create(migrant.id, replace(complete_inhoud(), ontzorgen=Ontzorgen(("huur",))))
    assert "ontzorgen.posten" in info.value.errors
    with pytest.raises(ValidationError) as info:
        pips.create(migrant.id, complete_inhoud(intensiteit_uren=500))
    assert "route.intensiteit_uren" in info.value.errors


def test_duo_message_only_for_a_vastgesteld_passing_pip(
    pips: PipService, inburgeraar: Inburgeraar
) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud(intensiteit_uren=600))
    with pytest.raises(Exception, match="geen vastgestelde"):
        pips.duo_message(inburgeraar.id)
    pips.vaststellen(str(pip.id), date(2025, 5, 1))
    msg, path = pips.duo_bericht(inburgeraar.id)
    assert msg["pip"]["geschatteIntensiteitB1Route"] == 600 and msg["gemeentecode"] == "0294"
    assert path == "/personen/999990019/PIP" and "bsn" not in msg and "bsn" not in msg["pip"]


def test_deadlines_follow_the_pip(pips: PipService, inburgeraar: Inburgeraar) -> None:
    assert inburgeraar.id
    soorten = {t.soort: t for t in pips.termijnen.for_inburgeraar(inburgeraar.id)}
    assert soorten["pip"].datum == date(2025, 5, 10)  # 10 weeks after 01-03-2025
    inhoud = replace(
        complete_inhoud(), afspraken=(Afspraak("Selam", "Bibliotheek", date(2025, 6, 1)),)
    )
    pip = pips.create(inburgeraar.id, inhoud)
    pips.vaststellen(str(pip.id), date(2025, 5, 1))
    soorten = {t.soort: t for t in pips.termijnen.for_inburgeraar(inburgeraar.id)}
    assert "pip" not in soorten
    assert soorten["inburgeringstermijn"].datum == date(2028, 5, 1)
    assert soorten["routewissel"].datum == date(2026, 11, 1)
    rows = pips.termijnen.overview(date(2025, 6, 10), 30)
    assert [(r.soort, r.dagen) for r in rows] == [("afspraak", -9)]
    assert (rows[0].naam, rows[0].gemeentecode, rows[0].klantmanager) == (
        "Selam Tesfamariam",
        "0294",
        "Anouk Jansen",
    )
    pips.termijnen.add_duo_verlenging(inburgeraar.id, 112, "Bevalling")
    soorten = {t.soort: t for t in pips.termijnen.for_inburgeraar(inburgeraar.id)}
    assert soorten["inburgeringstermijn"].datum == date(2028, 8, 21)
    assert "112 dagen" in soorten["inburgeringstermijn"].reden
