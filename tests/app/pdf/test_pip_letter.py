"""The formal PIP as a municipal letter, from a real store: sender and window address, the
datum/kenmerk block, the bezwaar clause, signatures; a concept cannot pass for a decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.gemeenten import KenmerkError, check_patroon, gegevens, voorbeelden
from app.inburgeraars.service import InburgeraarService
from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.pip_letter import CONCEPT_MARK
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.sample import sample_pip
from app.pdf.source import document_for, handout_for
from app.pip.service import PipService
from app.settings import Settings, settings_path
from tests.conftest import valid_form
from tests.support.pdf import all_text, page_texts, render_png
from tests.support.pip import complete_inhoud

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"  # docs/img keeps chosen pages
DAGTEKENING = date(2026, 2, 9)  # a Monday: bezwaar until Monday 23 March 2026


def _flat(text: str) -> str:
    return " ".join(text.split())


def _settings(inburgeraars: InburgeraarService, **values: str) -> None:
    Settings(**values).save(settings_path(inburgeraars.store.path.parent))  # type: ignore[arg-type]


def _vastgesteld(inburgeraars: InburgeraarService, **form: str) -> str:
    inburgeraar = inburgeraars.save(valid_form(**form))
    assert inburgeraar.id
    pips = PipService(inburgeraars.session)
    pip = pips.create(inburgeraar.id, complete_inhoud())
    pips.vaststellen(str(pip.id), DAGTEKENING)
    return inburgeraar.id


def test_letter_has_sender_window_address_and_reference_block(
    inburgeraars: InburgeraarService,
) -> None:
    _settings(
        inburgeraars,
        klantmanager_telefoon="0543 123456",
        klantmanager_email="a.jansen@winterswijk.nl",
        ondertekenaar="M. de Vries",
        ondertekenaar_functie="teamleider Werk en Inkomen",
    )
    cid = _vastgesteld(inburgeraars)
    doc = document_for(inburgeraars.session, cid)
    text = _flat(all_text(build_pip_pdf(doc)))
    for expected in (
        "Gemeente Winterswijk",
        "Retour: Gemeente Winterswijk, Postbus 101, 7100 AC Winterswijk",
        "Kerkstraat",  # the addressee's street in the window
        "Datum 9 februari 2026",
        f"Kenmerk {doc.kenmerk}",
        "Onderwerp Persoonlijk Plan Inburgering en Participatie, versie 1",
        "Behandeld door",
        "Telefoon 0543 123456",
        "E-mail a.jansen@winterswijk.nl",
        "Namens het college van burgemeester en wethouders van Winterswijk,",
        "M. de Vries",
        "teamleider Werk en Inkomen",
        "Belangrijke datums",
        "Einde inburgeringstermijn",
        "Laatste dag routewissel",
    ):
        assert expected in text, expected
    assert doc.kenmerk.startswith("0294/PIP/2026/")


def test_bezwaar_clause_b1_with_where_and_voorlopige_voorziening(
    inburgeraars: InburgeraarService,
) -> None:
    text = _flat(
        all_text(build_pip_pdf(document_for(inburgeraars.session, _vastgesteld(inburgeraars))))
    )
    assert "U kunt bezwaar maken tot en met maandag 23 maart 2026." in text
    assert (
        "Stuur uw bezwaar naar het college van burgemeester en wethouders van Winterswijk" in text
    )
    assert "Postbus 101, 7100 AC Winterswijk" in text
    assert "www.winterswijk.nl/bezwaar" in text
    assert "voorlopige voorziening" in text and "voorzieningenrechter" in text


def test_key_dates_are_the_termijnen_engine_dates(inburgeraars: InburgeraarService) -> None:
    from app.deadlines.service import TermijnService
    from app.pdf.pip_letter import datum_met_dag

    cid = _vastgesteld(inburgeraars)
    text = _flat(all_text(build_pip_pdf(document_for(inburgeraars.session, cid))))
    shown = {t.soort: t.datum for t in TermijnService(inburgeraars.session).for_inburgeraar(cid)}
    assert shown["inburgeringstermijn"] == date(2029, 2, 9)
    for soort in ("inburgeringstermijn", "routewissel"):
        assert datum_met_dag(shown[soort]) in text, soort


def test_concept_has_mark_on_every_page_no_signature_no_bezwaar(
    inburgeraars: InburgeraarService,
) -> None:
    inburgeraar = inburgeraars.save(valid_form())
    assert inburgeraar.id
    PipService(inburgeraars.session).create(inburgeraar.id, complete_inhoud())
    data = build_pip_pdf(document_for(inburgeraars.session, inburgeraar.id))
    pages = page_texts(data)
    assert len(pages) >= 2
    for page in pages:
        assert CONCEPT_MARK in page
    text = _flat(" ".join(pages))
    assert "Handtekening" not in text and "Ondertekening\n" not in " ".join(pages)
    assert "Namens het college" not in text
    assert "bezwaar" not in text.lower()
    assert "Dit is een concept. Het is nog geen besluit" in text
    hand = _flat(
        all_text(build_handout_pdf(handout_for(inburgeraars.session, inburgeraar.id, "nl")))
    )
    assert "officiële plan" not in hand


def test_handout_of_a_decision_says_the_plan_was_received(inburgeraars: InburgeraarService) -> None:
    cid = _vastgesteld(inburgeraars)
    hand = _flat(all_text(build_handout_pdf(handout_for(inburgeraars.session, cid, "nl"))))
    assert "Het officiële plan heb je ook gekregen." in hand


def test_kenmerk_unique_stored_and_kept(inburgeraars: InburgeraarService) -> None:
    _settings(inburgeraars, kenmerk_patroon="WW-{jaar}-{nummer:04d}")
    first = _vastgesteld(inburgeraars)
    second = _vastgesteld(inburgeraars, bsn="123456782", v_nummer="1234567890")
    pips = PipService(inburgeraars.session)
    k1 = pips.current(first).kenmerk  # type: ignore[union-attr]
    k2 = pips.current(second).kenmerk  # type: ignore[union-attr]
    assert (k1, k2) == ("WW-2026-0001", "WW-2026-0002")
    new = pips.wijzigen(first, "overig", "Adres gewijzigd")
    assert new.kenmerk == ""  # the new version gets its own kenmerk when vastgesteld
    assert pips.current(first) == new


@pytest.mark.parametrize("patroon", ["PIP-{jaar}", "{nummer", "{naam}-{nummer}", "{0}-{nummer}"])
def test_bad_kenmerk_pattern_is_refused_in_dutch(patroon: str) -> None:
    with pytest.raises(KenmerkError, match="kenmerk"):
        check_patroon(patroon)


def test_eight_achterhoek_municipalities_prefilled() -> None:
    codes = {"0197", "1859", "1876", "0222", "1955", "1586", "1509", "0294"}
    assert set(voorbeelden()) == codes
    for code in codes:
        g = gegevens(code, Settings(standaard_gemeentecode="0294"))
        assert g.postadres.startswith("Postbus") and g.bezwaar_online, code
    own = gegevens("0294", Settings(standaard_gemeentecode="0294", gemeente_adres="Postbus 1"))
    assert own.postadres == "Postbus 1"  # Beheer wins for the own municipality
    central = {"0222": {"telefoon": "0314 999999"}}
    assert gegevens("0222", Settings(), central).telefoon == "0314 999999"


@pytest.mark.parametrize("afspraken", [0, 3, 8, 14, 20, 26])
def test_signature_block_and_lists_never_split(afspraken: int) -> None:
    pages = page_texts(build_pip_pdf(sample_pip(afspraken=afspraken)))
    holding = [i for i, p in enumerate(pages) if "Handtekening" in p]
    assert len(holding) == 1
    page = _flat(pages[holding[0]])
    assert "Ondertekening" in page and page.count("Handtekening:") == 2
    assert "Namens het college" in page and "De inburgeraar," in page


def test_reference_renders(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = sample_pip()
    render_png(build_pip_pdf(doc), ARTIFACTS / "pip-besluit", dpi=72)
    concept = replace(doc, status="concept", dagtekening=None, kenmerk="")
    render_png(build_pip_pdf(concept), ARTIFACTS / "pip-concept", dpi=72)
    assert (ARTIFACTS / "pip-besluit-1.png").stat().st_size > 10_000
