"""A printable monthly expense claim for one key person (reportlab).

For the finance department: municipality, cost centre, the key person's name and IBAN,
engagements by date, type, hours, km and expenses with their totals, and date and signature lines
for the key person and the coördinator; no names of newcomers, no BSN, no health data.
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
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.pdf.common import markup_display
from app.pdf.fonts import LATIN, font_name, register_fonts
from app.sleutelpersonen.inzet import SOORTEN_INZET
from app.sleutelpersonen.inzet_service import DeclaratieRegel
from app.sleutelpersonen.model import Sleutelpersoon
from app.sleutelpersonen.werkdruk import euro
from app.validation import format_date, format_iban

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


def _totalen(regel: DeclaratieRegel, minuten: int) -> Table:
    b = regel.berekening
    totals = Table(
        [
            ["Uren", _uren(minuten), ""],
            ["Kilometers", f"{b.km} km × {euro(b.km_tarief_cent)}", euro(b.km_vergoeding_cent)],
            ["Onkosten", "", euro(b.onkosten_cent)],
            ["Totaal te betalen", "", euro(b.totaal_cent)],
        ],
        colWidths=[40 * mm, 60 * mm, 30 * mm],
    )
    totals.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("FONTNAME", (0, 3), (-1, 3), BOLD),
                ("LINEABOVE", (0, 3), (-1, 3), 0.8, colors.black),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ]
        )
    )
    totals.hAlign = "LEFT"
    return totals


def _status(regel: DeclaratieRegel) -> str:
    if not regel.goedgekeurd_op:
        return "Nog niet goedgekeurd door de coördinator."
    status = f"Goedgekeurd op {format_date(regel.goedgekeurd_op[:10])}"
    return status + (f" door {regel.goedgekeurd_door}" if regel.goedgekeurd_door else "")


def _gegevens(
    persoon: Sleutelpersoon, maand: str, gemeente: str, kostenplaats: str, cell: ParagraphStyle
) -> Table:
    rows = [
        ("Gemeente", gemeente or "–"),
        ("Kostenplaats", kostenplaats or "–"),
        ("Sleutelpersoon", persoon.naam),
        ("IBAN", format_iban(persoon.iban) if persoon.iban else "nog niet bekend"),
        ("Maand", maand_tekst(maand)),
    ]
    if persoon.werk_email or persoon.werk_telefoon:
        contact = " · ".join(x for x in (persoon.werk_email, persoon.werk_telefoon) if x)
        rows.append(("Werkcontact", contact))
    table = Table(
        [[Paragraph(k, cell), Paragraph(markup_display(v), cell)] for k, v in rows],
        colWidths=[40 * mm, 130 * mm],
    )
    table.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)), ("LEFTPADDING", (0, 0), (0, -1), 0)]
        )
    )
    table.hAlign = "LEFT"
    return table


def _handtekeningen(persoon: Sleutelpersoon, cell: ParagraphStyle) -> KeepTogether:
    """Date and signature lines for the key person and the coördinator, side by side."""
    rows = [
        ["De sleutelpersoon", "", "De coördinator sleutelpersonen"],
        [markup_display(persoon.naam), "", ""],
        ["Datum:", "", "Datum:"],
        ["Handtekening:", "", "Handtekening:"],
    ]
    cells = [[Paragraph(c, cell) for c in row] for row in rows]
    table = Table(
        cells, colWidths=[78 * mm, 14 * mm, 78 * mm], rowHeights=[None, None, 12 * mm, 16 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("VALIGN", (0, 2), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 2), (0, 3), 0.6, colors.black),
                ("LINEBELOW", (2, 2), (2, 3), 0.6, colors.black),
            ]
        )
    )
    table.hAlign = "LEFT"
    return KeepTogether([table])


def titel(persoon: Sleutelpersoon, maand: str) -> str:
    """Unique per person and month: the document title and the heading."""
    return f"Declaratie sleutelpersoon {persoon.naam} – {maand_tekst(maand)}"


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
    gemeente: str = "",
    kostenplaats: str = "",
) -> None:
    styles = _styles()
    maand = regel.berekening.maand
    story: list[Any] = [
        Paragraph("Declaratie sleutelpersoon", styles["Title"]),
        Paragraph(markup_display(f"{persoon.naam} — {maand_tekst(maand)}"), styles["Heading2"]),
        _gegevens(persoon, maand, gemeente, kostenplaats, styles["Cell"]),
    ]
    tabel = _inzet_tabel(inzetten, styles["Cell"])
    minuten = sum(int(i["minuten"]) for i in inzetten)
    story += [Spacer(1, 6 * mm), tabel, Spacer(1, 6 * mm)]
    story += [_totalen(regel, minuten), Spacer(1, 6 * mm)]
    story += [Paragraph(_status(regel), styles["Normal"]), Spacer(1, 4 * mm)]
    story.append(_handtekeningen(persoon, styles["Cell"]))
    made = format_date(gemaakt or date.today())
    story += [Spacer(1, 4 * mm), Paragraph(f"Gemaakt met Wegwijs op {made}.", styles["Italic"])]
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=titel(persoon, maand), author=f"Gemeente {gemeente}".strip(),
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
    )  # fmt: skip
    doc.build(story, canvasmaker=_canvas)


def _canvas(*args: Any, **kwargs: Any) -> Canvas:
    """A canvas that starts in the bundled font, so Helvetica is not even referenced."""
    kwargs["initialFontName"] = font_name(LATIN)
    return Canvas(*args, **kwargs)
