"""DUO's consult answers for 'Gegevens DUO ophalen': the ontheffing/vrijstelling readers refuse
what DUO's schema does not allow (never another error), DuoGegevens survives its JSON, and a
DUO fact taken over from the history fills the right dossier fields."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.duo import toepassen
from app.duo.feiten import DuoFeitService
from app.duo.gegevens import DuoGegevens
from app.duo.messages.common import DuoMessageError
from app.duo.messages.consults import (
    Besluit,
    Doelgroep,
    Inburgeringsplicht,
    Inburgeringstermijn,
    Indeling,
    LbtResultaat,
    ontheffingen_from_json,
    vrijstellingen_from_json,
)
from app.inburgeraars.service import InburgeraarService
from tests.conftest import valid_form
from tests.support.duo.feiten import pulled_duo_fact

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=24), inner, max_size=4)
    ),
    max_leaves=20,
)
besluit_like = st.lists(
    st.dictionaries(
        st.sampled_from(
            [
                "GeheleOntheffing",
                "GedeeltelijkeOntheffing",
                "GeheleVrijstelling",
                "TijdelijkeVrijstelling",
                "GedeeltelijkeVrijstelling",
            ]
        ),
        st.dictionaries(
            st.sampled_from(
                [
                    "oordeel",
                    "grond",
                    "reden",
                    "datumOordeel",
                    "examenonderdeel",
                    "startdatum",
                    "urenBelastbaarheidParticipatieactiviteit",
                ]
            ),
            json_values | st.sampled_from(["Toekenning", "MED", "INS", "2025-01-02", "SC"]),
        ),
    ),
    max_size=3,
)


@given(st.one_of(json_values, besluit_like))
def test_readers_refuse_with_duos_error_only(raw: object) -> None:
    for read in (ontheffingen_from_json, vrijstellingen_from_json):
        try:
            result = read(raw)
        except DuoMessageError:
            continue
        assert all(
            isinstance(b, Besluit) and b.oordeel in ("Toekenning", "Afwijzing") for b in result
        )


def test_a_partial_ontheffing_and_a_temporary_vrijstelling_are_read() -> None:
    (o,) = ontheffingen_from_json(
        [
            {
                "GedeeltelijkeOntheffing": {
                    "oordeel": "Toekenning",
                    "datumOordeel": "2025-09-01",
                    "grond": "MED",
                    "examenonderdeel": "SC",
                }
            }
        ]
    )
    assert (o.soort, o.toegekend, o.grond, o.examenonderdeel) == (
        "gedeeltelijke",
        True,
        "MED",
        "SC",
    )
    (v,) = vrijstellingen_from_json(
        [
            {
                "TijdelijkeVrijstelling": {
                    "oordeel": "Afwijzing",
                    "reden": "INS",
                    "startdatum": "2025-07-01",
                    "einddatum": "2025-12-31",
                }
            }
        ]
    )
    assert (v.soort, v.toegekend, v.einddatum) == ("tijdelijke", False, date(2025, 12, 31))
    with pytest.raises(DuoMessageError):
        ontheffingen_from_json([{"GeheleOntheffing": {"oordeel": "Misschien", "grond": "MED"}}])


dates = st.dates(date(2021, 1, 1), date(2040, 12, 31))


@given(
    st.builds(Inburgeringsplicht, st.booleans(), st.none() | dates, st.none() | dates),
    st.builds(Doelgroep, st.none() | st.sampled_from(list(Indeling)), st.none() | dates),
    st.lists(
        st.builds(LbtResultaat, st.just("Onbekend"), st.just("10,00"), st.just("55,00"), dates),
        max_size=2,
    ),
    st.none() | st.builds(Inburgeringstermijn, dates, dates),
)
def test_gegevens_survive_their_json(plicht, doelgroep, lbt, termijn) -> None:  # type: ignore[no-untyped-def]
    g = DuoGegevens(plicht, doelgroep, lbt, termijn)
    assert DuoGegevens.from_json(json.loads(json.dumps(g.to_json()))) == g


def _fact(
    inburgeraars: InburgeraarService, inburgeraar_id: str, soort: str, gegevens: dict[str, object]
) -> None:
    pulled_duo_fact(
        inburgeraars.store, inburgeraar_id, soort, gegevens, f"{soort} volgens DUO (bron: DUO)"
    )


def test_doelgroep_and_plicht_facts_fill_only_their_own_fields(
    inburgeraars: InburgeraarService,
) -> None:
    client = inburgeraars.save(valid_form(doelgroep="Gezinsvormer"))
    assert client.id
    _fact(
        inburgeraars,
        client.id,
        "doelgroep",
        {
            "indeling": "Asielstatushouder",
            "gedetailleerde_doelgroep": "Asielstatushouder",
            "asielrechten_wijziging": None,
            "begindatum": "2025-04-01",
        },
    )
    _fact(
        inburgeraars,
        client.id,
        "plicht",
        {
            "plichtig": True,
            "datum_start_plicht": "2025-04-01",
            "einddatum": None,
            "datum_melding_duo": "2025-04-03",
            "reden_geen_plicht": None,
        },
    )
    feiten = DuoFeitService(inburgeraars.session).for_inburgeraar(client.id)
    doelgroep = next(f for f in feiten if f.soort == "doelgroep")
    assert toepassen.overnemen(inburgeraars.session, client.id, doelgroep) == [
        "Doelgroep",
        "Indeling (DUO)",
    ]
    now = inburgeraars.get(client.id)
    assert now is not None
    assert (now.doelgroep, now.indeling) == ("Asielstatushouder", "Asielstatushouder")
    assert now.datum_start_plicht == date(2025, 3, 1)  # the plicht fact is not taken yet
    plicht = next(
        f
        for f in DuoFeitService(inburgeraars.session).for_inburgeraar(client.id)
        if f.soort == "plicht"
    )
    assert toepassen.overnemen(inburgeraars.session, client.id, plicht) == [
        "Start inburgeringsplicht",
        "Kennisgeving DUO",
    ]
    now = inburgeraars.get(client.id)
    assert now is not None and now.datum_melding_duo == date(2025, 4, 3)
    handled = DuoFeitService(inburgeraars.session).for_inburgeraar(client.id)
    assert all(f.afgehandeld for f in handled)
    assert sum(f.soort == "overgenomen" for f in handled) == 2
