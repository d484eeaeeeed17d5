"""The formal PIP as a municipal letter: letterhead, window-envelope address, the datum/kenmerk
block, the bezwaar clause, the signatures and, on a concept, the diagonal CONCEPT mark.

Positions follow the usual Dutch window envelope (EA5/6, window on the left): the addressee
block sits 22 mm from the left edge and 50–85 mm from the top, the return address in small type
just above it. Header, body and footer share one left margin (``MARGIN``).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from app.pdf.common import datum_kort, datum_lang
from app.pdf.document import PipDocument
from app.pdf.fonts import LATIN, font_name

MARGIN = 22 * mm
LEFT = MARGIN + 6  # where text starts: reportlab's frame pads the margin by 6 pt
LABEL = 45 * mm  # one grid for labels on every page
WINDOW_TOP = 50 * mm  # from the top edge of the paper
WINDOW_HEIGHT = 35 * mm
CONCEPT_MARK = "CONCEPT — niet ondertekenen"
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def datum_met_dag(d: date | None) -> str:
    """maandag 23 maart 2026; a dash for no date."""
    return f"{DAGEN[d.weekday()]} {datum_lang(d)}" if d else "–"


def college(doc: PipDocument) -> str:
    gemeente = doc.gemeente.naam or "de gemeente"
    return f"het college van burgemeester en wethouders van {gemeente}"


def ondertekenaar(doc: PipDocument) -> tuple[str, str]:
    """(name, function) of who signs namens het college."""
    g = doc.gemeente
    if g.ondertekenaar:
        return g.ondertekenaar, g.ondertekenaar_functie
    return doc.klantmanager, "klantmanager inburgering"


def info_rows(doc: PipDocument) -> list[tuple[str, str]]:
    """The block beside the letter's start: datum (the dagtekening), kenmerk, onderwerp …"""
    if doc.is_besluit:
        datum = datum_lang(doc.dagtekening)
    else:
        datum = "nog niet vastgesteld (concept)" if doc.status == "concept" else "bij vaststelling"
    rows = [
        ("Datum", datum),
        ("Kenmerk", doc.kenmerk or "wordt gegeven bij vaststelling"),
        ("Onderwerp", f"Persoonlijk Plan Inburgering en Participatie, versie {doc.versie}"),
        ("Behandeld door", doc.klantmanager or "–"),
    ]
    if doc.klantmanager_telefoon:
        rows.append(("Telefoon", doc.klantmanager_telefoon))
    if doc.klantmanager_email:
        rows.append(("E-mail", doc.klantmanager_email))
    return rows


def bezwaar_tekst(doc: PipDocument) -> str:
    """The bezwaar clause in B1 Dutch; empty for a concept (it is no decision yet)."""
    if doc.status == "concept":
        return ""
    g = doc.gemeente
    if doc.is_besluit:
        when = (
            f"U kunt bezwaar maken tot en met {datum_met_dag(doc.bezwaar_uiterlijk)}. "
            "Dat is zes weken na de dag na de datum van deze brief."
        )
    else:
        when = "U kunt bezwaar maken tot zes weken na de dag na de datum van deze brief."
    adres = ", ".join(line.strip() for line in g.adres.splitlines() if line.strip())
    waar = f"Stuur uw bezwaar naar {college(doc)}" + (f", {adres}." if adres else ".")
    if g.bezwaar_online:
        waar += f" U kunt ook bezwaar maken via {g.bezwaar_online}."
    return (
        "Dit plan is een besluit. Bent u het er niet mee eens? Dan kunt u bezwaar maken. "
        f"{when} {waar} Schrijf in uw brief: uw naam en adres, de datum, het kenmerk van deze "
        "brief, waarom u het er niet mee eens bent, en zet uw handtekening eronder.\n\n"
        "Is het dringend? Dan kunt u de voorzieningenrechter van de rechtbank vragen om een "
        "voorlopige voorziening. Dat kan als u ook bezwaar hebt gemaakt. Daarvoor betaalt u "
        "meestal griffierecht."
    )


def _letterhead(canvas: Any, doc: PipDocument) -> None:
    g = doc.gemeente
    width, height = A4
    top = height - 16 * mm
    source: Any = io.BytesIO(g.logo_data) if g.logo_data else None
    if source is None and g.logo_pad and Path(g.logo_pad).is_file():
        source = g.logo_pad
    if source is not None:
        try:
            image = ImageReader(source)
            w, h = image.getSize()
            scale = min(45 * mm / w, 20 * mm / h)
            canvas.drawImage(
                image,
                width - LEFT - w * scale,
                top - h * scale + 4 * mm,
                w * scale,
                h * scale,
                mask="auto",
            )
        except OSError:
            pass  # an unreadable logo leaves the letterhead without it, never the letter
    canvas.setFont(font_name(LATIN, True), 14)
    canvas.drawString(LEFT, top - 2 * mm, f"Gemeente {g.naam}" if g.naam else "Gemeente")
    canvas.setFont(font_name(LATIN), 8.5)
    lines = [line for line in (g.bezoekadres, g.telefoon, g.email, g.website) if line]
    for i, line in enumerate(lines):
        canvas.drawString(LEFT, top - 7 * mm - i * 10, line)


def _address_window(canvas: Any, doc: PipDocument) -> None:
    _width, height = A4
    retour = ", ".join(line.strip() for line in doc.gemeente.adres.splitlines() if line.strip())
    y = height - WINDOW_TOP
    if retour:
        canvas.setFont(font_name(LATIN), 7)
        canvas.drawString(LEFT, y + 1.5 * mm, f"Retour: Gemeente {doc.gemeente.naam}, {retour}")
    canvas.setFont(font_name(LATIN), 10)
    for i, line in enumerate((doc.dossier.naam, *doc.dossier.adres)):
        canvas.drawString(LEFT, y - 5 * mm - i * 13, line)


def _concept_mark(canvas: Any) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.22)
    canvas.setFont(font_name(LATIN, True), 40)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, 0, CONCEPT_MARK)
    canvas.restoreState()


def decorate(doc: PipDocument, titel: str) -> Any:
    """The page callback: letterhead and address on page 1, running header after it, the
    footer on every page, the CONCEPT mark on every page of a concept."""

    def every_page(canvas: Any, _template: Any) -> None:
        canvas.saveState()
        if canvas.getPageNumber() == 1:
            _letterhead(canvas, doc)
            _address_window(canvas, doc)
        else:
            canvas.setFont(font_name(LATIN), 8.5)
            canvas.setFillGray(0.3)
            kenmerk = f" · kenmerk {doc.kenmerk}" if doc.kenmerk else ""
            running = f"{titel} · {doc.dossier.naam} · versie {doc.versie}{kenmerk}"
            canvas.drawString(LEFT, A4[1] - 14 * mm, running)
        canvas.setFont(font_name(LATIN), 8.5)
        canvas.setFillGray(0.3)
        when = datum_kort(doc.dagtekening) if doc.dagtekening else doc.status
        canvas.drawString(
            LEFT,
            28,
            f"PIP versie {doc.versie} · {when}",
        )
        canvas.restoreState()
        if doc.status == "concept":
            _concept_mark(canvas)

    return every_page


# Space the story leaves free on page 1 for letterhead and window (from the top margin).
FIRST_PAGE_GAP = WINDOW_TOP + WINDOW_HEIGHT - MARGIN
