"""The PIP agrees with the intake, or the officer is told; printed labels are respectful; the
level reads the same in the editor and on paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.pdf.from_pip import pip_document
from app.pip.intake_check import tegenspraak, weekend_afspraken
from app.pip.model import (
    Afspraak,
    Ontzorgen,
    PipInhoud,
    PipVersie,
    Voortgangsgesprek,
    niveau_tekst,
)
from tests.support.pip import complete_inhoud


def _route(inhoud: PipInhoud, **kw: object) -> PipInhoud:
    return replace(inhoud, route=replace(inhoud.route, **kw))  # type: ignore[arg-type]


def test_lbt_not_taken_but_the_reasoning_quotes_it() -> None:
    inhoud = complete_inhoud()  # "De leerbaarheidstoets wijst op B1."
    assert tegenspraak(inhoud, {"lbt.afgenomen": "ja"}) == []
    found = tegenspraak(inhoud, {"lbt.afgenomen": "nee"})
    assert any("niet afgenomen" in w for w in found)


def test_not_literate_in_the_pip_while_the_intake_says_latin_script() -> None:
    inhoud = _route(complete_inhoud(), alfabetisering="A")
    assert any(
        "Latijnse schrift" in w
        for w in tegenspraak(inhoud, {"taal.alfabetisering": "gealfabetiseerd"})
    )
    text = _route(complete_inhoud(), motivering="Selam is nog niet gealfabetiseerd.")
    assert tegenspraak(text, {"taal.alfabetisering": "gealfabetiseerd"})
    agrees = tegenspraak(text, {"taal.alfabetisering": "analfabeet"})
    assert not any("Latijnse" in w for w in agrees)  # text and intake agree; the code NVT not
    assert any("niet nodig" in w for w in agrees)


def test_ontzorgen_without_bijstand_or_before_vestiging() -> None:
    inhoud = replace(complete_inhoud(), ontzorgen=Ontzorgen(("huur",), date(2025, 1, 1), True))
    assert any("geen bijstand" in w for w in tegenspraak(inhoud, {"financien.bijstand": False}))
    assert tegenspraak(inhoud, {"financien.bijstand": True}) == []
    early = tegenspraak(inhoud, {"financien.bijstand": True}, vestiging=date(2025, 2, 15))
    assert early == [
        "Het ontzorgen begint op 01-01-2025, vóór de vestiging in de gemeente (15-02-2025)."
    ]


def test_weekend_meetings_are_flagged() -> None:
    inhoud = replace(
        complete_inhoud(),
        voortgangsgesprekken=(Voortgangsgesprek(date(2026, 12, 5)),),  # a Saturday
        afspraken=(
            Afspraak("Selam", "Bibliotheek", date(2026, 12, 6)),
            Afspraak("Selam", "Les", date(2026, 12, 7)),
        ),
    )
    assert weekend_afspraken(inhoud) == [
        "De voortgangsgesprek is gepland op zaterdag 05-12-2026.",
        "De afspraak 'Bibliotheek' is gepland op zondag 06-12-2026.",
    ]


@pytest.mark.parametrize(
    ("route", "niveau", "shown"),
    [
        ("Z", "", "A1 (doel van de zelfredzaamheidsroute; geen niveau bij DUO)"),
        ("B", "", "B1 (niet ingevuld: DUO neemt B1 aan)"),
        ("O", "", "B1 (niet ingevuld: DUO neemt B1 aan)"),
        ("B", "A2", "A2 (afschalen)"),
        ("B", "B1", "B1"),
    ],
)
def test_niveau_the_same_in_editor_and_pdf(
    qtbot, inburgeraars, route: str, niveau: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import valid_form
    from ui.pip.route_panel import RouteForm

    assert niveau_tekst(route, niveau) == shown
    inburgeraar = inburgeraars.save(valid_form())
    inhoud = _route(complete_inhoud(route), niveau=niveau)
    from app.pdf.document import Gemeente
    from app.pdf.from_pip import Context

    doc = pip_document(
        inburgeraar, PipVersie(str(inburgeraar.id), 1, "concept", inhoud), Context(Gemeente("X"))
    )
    assert doc.leerroute.niveau == shown
    form = RouteForm()
    qtbot.addWidget(form)
    form.load(inhoud.route)
    assert form.niveau.currentText() == shown


def test_printed_literacy_label_is_respectful() -> None:
    from app.inburgeraars.model import Inburgeraar
    from app.pdf.document import Gemeente
    from app.pdf.from_pip import Context

    inburgeraar = Inburgeraar(
        "Selam", "T", date(1995, 1, 1), "v", "Asielstatushouder", "ERI", "ti", "0294", id="x"
    )
    inhoud = _route(complete_inhoud(), alfabetisering="A")
    doc = pip_document(inburgeraar, PipVersie("x", 1, "concept", inhoud), Context(Gemeente("X")))
    assert "Alfabetiseringsonderwijs: ja, leren lezen en schrijven." in doc.leerroute.motivering
    assert "nalfabeet" not in doc.leerroute.motivering
