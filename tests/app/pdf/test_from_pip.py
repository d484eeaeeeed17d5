"""The PIP as stored becomes the paper PIP and handout: every part on the formal PIP, and on the
handout only open agreements the officer left 'op uitleg' (no BSN, no private matters)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.source import document_for, handout_for
from app.pip.model import Afspraak, Ontzorgen, SleutelpersoonRol, Voortgangsgesprek
from app.pip.service import PipService
from tests.conftest import valid_form
from tests.support.pdf import all_text
from tests.support.pip import complete_inhoud

SOON = date.today() + timedelta(days=10)


def _pip_inburgeraar(inburgeraars: InburgeraarService) -> Inburgeraar:
    inburgeraar = inburgeraars.save(valid_form())
    assert inburgeraar.id
    inhoud = replace(
        complete_inhoud(),
        begeleiding="Elke maand een gesprek bij het Plein.",
        knm="KNM-cursus bij de taalschool.",
        ontzorgen=Ontzorgen(("huur", "zorgverzekering"), date(2025, 3, 1), True),
        maatschappelijke_begeleiding="Zes maanden via VluchtelingenWerk.",
        randvoorwaarden="Kinderopvang voor de jongste\nVervoer naar de les",
        afspraken=(
            Afspraak("Selam", "Inschrijven bij de bibliotheek", SOON),
            Afspraak("Klantmanager", "Doorverwijzing naar de GGZ bespreken", SOON, False, False),
            Afspraak("Selam", "Diploma laten waarderen", SOON, True),
        ),
        voortgangsgesprekken=(Voortgangsgesprek(SOON, "Slaapproblemen bespreken"),),
        sleutelpersoon=SleutelpersoonRol(("verbinder",), "", "Helen Haile", "gaat mee naar UWV"),
    )
    PipService(inburgeraars.session).create(inburgeraar.id, inhoud)
    return inburgeraar


def test_formal_pip_carries_every_part(inburgeraars: InburgeraarService) -> None:
    inburgeraar = _pip_inburgeraar(inburgeraars)
    doc = document_for(inburgeraars.session, inburgeraar.id or "")
    text = all_text(build_pip_pdf(doc))
    for expected in (
        "B1-route",
        "Elke maand een gesprek bij het Plein.",
        "KNM-cursus bij de taalschool.",
        "Workshops over kernwaarden",
        "Werkervaring bij de kringloop",
        "Zorgverzekering",
        "Machtiging getekend",
        "Zes maanden via VluchtelingenWerk.",
        "Kinderopvang voor de jongste",
        "Inschrijven bij de bibliotheek",
        "Doorverwijzing naar de GGZ bespreken",  # the formal PIP has everything
        "Helen Haile",
        "Verbinder",
        "999990019",
        "Gemeente Winterswijk",
    ):
        assert expected in text, expected


def test_handout_shows_only_open_agreements_meant_for_it(inburgeraars: InburgeraarService) -> None:
    inburgeraar = _pip_inburgeraar(inburgeraars)
    doc = handout_for(inburgeraars.session, inburgeraar.id or "", "nl")
    texts = [a.wat for a in doc.afspraken]
    assert "Inschrijven bij de bibliotheek" in texts
    assert "Doorverwijzing naar de GGZ bespreken" not in texts  # unticked 'op uitleg'
    assert "Diploma laten waarderen" not in texts  # already done
    assert "Slaapproblemen bespreken" not in " ".join(texts)  # talk subjects stay off
    assert any("hoe het gaat" in t for t in texts)
    text = all_text(build_handout_pdf(doc))
    assert "999990019" not in text and "GGZ" not in text
    assert "Helen Haile" in text
