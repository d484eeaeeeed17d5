"""A readable PDF of an inzage: everything stored about one newcomer, grouped by part.

Built with reportlab in the bundled fonts (names and answers in Arabic or Ge'ez script print),
one small two-column table per record. It carries a BSN and health answers on purpose: it is
the person's own file, handed to them; the covering text says so.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.pdf.common import NumberedCanvas, markup_display
from app.pdf.fonts import LATIN, font_name, register_fonts
from app.security.inzage_inhoud import Blok, Deel, Inzage, als_json, verzamel
from app.security.inzage_labels import TIJDZONE, lokale_tijd

if TYPE_CHECKING:
    from app.session import Session

MARGIN = 18 * mm


def intro(gemeente: str, gemaakt: str) -> list[str]:
    """The covering text on page 1: what this is, when, who, how to ask for a correction."""
    return [
        f"U vroeg de gemeente {gemeente} welke gegevens zij over u bewaart. Dit is een kopie "
        "van alles wat over u staat in Wegwijs, het programma dat de gemeente gebruikt voor uw "
        "inburgering. Het staat hieronder per onderdeel, ook wat over uw gezondheid en gezin is "
        f"genoteerd. Dit overzicht is gemaakt op {gemaakt}.",
        "Aan het eind staat wie uw gegevens heeft bekeken, gewijzigd of afgedrukt, en wanneer. "
        f"Alle tijden zijn in {TIJDZONE}.",
        "Klopt er iets niet of ontbreekt er iets? Dan mag u de gemeente vragen dit te verbeteren "
        "of aan te vullen (artikel 16 van de Algemene verordening gegevensbescherming, AVG). "
        "Vraag het aan uw klantmanager, of schrijf aan de gemeente en noem wat er volgens u "
        "anders moet.",
        "Bewaar dit document op een veilige plek: het bevat uw BSN en persoonlijke gegevens.",
    ]


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("inz", fontName=font_name(LATIN), fontSize=9.5, leading=12.5)
    bold = font_name(LATIN, True)
    return {
        "body": base,
        "title": ParagraphStyle("inz-t", base, fontName=bold, fontSize=16, leading=21),
        "h2": ParagraphStyle(
            "inz-h2", base, fontName=bold, fontSize=12.5, leading=16, keepWithNext=1
        ),
        "h3": ParagraphStyle("inz-h3", base, fontName=bold, fontSize=10, leading=13),
        "key": ParagraphStyle("inz-k", base, textColor=colors.HexColor("#444444")),
        "empty": ParagraphStyle("inz-e", base, textColor=colors.HexColor("#666666")),
    }


def _blok(blok: Blok, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    rows = [
        [Paragraph(markup_display(k), s["key"]), Paragraph(markup_display(v), s["body"])]
        for k, v in blok.regels
    ] or [[Paragraph("–", s["key"]), Paragraph("", s["body"])]]
    table = Table(rows, colWidths=[width * 0.34, width * 0.66])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    head = Paragraph(markup_display(blok.titel), s["h3"])
    return [head, table, Spacer(1, 3 * mm)]


def _deel(deel: Deel, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """A part: its heading stays with its first record; short records are never split."""
    title = Paragraph(markup_display(deel.titel), s["h2"])
    if not deel.blokken:
        empty = Paragraph("Hierover is niets over u opgeslagen.", s["empty"])
        return [Spacer(1, 4 * mm), KeepTogether([title, empty])]
    story: list[Any] = [Spacer(1, 4 * mm)]
    for i, blok in enumerate(deel.blokken):
        parts = _blok(blok, s, width)
        if i == 0:
            parts = [title, *parts]
        story += [KeepTogether(parts)] if len(blok.regels) <= 12 else parts
    return story


def build_inzage_pdf(found: Inzage) -> bytes:
    s = _styles()
    width = A4[0] - 2 * MARGIN
    gemaakt = lokale_tijd(found.gemaakt_op.isoformat())
    story: list[Any] = [
        Paragraph("Inzage: wat de gemeente over u bewaart", s["title"]),
        Paragraph(markup_display(found.naam), s["h2"]),
        Paragraph(f"Gemeente {markup_display(found.gemeente)} · {gemaakt}", s["body"]),
        Spacer(1, 3 * mm),
    ]
    for alinea in intro(found.gemeente, gemaakt):
        story += [Paragraph(markup_display(alinea), s["body"]), Spacer(1, 1.5 * mm)]
    for deel in found.delen:
        story += _deel(deel, s, width)
    out = BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, title="Inzage", author="Wegwijs",
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
    )  # fmt: skip
    doc.build(story, canvasmaker=_canvas)
    return out.getvalue()


def _canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
    kwargs["initialFontName"] = font_name(LATIN)
    return NumberedCanvas(*args, **kwargs)


def inzage_pdf(session: Session, client_id: str, now: datetime | None = None) -> bytes:
    """The inzage of one newcomer as PDF; needs dossier exporteren, logs the inzage."""
    return build_inzage_pdf(verzamel(session, client_id, now=now))


FORMATS = (".pdf", ".json")


def inzage_bytes(session: Session, client_id: str, suffix: str) -> bytes:
    """The inzage in the format the file name asks for (.pdf or .json)."""
    kind = suffix.lower()
    if kind == ".pdf":
        return inzage_pdf(session, client_id)
    if kind == ".json":
        return als_json(verzamel(session, client_id)).encode("utf-8")
    raise ValueError(f"Kies een bestand dat eindigt op .json of .pdf (niet {suffix or 'niets'}).")
