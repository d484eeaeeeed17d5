"""A printable monthly expense claim for one key person (reportlab).

For the finance department: engagements by date, type, hours, km and expenses; no names of
newcomers, no BSN, no health data; only the key person's work contact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.pdf.common import markup_display
from app.pdf.fonts import LATIN, font_name, register_fonts
from app.sleutelpersonen.inzet import SOORTEN_INZET
from app.sleutelpersonen.inzet_service import DeclaratieRegel
from app.sleutelpersonen.model import Sleutelpersoon
from app.sleutelpersonen.werkdruk import euro
from app.validation import format_date

BOLD = font_name(LATIN, bold=True)
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def maand_tekst(maand: str) -> str:
    return f"{MAANDEN[int(maand[5:7]) - 1]} {maand[:4]}"


def _uren(minuten: int) -> str:
    h, m = divmod(minuten, 60)
    return f"{h}:{m:02d}"


def _regels(inzetten: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    rows = [["Datum", "Soort inzet", "Uren", "Km", "Onkosten", "Waarvoor"]]
    for i in inzetten:
        rows.append(
            [
                format_date(str(i["datum"])),
                SOORTEN_INZET.get(str(i["soort"]), str(i["soort"])),
                _uren(int(i["minuten"])),
                str(i["km"]),
                euro(int(i["onkosten_cent"])) if i["onkosten_cent"] else "",
                str(i["onkosten_omschrijving"]),
            ]
        )
    return rows


def _inzet_tabel(inzetten: Sequence[Mapping[str, Any]], cell: ParagraphStyle) -> Table:
    widths = [24 * mm, 52 * mm, 16 * mm, 14 * mm, 24 * mm, 40 * mm]
    rows: list[list[Any]] = _regels(inzetten)
    for row in rows[1:]:  # free text may be in any script: wrap it in the right fonts
        row[5] = Paragraph(markup_display(row[5]), cell)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
                ("ALIGN", (2, 0), (4, -1), "RIGHT"),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def _totalen(regel: DeclaratieRegel) -> Table:
    b = regel.berekening
    totals = Table(
        [
            ["Kilometers", f"{b.km} km × {euro(b.km_tarief_cent)}", euro(b.km_vergoeding_cent)],
            ["Onkosten", "", euro(b.onkosten_cent)],
            ["Totaal", "", euro(b.totaal_cent)],
        ],
        colWidths=[40 * mm, 60 * mm, 30 * mm],
    )
    totals.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("FONTNAME", (0, 2), (-1, 2), BOLD),
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ]
        )
    )
    totals.hAlign = "LEFT"
    return totals


def _status(regel: DeclaratieRegel) -> str:
    if not regel.goedgekeurd_op:
        return "Nog niet goedgekeurd. Handtekening coördinator: ______________________"
    status = f"Goedgekeurd op {format_date(regel.goedgekeurd_op[:10])}"
    return status + (f" door {regel.goedgekeurd_door}" if regel.goedgekeurd_door else "")


def _styles() -> dict[str, ParagraphStyle]:
    """The sample styles in the bundled fonts: Helvetica has no Arabic or Ethiopic letters."""
    register_fonts()
    base = getSampleStyleSheet()
    regular, bold = font_name(LATIN), BOLD
    styles = {
        name: ParagraphStyle(f"decl-{name}", parent=base[name], fontName=font)
        for name, font in (
            ("Title", bold),
            ("Heading2", bold),
            ("Normal", regular),
            ("Italic", regular),
        )
    }
    styles["Cell"] = ParagraphStyle("decl-cell", parent=styles["Normal"], fontSize=9, leading=11)
    return styles


def schrijf_declaratie_pdf(
    path: Path,
    persoon: Sleutelpersoon,
    regel: DeclaratieRegel,
    inzetten: Sequence[Mapping[str, Any]],
    gemaakt: date | None = None,
) -> None:
    styles = _styles()
    maand = regel.berekening.maand
    naam = markup_display(f"{persoon.naam} — {maand_tekst(maand)}")
    story: list[Any] = [
        Paragraph("Declaratie sleutelpersoon", styles["Title"]),
        Paragraph(naam, styles["Heading2"]),
    ]
    if persoon.werk_email or persoon.werk_telefoon:
        contact = " · ".join(x for x in (persoon.werk_email, persoon.werk_telefoon) if x)
        story.append(Paragraph(markup_display(f"Werkcontact: {contact}"), styles["Normal"]))
    tabel = _inzet_tabel(inzetten, styles["Cell"])
    story += [Spacer(1, 6 * mm), tabel, Spacer(1, 6 * mm)]
    story += [_totalen(regel), Spacer(1, 8 * mm), Paragraph(_status(regel), styles["Normal"])]
    made = format_date(gemaakt or date.today())
    story += [Spacer(1, 4 * mm), Paragraph(f"Gemaakt met Wegwijs op {made}.", styles["Italic"])]
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=f"Declaratie {maand}", author="Wegwijs",
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
    )  # fmt: skip
    doc.build(story, canvasmaker=_canvas)


def _canvas(*args: Any, **kwargs: Any) -> Canvas:
    """A canvas that starts in the bundled font, so Helvetica is not even referenced."""
    kwargs["initialFontName"] = font_name(LATIN)
    return Canvas(*args, **kwargs)
