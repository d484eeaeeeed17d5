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


def avg_informatie(gemeente: str, bewaar_jaren: int) -> list[tuple[str, str]]:
    """What AVG art. 15 lid 1 and 2 require besides the copy itself, as (kop, tekst)."""
    return [
        (
            "Waarvoor de gemeente uw gegevens gebruikt",
            "Om uw inburgering te begeleiden: de brede intake, uw persoonlijk plan (PIP), de "
            "afspraken en termijnen, ontzorgen en de inzet van een sleutelpersoon. Dat is een "
            "wettelijke taak van de gemeente (Wet inburgering 2021).",
        ),
        (
            "Welke soorten gegevens",
            "Uw naam, geboortedatum, BSN en V-nummer, adres en contactgegevens; taal, opleiding "
            "en werk; uw gezin; uw financiële situatie; en gegevens over uw gezondheid. "
            "Gezondheid is een bijzonder persoonsgegeven: dat gebruikt de gemeente alleen voor "
            "uw plan.",
        ),
        (
            "Wie uw gegevens krijgt",
            "DUO (uw PIP en leerroute, zoals de wet vraagt); het COA bij de overdracht naar de "
            "gemeente; uw sleutelpersoon alleen wat nodig is voor de afgesproken hulp; de "
            "taalschool of andere aanbieder alleen wat nodig is voor uw traject.",
        ),
        (
            "Hoe lang de gemeente uw gegevens bewaart",
            f"Tot {bewaar_jaren} jaar nadat uw inburgeringsplicht is geëindigd. Daarna "
            "verwijdert de gemeente uw dossier.",
        ),
        (
            "Waar de gegevens vandaan komen",
            "Van uzelf (de gesprekken), van DUO (uw inburgeringsplicht, doelgroep en de "
            "leerbaarheidstoets), uit de Basisregistratie Personen (BRP) en van het COA.",
        ),
        (
            "Uw rechten",
            "U mag de gemeente vragen gegevens te verbeteren of aan te vullen (artikel 16 AVG), "
            "te verwijderen (artikel 17), het gebruik te beperken (artikel 18) of bezwaar te "
            f"maken tegen het gebruik (artikel 21). Vraag het aan de gemeente {gemeente} of uw "
            "klantmanager.",
        ),
        (
            "Klacht",
            "Bent u het niet eens met hoe de gemeente met uw gegevens omgaat? Dan mag u een "
            "klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).",
        ),
    ]


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("inz", fontName=font_name(LATIN), fontSize=10.5, leading=14)
    bold = font_name(LATIN, True)
    return {
        "body": base,
        "title": ParagraphStyle("inz-t", base, fontName=bold, fontSize=16, leading=21),
        "h2": ParagraphStyle(
            "inz-h2", base, fontName=bold, fontSize=12.5, leading=16, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "inz-h3", base, fontName=bold, fontSize=11, leading=14.5, spaceBefore=3
        ),
        "key": ParagraphStyle("inz-k", base, textColor=colors.HexColor("#222222")),
        "empty": ParagraphStyle("inz-e", base, textColor=colors.HexColor("#333333")),
    }


def _blok(
    blok: Blok, s: dict[str, ParagraphStyle], width: float, deel_titel: str = ""
) -> list[Any]:
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
    if blok.titel == deel_titel:  # no heading that repeats the part's own heading
        return [table, Spacer(1, 3 * mm)]
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
        parts = _blok(blok, s, width, deel.titel)
        if i == 0:
            parts = [title, *parts]
        story += [KeepTogether(parts)] if len(blok.regels) <= 12 else parts
    return story


def build_inzage_pdf(found: Inzage, bewaar_jaren: int = 5) -> bytes:
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
    story += [Spacer(1, 3 * mm), Paragraph("Wat de gemeente met uw gegevens doet", s["h2"])]
    for kop, tekst in avg_informatie(found.gemeente, bewaar_jaren):
        story.append(KeepTogether([Paragraph(kop, s["h3"]), Paragraph(tekst, s["body"])]))
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


def inzage_pdf(session: Session, inburgeraar_id: str, now: datetime | None = None) -> bytes:
    """The inzage of one newcomer as PDF; needs dossier exporteren, logs the inzage."""
    from app.settings import Settings, settings_path

    jaren = Settings.load(settings_path(session.store.path.parent)).bewaartermijn_jaren
    return build_inzage_pdf(verzamel(session, inburgeraar_id, now=now), jaren)


FORMATS = (".pdf", ".json")


def inzage_bytes(session: Session, inburgeraar_id: str, suffix: str) -> bytes:
    """The inzage in the format the file name asks for (.pdf or .json)."""
    kind = suffix.lower()
    if kind == ".pdf":
        return inzage_pdf(session, inburgeraar_id)
    if kind == ".json":
        return als_json(verzamel(session, inburgeraar_id)).encode("utf-8")
    raise ValueError(f"Kies een bestand dat eindigt op .json of .pdf (niet {suffix or 'niets'}).")
